// Contact info and group info drawers: phone number, About, disappearing-messages row, encryption row,
// participant list. (The drawer's photo is found by wa.avatars.)
//
// Drawer root and kind: layout.drawerOf / drawerKind — data-testid era roots [I], otherwise a block whose
// header holds a close icon [G]; contact vs group from the open chat's kind (jids), never from text.
// Signals:
//  - disappearing-messages row: icon disappearing / timer / ephemeral [G] → its row
//  - encryption row: icon lock / lock-refreshed / security-lock [G] → its row
//  - phone number (contact info only): a .copyable-text [C PEWA] or span[dir] whose text is a phone number
//    (pattern only; the text is not kept), never a heading (an unsaved contact's name is its number)
//  - About (contact info only): the block whose heading reads About in words.ts [I]/[G]
//  - participants (group info only): the outermost [role="list"] [G]

import type { Detector, Match } from '../types'
import { queryAll } from '../../shared/dom'
import { add, drawerKind, drawerScopes, namedIcons, rowOf, text, MESSAGE_LIST } from './layout'
import { ABOUT_TITLES, normalize } from './words'

/** wds-ic-disappearing-messages [C: WDSIconWdsIcDisappearingMessages, svg title only]; the rest [G]. */
const DISAPPEARING_ICONS: ReadonlySet<string> = new Set(['wds-ic-disappearing-messages', 'disappearing', 'disappearing-refreshed', 'ephemeral', 'timer', 'timer-refreshed', 'settings-disappearing'])
/** lock [C: an icon of WhatsApp's]; the rest [G]. */
const LOCK_ICONS: ReadonlySet<string> = new Set(['lock', 'lock-small', 'lock-refreshed', 'lock-outline', 'security-lock', 'e2e-lock'])

const PHONE = /^\+?[0-9٠-٩०-९][0-9٠-٩०-९\s().\-‒–‑]{5,}[0-9٠-٩०-९]$/

export function looksLikePhoneNumber(raw: string): boolean {
  const t = normalize(raw)
  if (!PHONE.test(t)) return false
  const digits = t.replace(/[^0-9٠-٩०-९]/g, '').length
  return digits >= 7 && digits <= 15
}

export const drawerRows: Detector = {
  id: 'wa.drawers',
  skipInside: MESSAGE_LIST,
  categories: ['phone-number', 'about', 'disappearing-messages', 'encryption-notice', 'group-participants'],
  watchedAttributes: ['data-icon'],
  find(root) {
    const out: Match[] = []
    const seen = new Set<Element>()
    for (const { scope, drawer } of drawerScopes(root)) {
      const kind = drawerKind(drawer)
      if (kind === 'message-info') continue
      for (const icon of namedIcons(scope, DISAPPEARING_ICONS)) add(out, seen, rowOf(icon, drawer), 'disappearing-messages')
      for (const icon of namedIcons(scope, LOCK_ICONS)) add(out, seen, rowOf(icon, drawer), 'encryption-notice')

      if (kind === 'group-info') {
        for (const list of queryAll(scope, '[role="list"]')) {
          if (list.parentElement?.closest('[role="list"]')) continue
          add(out, seen, list, 'group-participants')
        }
        continue
      }

      for (const el of queryAll(scope, '.copyable-text, span[dir]')) {
        if (el.closest('h1, h2, h3, [role="list"], [role="heading"]')) continue
        if (!looksLikePhoneNumber(text(el))) continue
        // The outermost element holding the number.
        const outer = el.parentElement?.closest('.copyable-text, span[dir]')
        if (outer && drawer.contains(outer) && looksLikePhoneNumber(text(outer))) continue
        add(out, seen, el, 'phone-number')
      }

      for (const el of queryAll(scope, 'h2, h3, [role="heading"], div, span')) {
        if (el.childElementCount > 0) continue
        if (!(ABOUT_TITLES as readonly string[]).includes(normalize(text(el)))) continue
        if (el.closest('[role="list"], [role="button"], h1')) continue
        // The About block: the nearest ancestor that holds more than the heading.
        let block = el.parentElement
        while (block && block !== drawer && block.childElementCount < 2) block = block.parentElement
        if (block && block !== drawer && drawer.contains(block)) add(out, seen, block, 'about')
      }
    }
    return out
  },
}
