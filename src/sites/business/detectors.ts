// The business detectors, shared by every business site (known Meta sites, provider consoles,
// the generic console). Each lives in its own file; this is only the list.
import type { Detector } from '../types'
import { analyticsDetector } from './analytics'
import { customerPhoneDetector } from './customer-phone'
import { messageStatusDetector } from './message-status'
import { phoneQualityDetector } from './phone-quality'
import { templateDetector } from './template'
import { webhookDetector } from './webhook'

export const BUSINESS_DETECTORS: readonly Detector[] = [
  messageStatusDetector,
  analyticsDetector,
  phoneQualityDetector,
  templateDetector,
  customerPhoneDetector,
  webhookDetector,
]

export {
  analyticsDetector,
  customerPhoneDetector,
  messageStatusDetector,
  phoneQualityDetector,
  templateDetector,
  webhookDetector,
}
