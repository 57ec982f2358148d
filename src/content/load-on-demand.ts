import browser from 'webextension-polyfill'
import type { ContentToBackground, Replies } from '../messaging/messages'

/**
 * A function that has the background inject one of WhatsApp Web's on-demand scripts into this page
 * (the same isolated world), asking once. The script hands itself over when it runs.
 */
export function onDemandScript(type: 'load-privacy-reader' | 'load-view-detectors'): () => void {
  let asked = false
  return () => {
    if (asked) return
    asked = true
    const msg: ContentToBackground = { type }
    browser.runtime.sendMessage(msg).then(
      (reply) => {
        // The background refused or could not inject: asking again would fail the same way.
        if (!(reply as Replies[typeof type] | undefined)?.ok) console.warn(`[Metadata Lens] ${type} failed`)
      },
      // The background may be restarting: the next time the script is wanted asks again.
      () => void (asked = false),
    )
  }
}
