// Loaded into WhatsApp Web by the background (scripting.executeScript, same isolated world as the
// content script) the first time a scan meets a drawer: the detectors of contact, group and message
// info. Hands them to the content script's stand-ins (sites/whatsapp-web/view-detectors.ts).
import { drawerRows } from '../sites/whatsapp-web/drawers'
import { messageInfo } from '../sites/whatsapp-web/message-info'
import { VIEW_DETECTORS_ARRIVED, type ViewDetectorsArrived } from './view-detectors-bridge'

const arrived = (globalThis as Record<symbol, unknown>)[VIEW_DETECTORS_ARRIVED] as ViewDetectorsArrived | undefined
try {
  arrived?.([drawerRows, messageInfo])
} catch (error) {
  console.warn('[Metadata Lens] view detectors failed:', error)
}
