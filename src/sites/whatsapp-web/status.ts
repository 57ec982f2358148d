// Status: the Status entry in the navigation rail (or the 2021–23 side header), each status update row
// on the Status screen, an open status viewer, and its "viewed by" list.
//
// Signals:
//  - rail entry: the button around a status icon — data-icon/data-testid "status-v3" [C], "status-refreshed",
//    "wds-ic-status" [G]; a 2024+ rail item is [data-navbar-item] [G].
//  - status rows: [role="listitem"] in the left panel while the rail's Status item is selected
//    (page-facts selectedRailItem) [G] or a status is open in the viewer (two signals: the list's place
//    and the screen it belongs to); never inside #side, #main, a drawer or a dialog.
//  - viewer: a [role="dialog"] holding [role="progressbar"] segments [G]; the strip of segments is annotated
//    (the smallest element that shows "a status, n of m"; never the caption, which is user text).
//  - viewers: eye icon (status-eye, eye, eye-refreshed [G]) → its button; a [role="list"] inside the viewer.

import { queryAll } from '../../shared/dom'
import type { Detector, Match } from '../types'
import { docOf } from './dom-helpers'
import { selectedRailItem, statusViewerOpen, viewOf } from './page-facts'
import { MESSAGE_LIST, STATUS_RAIL_ICONS } from './selectors'
import { statusScreenMatches } from './view-detectors'

const RAIL_ICON_SELECTOR = STATUS_RAIL_ICONS.map((n) => `[data-icon="${n}"],[data-testid="${n}"]`).join(',')
const RAIL_ICON_SCAN = '[data-icon^="status-"],[data-testid^="status-"],[data-icon^="wds-ic-status"]'
const isRailIcon = (el: Element): boolean =>
  STATUS_RAIL_ICONS.includes(el.getAttribute('data-icon') ?? '') || STATUS_RAIL_ICONS.includes(el.getAttribute('data-testid') ?? '')
/** What the Status screen shows: its rows, or a viewer's progress (status-screen.ts). */
const ON_SCREEN = '[role="listitem"], [role="progressbar"], [data-testid="status-progress-bar-segment"]'

export const status: Detector = {
  id: 'wa.status',
  skipInside: MESSAGE_LIST,
  categories: ['status-update', 'status-viewers'],
  watchedAttributes: ['data-navbar-item-selected', 'aria-pressed'],
  // The Status screen always shows your own status row (and the rail's Status item).
  expectedOn: (doc) => viewOf(doc) === 'status',
  find(root, ctx) {
    const out: Match[] = []
    const doc = docOf(root)

    for (const icon of queryAll(root, RAIL_ICON_SCAN)) {
      if (!isRailIcon(icon)) continue
      if (icon.parentElement?.closest(RAIL_ICON_SELECTOR)) continue
      if (icon.closest('#main, #pane-side, [role="dialog"]')) continue
      const button = icon.closest('[data-navbar-item], [role="button"], button') ?? icon
      out.push({ element: button, category: 'status-update' })
    }

    // The Status screen's rows, viewer and viewers come with the drawers' detectors (view-detectors.ts).
    const onScreen = () => queryAll(root, ON_SCREEN).length > 0 && (selectedRailItem(doc) === 'status' || statusViewerOpen(doc))
    for (const match of statusScreenMatches(root, ctx, onScreen)) out.push(match)
    return out
  },
}
