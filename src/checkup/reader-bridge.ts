import type { PanelRowsReader, PrivacyReader } from '../sites/whatsapp-web/privacy-panels'
import type { Reading } from './values'

/**
 * How the privacy reader (content/privacy-reader.ts), once the background has loaded it into
 * WhatsApp Web, reaches the content script already there: both run in the same isolated world,
 * whose globals pages cannot see. The content script puts a function here; the reader calls it.
 */
export const PRIVACY_READER_ARRIVED = Symbol.for('metadata-lens.privacy-reader')

/**
 * What the reader hands over: the values' reader, how a sub-panel is told by its title, and the
 * collector that batches readings for `send` (checkup/collect.ts; a page that never opens Privacy
 * does not need it either).
 */
export interface ReaderParts {
  read: PanelRowsReader
  subPanelKind: PrivacyReader['subPanelKind']
  collector(send: (readings: Reading[]) => void): { add(readings: readonly Reading[]): void }
}
export type ReaderArrived = (parts: ReaderParts) => void
