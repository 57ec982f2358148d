// WhatsApp Web (web.whatsapp.com): detectors and coarse page facts.

import type { PageFacts, ViewId } from '../../shared/page'
import type { Detector, Site } from '../types'
import { avatars } from './avatars'
import { drawerRows } from './drawers'
import { MESSAGE_LIST, chatKind, drawerKind, drawers, selectedRailItem } from './layout'
import { queryAllBeside } from '../../shared/dom'
import { messageInfo } from './message-info'
import { presence } from './presence'
import { privacySettings } from './privacy-settings'
import { receipts } from './receipts'
import { status } from './status'
import { hasBusinessNotice, systemMessages } from './system-messages'

export const whatsappWebDetectors: readonly Detector[] = [
  receipts,
  presence,
  avatars,
  status,
  drawerRows,
  messageInfo,
  systemMessages,
  privacySettings,
]

/** Main layout present: #app plus the chat column or the navigation rail. */
export function isReady(doc: Document): boolean {
  if (!doc.getElementById('app')) return false
  return (
    doc.getElementById('side') !== null ||
    doc.getElementById('pane-side') !== null ||
    doc.querySelector('#app [data-navbar-item], #app [role="navigation"], #app nav') !== null
  )
}

function statusViewerOpen(doc: Document): boolean {
  return queryAllBeside(doc, MESSAGE_LIST, '[role="dialog"] :is([role="progressbar"], [data-testid="status-progress-bar-segment"])').length > 0
}

export function viewOf(doc: Document): ViewId {
  if (!isReady(doc)) return 'loading'
  if (statusViewerOpen(doc)) return 'status'
  const rail = selectedRailItem(doc)
  if (rail === 'status') return 'status'
  if (rail === 'settings') return 'settings'
  const kind = chatKind(doc)
  if (kind === 'group') return 'group-chat'
  if (kind === 'one-to-one') return 'one-to-one-chat'
  if (doc.getElementById('pane-side') || doc.getElementById('side')) return 'chat-list'
  return 'other'
}

export function drawerOfPage(doc: Document): PageFacts['drawer'] {
  const found = drawers(doc)
  return found.length > 0 ? drawerKind(found[found.length - 1]!) : 'none'
}

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
      // Facts are taken after a scan, so the scanner's annotations tell where blue ticks are.
      ...(doc.querySelector(`${MESSAGE_LIST} [data-privacy-note="read-receipt"]`) ? { readTicksInOpenChat: true } : {}),
    }
  },
}
