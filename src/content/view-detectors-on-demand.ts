import { handViewDetectorsTo } from '../sites/whatsapp-web/view-detectors'
import { drawers } from '../sites/whatsapp-web/page-facts'
import { VIEW_DETECTORS_ARRIVED, type ViewDetectorsArrived } from './view-detectors-bridge'
import { onDemandScript } from './load-on-demand'

/**
 * WhatsApp Web: has the background load the drawers' detectors the first time a scan meets a drawer,
 * and once they have come, the drawers open then scanned again (`rescan`).
 */
export function loadViewDetectorsOnDemand(doc: Document, rescan: (root: Element) => void): void {
  ;(globalThis as Record<symbol, unknown>)[VIEW_DETECTORS_ARRIVED] = ((detectors) => {
    handViewDetectorsTo(detectors)
    for (const drawer of drawers(doc)) rescan(drawer)
  }) satisfies ViewDetectorsArrived
  handViewDetectorsTo(null, onDemandScript('load-view-detectors'))
}
