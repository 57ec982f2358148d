// WhatsApp Web (web.whatsapp.com): detectors and coarse page facts.

import type { Category } from '../../shared/categories'
import type { CategoryCounts } from '../../shared/page'
import type { Detector, Site } from '../types'
import { avatars } from './avatars'
import { drawerOfPage, isReady, viewOf } from './page-facts'
import { MESSAGE_LIST } from './selectors'
import { presence } from './presence'
import { privacySettings } from './privacy-settings'
import { receipts } from './receipts'
import { status } from './status'
import { hasBusinessNotice, systemMessages } from './system-messages'
import { drawerRowsStandIn, messageInfoStandIn } from './view-detectors'

export const whatsappWebDetectors: readonly Detector[] = [
  receipts,
  presence,
  avatars,
  status,
  // The drawers' detectors come when a drawer is first seen (view-detectors.ts).
  drawerRowsStandIn,
  messageInfoStandIn,
  systemMessages,
  privacySettings,
]

export const whatsappWebSite: Site = {
  id: 'whatsapp-web',
  matchesLocation: (location) => location.hostname === 'web.whatsapp.com',
  detectors: whatsappWebDetectors,
  orderedRegion: MESSAGE_LIST,
  isReady,
  facts(doc, detected) {
    return {
      site: 'whatsapp-web',
      view: viewOf(doc),
      // Reuse the scan when there is one: looking for the notice again walks every message row.
      businessChat: detected ? (detected['business-chat-notice'] ?? 0) > 0 : hasBusinessNotice(doc),
      drawer: isReady(doc) ? drawerOfPage(doc) : 'none',
      // Facts are taken after a scan, so the scanner's annotations tell where blue ticks are. When
      // the scan counted none, the list is not walked to find none (chats without them are common).
      ...(!noneCounted(detected, 'read-receipt') && doc.querySelector(`${MESSAGE_LIST} [data-privacy-note="read-receipt"]`) ? { readTicksInOpenChat: true } : {}),
    }
  },
}

/** The scan ran and found no element of `category` (unknown when there are no counts). */
function noneCounted(detected: CategoryCounts | undefined, category: Category): boolean {
  return detected !== undefined && !detected[category]
}

export { isReady, viewOf, drawerOfPage }
