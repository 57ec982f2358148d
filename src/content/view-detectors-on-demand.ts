import { handViewDetectorsTo } from '../sites/whatsapp-web/view-detectors'
import { MESSAGE_LIST } from '../sites/whatsapp-web/selectors'
import { complementOf } from '../shared/dom'
import { VIEW_DETECTORS_ARRIVED, type ViewDetectorsArrived } from './view-detectors-bridge'
import { onDemandScript } from './load-on-demand'

/**
 * WhatsApp Web: has the background load the drawers' and the Status screen's detectors the first time
 * a scan meets one, and once they have come, the page beside the message list scanned again (`rescan`).
 */
export function loadViewDetectorsOnDemand(doc: Document, rescan: (root: Element) => void): void {
  ;(globalThis as Record<symbol, unknown>)[VIEW_DETECTORS_ARRIVED] = ((detectors) => {
    handViewDetectorsTo(detectors)
    // Drawers and the Status screen never lie in the message list: a long chat is not scanned again.
    const list = doc.querySelector(MESSAGE_LIST)
    for (const root of list ? complementOf(list) : [doc.body]) if (root) rescan(root)
  }) satisfies ViewDetectorsArrived
  handViewDetectorsTo(null, onDemandScript('load-view-detectors'))
}
