// Message info drawer: each section ("Read" / "Delivered" in a one-to-one chat, "Read by" /
// "Delivered to" in a group). Text is never read.
//
// Signals (two that agree):
//  - the drawer is a Message info drawer: test id "message-info-drawer" [G], or a drawer holding a
//    copy of a message or tick icons (page-facts drawerKind) — contact and group info show neither;
//  - a section starts at a tick icon outside the message copy (names in page-facts SECTION_TICKS,
//    by data-icon, test id or svg title) [C names, G place].
// The section is the largest block around one such icon that holds no other, no message copy and
// no names: in a group, the block that lists who read or received stops before the list, so its
// heading is annotated and the names never are. The message copy's own tick is wa.receipts'.

import type { Detector, Match } from '../types'
import { namedIcons } from './dom-helpers'
import { drawerScopes } from './drawer-roots'
import { SECTION_TICKS, drawerKind, drawerOfPage } from './page-facts'
import { MESSAGE_LIST, MESSAGE_SELECTOR } from './selectors'

const SECTION_TICK_SET: ReadonlySet<string> = new Set(SECTION_TICKS)
/** A block that holds people: a list, a list row, or a name (span[dir] is user text). */
const HOLDS_NAMES = '[role="list"], [role="listitem"], span[dir], .copyable-text'

function sectionTicks(el: Element): number {
  return namedIcons(el, SECTION_TICK_SET).filter((i) => !i.closest(MESSAGE_SELECTOR)).length
}

export const messageInfo: Detector = {
  id: 'wa.message-info',
  skipInside: MESSAGE_LIST,
  categories: ['message-info'],
  // An open Message info drawer always shows at least one section.
  expectedOn: (doc) => drawerOfPage(doc) === 'message-info',
  find(root) {
    const out: Match[] = []
    for (const { scope, drawer } of drawerScopes(root)) {
      if (drawerKind(drawer) !== 'message-info') continue
      for (const icon of namedIcons(scope, SECTION_TICK_SET)) {
        if (icon.closest(MESSAGE_SELECTOR)) continue
        let section: Element = icon
        for (;;) {
          const parent: Element | null = section.parentElement
          if (!parent || parent === drawer || parent.tagName === 'HEADER') break
          if (parent.querySelector(MESSAGE_SELECTOR) || parent.querySelector(HOLDS_NAMES)) break
          if (sectionTicks(parent) !== 1) break
          section = parent
        }
        if (section !== icon) out.push({ element: section, category: 'message-info' })
      }
    }
    return out
  },
}
