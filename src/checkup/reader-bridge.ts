import type { PanelRowsReader } from '../sites/whatsapp-web/privacy-panels'

/**
 * How the privacy reader (content/privacy-reader.ts), once the background has loaded it into
 * WhatsApp Web, reaches the content script already there: both run in the same isolated world,
 * whose globals pages cannot see. The content script puts a function here; the reader calls it.
 */
export const PRIVACY_READER_ARRIVED = Symbol.for('metadata-lens.privacy-reader')
export type ReaderArrived = (read: PanelRowsReader) => void
