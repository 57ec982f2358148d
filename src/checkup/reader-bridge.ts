import type { PanelRowsReader, PrivacyReader } from '../sites/whatsapp-web/privacy-panels'

/**
 * How the privacy reader (content/privacy-reader.ts), once the background has loaded it into
 * WhatsApp Web, reaches the content script already there: both run in the same isolated world,
 * whose globals pages cannot see. The content script puts a function here; the reader calls it.
 */
export const PRIVACY_READER_ARRIVED = Symbol.for('metadata-lens.privacy-reader')

/** What the reader hands over: the values' reader, and how a sub-panel is told by its title. */
export interface ReaderParts {
  read: PanelRowsReader
  subPanelKind: PrivacyReader['subPanelKind']
}
export type ReaderArrived = (parts: ReaderParts) => void
