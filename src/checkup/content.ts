import browser from 'webextension-polyfill'
import type { ContentToBackground, Replies } from '../messaging/messages'
import { handPrivacyRowsTo } from '../sites/whatsapp-web/privacy-panels'
import { privacySettings } from '../sites/whatsapp-web/privacy-settings'
import { createScanContext } from '../sites/scan-context'
import { ReadingsCollector } from './collect'
import { PRIVACY_READER_ARRIVED, type ReaderArrived } from './reader-bridge'

/**
 * WhatsApp Web's content script: values read from Settings › Privacy go to the background, which
 * stores them. The reader and the words it needs are a second script, loaded only the first time a
 * Privacy panel is seen: most visits never open one.
 */
export function startPrivacyReading(doc: Document = document): void {
  const collector = new ReadingsCollector((readings) => {
    const msg: ContentToBackground = { type: 'my-settings-read', readings }
    browser.runtime.sendMessage(msg).catch(() => {
      // The background may be restarting; the next read sends again.
    })
  })
  let asked = false
  const loadReader = () => {
    if (asked) return
    asked = true
    const msg: ContentToBackground = { type: 'load-privacy-reader' }
    browser.runtime.sendMessage(msg).then(
      (reply) => {
        // The background refused or could not inject: asking again would fail the same way.
        if (!(reply as Replies['load-privacy-reader'] | undefined)?.ok) console.warn('[Metadata Lens] privacy reader unavailable')
      },
      // The background may be restarting: the next Privacy panel seen asks again.
      () => void (asked = false),
    )
  }
  ;(globalThis as Record<symbol, unknown>)[PRIVACY_READER_ARRIVED] = ((read) => {
    handPrivacyRowsTo((...args) => {
      const readings = read(...args)
      if (readings.length) collector.add(readings)
    })
    // The panels open now were scanned before the reader came: read them once.
    privacySettings.find(doc, createScanContext())
  }) satisfies ReaderArrived
  handPrivacyRowsTo(null, loadReader)
}
