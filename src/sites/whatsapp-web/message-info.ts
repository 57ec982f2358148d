// Message info drawer: each section ("Read" / "Delivered" in 1:1, "Read by" / "Delivered to" in groups).
//
// Signals (markup [G], section names [I] from the app UI; text is never used):
//  - the drawer is a message-info drawer: data-testid "message-info-drawer" [G], or a drawer holding a copy
//    of a message row (layout.drawerKind)
//  - a section = the largest block around one tick icon (msg-dblcheck, msg-check, …) outside the message copy
//    that holds no other tick icon and no message copy. The message copy's own tick is wa.receipts'.

import type { Detector, Match } from '../types'
import { MESSAGE_SELECTOR, add, drawerKind, drawerScopes, MESSAGE_LIST } from './layout'

const SECTION_ICONS = ['msg-dblcheck', 'msg-dblcheck-ack', 'msg-check', 'msg-time', 'msg-played', 'status-dblcheck', 'status-check']
const SECTION_ICON_SELECTOR = SECTION_ICONS.map((n) => `[data-icon="${n}"],[data-testid="${n}"]`).join(',')

export const messageInfo: Detector = {
  id: 'wa.message-info',
  skipInside: MESSAGE_LIST,
  categories: ['message-info'],
  find(root) {
    const out: Match[] = []
    const seen = new Set<Element>()
    for (const { scope, drawer } of drawerScopes(root)) {
      if (drawerKind(drawer) !== 'message-info') continue
      const icons = Array.from(scope.querySelectorAll(SECTION_ICON_SELECTOR))
      if (scope.matches(SECTION_ICON_SELECTOR)) icons.unshift(scope)
      for (const icon of icons) {
        if (icon.closest(MESSAGE_SELECTOR)) continue
        if (icon.parentElement?.closest(SECTION_ICON_SELECTOR)) continue
        let section: Element = icon
        for (;;) {
          const parent: Element | null = section.parentElement
          if (!parent || parent === drawer || parent.tagName === 'HEADER') break
          if (parent.querySelector(MESSAGE_SELECTOR)) break
          if (parent.querySelectorAll(SECTION_ICON_SELECTOR).length !== 1) break
          section = parent
        }
        if (section !== icon) add(out, seen, section, 'message-info')
      }
    }
    return out
  },
}
