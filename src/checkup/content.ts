import browser from 'webextension-polyfill'
import type { ContentToBackground } from '../messaging/messages'
import { onDemandScript } from '../content/load-on-demand'
import { handPrivacyRowsTo } from '../sites/whatsapp-web/privacy-panels'
import { privacyPanels } from '../sites/whatsapp-web/privacy-settings'
import { PRIVACY_READER_ARRIVED, type ReaderArrived } from './reader-bridge'

/**
 * WhatsApp Web's content script: values read from Settings › Privacy go to the background, which
 * stores them. The reader, the words it needs, the names that tell the sub-panels and the collector
 * that batches the readings are a second script, loaded only the first time a Privacy panel (or a
 * panel that may be a sub-panel) is seen: most visits never open one. `rescan` has the scanner look
 * at a part of the page again.
 */
export function startPrivacyReading(doc: Document, rescan: (root: Element) => void): void {
  const loadReader = onDemandScript('load-privacy-reader')
  ;(globalThis as Record<symbol, unknown>)[PRIVACY_READER_ARRIVED] = ((parts) => {
    const collector = parts.collector((readings) => {
      const msg: ContentToBackground = { type: 'my-settings-read', readings }
      browser.runtime.sendMessage(msg).catch(() => {
        // The background may be restarting; the next read sends again.
      })
    })
    handPrivacyRowsTo({
      read(...args) {
        const readings = parts.read(...args)
        if (readings.length) collector.add(readings)
      },
      subPanelKind: parts.subPanelKind,
    })
    // The panels open now were scanned before the reader came: scan them again, so that their values
    // are read and the rows of a sub-panel, which only the reader can tell, are marked.
    for (const panel of privacyPanels(doc)) rescan(panel)
  }) satisfies ReaderArrived
  handPrivacyRowsTo(null, loadReader)
}
