// Loaded into WhatsApp Web by the background (scripting.executeScript, same isolated world as the
// content script) the first time a scan meets a drawer or the Status screen: the detectors of contact,
// group and message info, and the Status screen's part of wa.status. Hands them to the content
// script's stand-ins (sites/whatsapp-web/view-detectors.ts).
import { drawerRows } from '../sites/whatsapp-web/drawers'
import { messageInfo } from '../sites/whatsapp-web/message-info'
import { statusScreen } from '../sites/whatsapp-web/status-screen'
import { VIEW_DETECTORS_ARRIVED, type ViewDetectorsArrived } from './view-detectors-bridge'

const arrived = (globalThis as Record<symbol, unknown>)[VIEW_DETECTORS_ARRIVED] as ViewDetectorsArrived | undefined
try {
  arrived?.([drawerRows, messageInfo, statusScreen])
} catch (error) {
  console.warn('[Metadata Lens] view detectors failed:', error)
}
