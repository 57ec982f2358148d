import browser from 'webextension-polyfill'
import type { ContentToBackground, Replies } from '../messaging/messages'
import { handViewDetectorsTo } from '../sites/whatsapp-web/view-detectors'
import { drawers } from '../sites/whatsapp-web/page-facts'
import { VIEW_DETECTORS_ARRIVED, type ViewDetectorsArrived } from './view-detectors-bridge'

/**
 * WhatsApp Web: has the background load the drawers' detectors the first time a scan meets a drawer,
 * and once they have come, the drawers open then scanned again (`rescan`).
 */
export function loadViewDetectorsOnDemand(doc: Document, rescan: (root: Element) => void): void {
  let asked = false
  const load = () => {
    if (asked) return
    asked = true
    const msg: ContentToBackground = { type: 'load-view-detectors' }
    browser.runtime.sendMessage(msg).then(
      (reply) => {
        // The background refused or could not inject: asking again would fail the same way.
        if (!(reply as Replies['load-view-detectors'] | undefined)?.ok) console.warn('[Metadata Lens] view detectors unavailable')
      },
      // The background may be restarting: the next drawer seen asks again.
      () => void (asked = false),
    )
  }
  ;(globalThis as Record<symbol, unknown>)[VIEW_DETECTORS_ARRIVED] = ((detectors) => {
    handViewDetectorsTo(detectors)
    for (const drawer of drawers(doc)) rescan(drawer)
  }) satisfies ViewDetectorsArrived
  handViewDetectorsTo(null, load)
}
