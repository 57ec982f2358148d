// Contact info and group info drawers: phone numbers, About, the disappearing-messages and
// encryption rows, and the member count. (Photos are wa.avatars'.) A block that holds names (the
// member list, groups in common) is never annotated as a whole: its heading or count is.
//
// Drawer root and kind: page-facts drawerOf / drawerKind (test id, or a block whose header holds a
// close icon; message info by its message copy or ticks; contact vs group by the open chat's kind).
// When the chat's kind is unknown ('chat-info'), only the rows both drawers show are annotated
// (disappearing messages, encryption): phone numbers, About and the member count depend on the kind.
// Signals per category (one strong, or two weak that agree):
//  - disappearing messages: icon name (selectors below) [C]/[G], strong → the icon's row
//  - encryption: lock icon name [C]/[G], strong → the icon's row
//  - phone number: text shape of a number (7–15 digits, any script; the text is not kept) + place:
//    in contact info, a copyable text or span[dir] outside headings and lists (an unsaved contact's
//    name is its number, and the heading shows it); in group info, a member row's name slot (a
//    member you have not saved is shown by number)
//  - About: a heading whose words read About (words.ts) + the block around it that holds more
//  - group participants: the heading that labels the member list (its previous sibling, or the
//    element aria-labelledby names) + the text shape of a count (a number) or the words of one
//    (words.ts PARTICIPANT_COUNT)

import type { Detector, Match } from '../types'
import { queryAll } from '../../shared/dom'
import { namedIcons, rowOf, text } from './dom-helpers'
import { drawerScopes } from './drawer-roots'
import { drawerKind, drawerOfPage } from './page-facts'
import { DISAPPEARING_ICONS, LOCK_ICONS, MESSAGE_LIST } from './selectors'
import { ABOUT_TITLES, PARTICIPANT_COUNT, normalize } from './words'

const DISAPPEARING_ICON_SET: ReadonlySet<string> = new Set(DISAPPEARING_ICONS)
const LOCK_ICON_SET: ReadonlySet<string> = new Set(LOCK_ICONS)

const PHONE = /^\+?[0-9٠-٩०-९][0-9٠-٩०-९\s().\-‒–‑]{5,}[0-9٠-٩०-९]$/
const HAS_NUMBER = /[0-9٠-٩०-९]/
/** Where a name (or a number shown for one) is written: user text, never a UI label. */
const NAME_SLOT = '.copyable-text, span[dir]'

export function looksLikePhoneNumber(raw: string): boolean {
  const t = normalize(raw)
  if (!PHONE.test(t)) return false
  const digits = t.replace(/[^0-9٠-٩०-९]/g, '').length
  return digits >= 7 && digits <= 15
}

/** The outermost name slot in `within` that holds only a phone number. */
function numberSlots(scope: Element, within: Element, allowed: (el: Element) => boolean): Element[] {
  return queryAll(scope, NAME_SLOT).filter((el) => {
    if (!allowed(el) || !looksLikePhoneNumber(text(el))) return false
    const outer = el.parentElement?.closest(NAME_SLOT)
    return !(outer && within.contains(outer) && looksLikePhoneNumber(text(outer)))
  })
}

/** The heading that labels a list: aria-labelledby, else the nearest previous sibling (of the list or a wrapper). */
function labelOfList(list: Element, drawer: Element): Element | null {
  const id = list.getAttribute('aria-labelledby')
  const named = id ? list.ownerDocument.getElementById(id) : null
  if (named && drawer.contains(named)) return named
  for (let node: Element | null = list; node && node !== drawer; node = node.parentElement) {
    const before = node.previousElementSibling
    if (before) return before.querySelector(NAME_SLOT) ? null : before
  }
  return null
}

function readsAsCount(heading: Element): boolean {
  const t = normalize(text(heading))
  return t.length > 0 && t.length <= 60 && (HAS_NUMBER.test(t) || PARTICIPANT_COUNT.some((w) => t.includes(w)))
}

export const drawerRows: Detector = {
  id: 'wa.drawers',
  skipInside: MESSAGE_LIST,
  categories: ['phone-number', 'about', 'disappearing-messages', 'encryption-notice', 'group-participants'],
  watchedAttributes: ['data-icon'],
  // Contact and group info always show the encryption row.
  expectedOn: (doc) => {
    const kind = drawerOfPage(doc)
    return kind === 'contact-info' || kind === 'group-info' || kind === 'chat-info'
  },
  find(root) {
    const out: Match[] = []
    const push = (element: Element, category: Match['category']) => out.push({ element, category })
    for (const { scope, drawer } of drawerScopes(root)) {
      const kind = drawerKind(drawer)
      if (kind === 'message-info') continue
      for (const icon of namedIcons(scope, DISAPPEARING_ICON_SET)) push(rowOf(icon, drawer), 'disappearing-messages')
      for (const icon of namedIcons(scope, LOCK_ICON_SET)) push(rowOf(icon, drawer), 'encryption-notice')
      if (kind === 'chat-info') continue

      if (kind === 'group-info') {
        for (const list of queryAll(drawer, '[role="list"]')) {
          if (list.parentElement?.closest('[role="list"]')) continue
          const heading = labelOfList(list, drawer)
          if (heading && readsAsCount(heading) && (scope.contains(heading) || heading.contains(scope))) push(heading, 'group-participants')
          // Members shown by number (not in your contacts).
          if (scope.contains(list) || list.contains(scope)) {
            for (const el of numberSlots(list.contains(scope) ? scope : list, list, () => true)) push(el, 'phone-number')
          }
        }
        continue
      }

      for (const el of numberSlots(scope, drawer, (e) => !e.closest('h1, h2, h3, [role="list"], [role="heading"]'))) push(el, 'phone-number')

      for (const el of queryAll(scope, 'h2, h3, [role="heading"], div, span')) {
        if (el.childElementCount > 0) continue
        if (!(ABOUT_TITLES as readonly string[]).includes(normalize(text(el)))) continue
        if (el.closest('[role="list"], [role="button"], h1')) continue
        // The About block: the nearest ancestor that holds more than the heading.
        let block = el.parentElement
        while (block && block !== drawer && block.childElementCount < 2) block = block.parentElement
        // …with the plain div wrappers around it that hold nothing else (one block, however deeply wrapped).
        while (block && block !== drawer && block.parentElement !== drawer && block.parentElement?.tagName === 'DIV' && block.parentElement.childElementCount === 1) block = block.parentElement
        if (block && block !== drawer && drawer.contains(block)) push(block, 'about')
      }
    }
    return out
  },
}
