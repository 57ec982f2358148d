import type { Detector } from '../sites/types'

/**
 * How the view detectors (content/view-detectors.ts), once the background has loaded them into
 * WhatsApp Web, reach the content script already there: both run in the same isolated world, whose
 * globals pages cannot see. The content script puts a function here; the script calls it.
 */
export const VIEW_DETECTORS_ARRIVED = Symbol.for('metadata-lens.view-detectors')
export type ViewDetectorsArrived = (detectors: readonly Detector[]) => void
