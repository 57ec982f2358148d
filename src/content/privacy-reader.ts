// Loaded into WhatsApp Web by the background (scripting.executeScript, same isolated world as the
// content script) once a Settings › Privacy panel, or a panel that may be one of its sub-panels, is
// open: reads the values its rows show, tells the sub-panels by their titles, and batches the readings.
// Hands itself to the content script, which scans and sends (checkup/content.ts).
import { readPanelRows } from '../sites/whatsapp-web/privacy-values'
import { privacySubPanelKind } from '../sites/whatsapp-web/privacy-sub-panels'
import { PRIVACY_READER_ARRIVED, type ReaderArrived } from '../checkup/reader-bridge'
import { ReadingsCollector } from '../checkup/collect'

const arrived = (globalThis as Record<symbol, unknown>)[PRIVACY_READER_ARRIVED] as ReaderArrived | undefined
try {
  arrived?.({ read: readPanelRows, subPanelKind: privacySubPanelKind, collector: (send) => new ReadingsCollector(send) })
} catch (error) {
  console.warn('[Metadata Lens] privacy reader failed:', error)
}
