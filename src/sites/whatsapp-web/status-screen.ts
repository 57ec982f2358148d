// The Status screen's part of wa.status (status.ts): each status update row while the Status screen is
// open, an open status viewer, and its "viewed by" list. Comes with the drawers' detectors
// (content/view-detectors.ts) the first time the Status screen is seen; signals in status.ts.

import { queryAll } from '../../shared/dom'
import type { Detector, Match } from '../types'
import { docOf, namedIcons } from './dom-helpers'
import { drawerOf } from './drawer-roots'
import { selectedRailItem, statusViewerOpen } from './page-facts'
import { EYE_ICONS } from './selectors'

const EYE_ICON_SET: ReadonlySet<string> = new Set(EYE_ICONS)
/** A viewer's progress: [role="progressbar"] [G], or its segments' test id [C: status-progress-bar-segment]. */
const PROGRESS = '[role="progressbar"], [data-testid="status-progress-bar-segment"]'

/** Not a detector of its own: wa.status adds what this finds (its id names it among the view detectors). */
export const statusScreen: Detector = {
  id: 'wa.status-screen',
  categories: ['status-update', 'status-viewers'],
  find(root) {
    const out: Match[] = []
    const doc = docOf(root)

    const rows = queryAll(root, '[role="listitem"]')
    // The Status screen: the rail's Status item is selected, or a status is open in the viewer.
    if (rows.length > 0 && (selectedRailItem(doc) === 'status' || statusViewerOpen(doc))) {
      for (const row of rows) {
        if (row.closest('#side, #main, header, [role="dialog"]') || drawerOf(row)) continue
        if (row.parentElement?.closest('[role="listitem"]')) continue
        out.push({ element: row, category: 'status-update' })
      }
    }

    for (const bar of queryAll(root, PROGRESS)) {
      // The strip: the bars' parent, and the wrappers around it that hold nothing else.
      let strip = bar.parentElement
      while (strip?.parentElement && strip.parentElement.childElementCount === 1 && !strip.parentElement.matches('[role="dialog"]')) strip = strip.parentElement
      if (strip && bar.closest('[role="dialog"]') && !strip.closest('#main')) out.push({ element: strip, category: 'status-update' })
    }

    for (const icon of namedIcons(root, EYE_ICON_SET)) {
      const dialog = icon.closest('[role="dialog"]')
      if (!dialog || !dialog.querySelector(PROGRESS)) continue
      out.push({ element: icon.closest('[role="button"], button') ?? icon, category: 'status-viewers' })
    }
    for (const list of queryAll(root, '[role="list"]')) {
      const dialog = list.closest('[role="dialog"]')
      if (!dialog || !dialog.querySelector(PROGRESS)) continue
      if (list.parentElement?.closest('[role="list"]')) continue
      out.push({ element: list, category: 'status-viewers' })
    }
    return out
  },
}
