// Message status ticks on your own messages, chat-list previews and the message copy in Message info.
//
// Signals, in order of trust:
//  1. the icon name in data-icon (all generations) or data-testid (2021–23, mirrors the icon) [C]:
//       msg-time / status-time → pending, msg-check / status-check → sent,
//       msg-dblcheck / status-dblcheck → delivered, *-dblcheck-ack(-light) → read (≤2023) [C]
//  2. the blue ack class x1rv0e52 on a msg-dblcheck / status-dblcheck icon → read (2024+) [C for msg-, G for status-]
//  3. the aria-label (" Read ", " Delivered ", " Sent " [C]; other languages [G]) — decides read vs delivered
//     when the icon is a plain double tick without the ack class, and is the only signal on a label-only tick.
// Context (structure): inside a message row that is not incoming, or inside the chat list (#pane-side).
// Ticks elsewhere (e.g. the "Read"/"Delivered" section icons of Message info) are not receipts of a message.

import type { Category } from '../../shared/categories'
import { queryAll } from '../../shared/dom'
import type { Detector, Match } from '../types'
import { add, directionOf, messageOf } from './layout'
import { tickStateFromLabel } from './words'

type TickState = 'pending' | 'sent' | 'delivered' | 'read'

const ICON_STATES: Record<string, TickState> = {
  'msg-time': 'pending',
  'status-time': 'pending',
  'msg-time-light': 'pending',
  'msg-check': 'sent',
  'msg-check-light': 'sent',
  'status-check': 'sent',
  'msg-dblcheck': 'delivered',
  'msg-dblcheck-light': 'delivered',
  'status-dblcheck': 'delivered',
  'status-dblcheck-light': 'delivered',
  'msg-dblcheck-ack': 'read',
  'msg-dblcheck-ack-light': 'read',
  'status-dblcheck-ack': 'read',
  'status-dblcheck-ack-light': 'read',
}

/** StyleX "ackBlue" class of WAWebMessageStatus [C]. */
export const ACK_BLUE_CLASS = 'x1rv0e52'

const ICON_NAMES = Object.keys(ICON_STATES)
/** Exact selector (for closest/matches on a few nodes). */
const ICON_SELECTOR = ICON_NAMES.map((n) => `[data-icon="${n}"],[data-testid="${n}"]`).join(',')
/** Broad, cheap selector for whole-document scans; candidates are filtered by name in JS. */
const ICON_SCAN = '[data-icon],[data-testid]'

const CATEGORY: Record<TickState, Category> = {
  pending: 'pending',
  sent: 'sent-receipt',
  delivered: 'delivery-receipt',
  read: 'read-receipt',
}

function iconState(el: Element): TickState | null {
  return ICON_STATES[el.getAttribute('data-icon') ?? ''] ?? ICON_STATES[el.getAttribute('data-testid') ?? ''] ?? null
}

export function tickState(el: Element): TickState | null {
  const fromIcon = iconState(el)
  const fromLabel = tickStateFromLabel(el.getAttribute('aria-label'))
  if (fromIcon === 'delivered') {
    if (el.classList.contains(ACK_BLUE_CLASS)) return 'read'
    if (fromLabel === 'read') return 'read'
    return 'delivered'
  }
  return fromIcon ?? fromLabel
}

function inReceiptContext(el: Element): boolean {
  if (messageOf(el)) return directionOf(el) !== 'in'
  return el.closest('#pane-side') !== null
}

export const receipts: Detector = {
  id: 'wa.receipts',
  categories: ['pending', 'sent-receipt', 'delivery-receipt', 'read-receipt'],
  core: true,
  // The status and settings screens legitimately show none.
  coreViews: ['chat-list', 'one-to-one-chat', 'group-chat'],
  watchedAttributes: ['data-icon', 'data-testid', 'class', 'aria-label'],
  find(root) {
    const out: Match[] = []
    const seen = new Set<Element>()
    // 1+2: icon-named ticks.
    for (const el of queryAll(root, ICON_SCAN)) {
      if (!iconState(el)) continue
      if (!inReceiptContext(el)) continue
      const state = tickState(el)
      if (state) add(out, seen, el, CATEGORY[state])
    }
    // 3: label-only ticks (no icon name on it, in it, or around it).
    for (const el of queryAll(root, 'span[aria-label]')) {
      if (seen.has(el) || el.hasAttribute('data-icon') || iconState(el)) continue
      if (!tickStateFromLabel(el.getAttribute('aria-label'))) continue
      if (el.querySelector(ICON_SELECTOR) || el.parentElement?.closest(ICON_SELECTOR)) continue
      if (el.closest('[data-pre-plain-text], .selectable-text')) continue
      if (!inReceiptContext(el)) continue
      // A label-only tick is a small icon-like element: it must draw something (svg) and hold no text.
      if (!el.querySelector('svg') || el.querySelector('span[dir], [data-pre-plain-text], .selectable-text')) continue
      const state = tickStateFromLabel(el.getAttribute('aria-label'))
      if (state) add(out, seen, el, CATEGORY[state])
    }
    return out
  },
}
