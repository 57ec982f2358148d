// Unit suites run WhatsApp Web's detectors as its content script does once the drawers' detectors
// have come (src/sites/whatsapp-web/view-detectors.ts); tests/unit/whatsapp-web/view-detectors.test.ts
// covers the time before.
import { handViewDetectorsTo } from '../../src/sites/whatsapp-web/view-detectors'
import { drawerRows } from '../../src/sites/whatsapp-web/drawers'
import { messageInfo } from '../../src/sites/whatsapp-web/message-info'
import { statusScreen } from '../../src/sites/whatsapp-web/status-screen'

handViewDetectorsTo([drawerRows, messageInfo, statusScreen])
