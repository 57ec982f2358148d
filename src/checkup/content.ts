import browser from 'webextension-polyfill'
import type { ContentToBackground } from '../messaging/messages'
import { onPrivacyReadings } from '../sites/whatsapp-web/privacy-values'
import { ReadingsCollector } from './collect'

/** WhatsApp Web's content script: values read from Settings › Privacy go to the background, which stores them. */
export function startPrivacyReading(): void {
  const collector = new ReadingsCollector((readings) => {
    const msg: ContentToBackground = { type: 'my-settings-read', readings }
    browser.runtime.sendMessage(msg).catch(() => {
      // The background may be restarting; the next read sends again.
    })
  })
  onPrivacyReadings((readings) => collector.add(readings))
}
