// WhatsApp Manager inside Meta Business Suite (business.facebook.com).
// Only WhatsApp Manager paths: the rest of Business Suite (inbox, ads, settings) is not ours.
import type { Site } from '../types'
import { BUSINESS_DETECTORS } from './detectors'
import { businessFacts, hasMainLayout, sameHost } from './site-common'

export const WHATSAPP_MANAGER_HOST = 'business.facebook.com'
/** /wa/manage/…, /latest/wa/manage/…, /latest/whatsapp_manager/…, /whatsapp_manager/… */
export const WHATSAPP_MANAGER_PATH = /^\/(?:latest\/)?(?:wa\/manage|whatsapp_manager)(?:\/|$)/i

export const whatsappManagerSite: Site = {
  id: 'whatsapp-manager',
  matchesLocation: ({ hostname, pathname }) =>
    sameHost(hostname, WHATSAPP_MANAGER_HOST) && WHATSAPP_MANAGER_PATH.test(pathname),
  detectors: BUSINESS_DETECTORS,
  isReady: hasMainLayout,
  facts: (doc) => businessFacts('whatsapp-manager', hasMainLayout(doc)),
}
