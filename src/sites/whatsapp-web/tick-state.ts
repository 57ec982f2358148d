// The state of a message tick (pending, sent, delivered, read) from its attributes alone: the icon
// name, the blue ack class, the label. Which elements are ticks, and where they count as receipts,
// is receipts.ts's job; the signals and their evidence are listed there.

import type { Category } from '../../shared/categories'
import { DESIGN_SYSTEM_TICK_NAMES } from './selectors'
import { tickStateFromLabel } from './words'

export type TickState = 'pending' | 'sent' | 'delivered' | 'read'

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
  'ic-chatlist-clock': 'pending', // chat-list clock of 2025 builds [C: WAWebChatMsgAck]
}

/** Design-system tick names (svg title, test id or data-icon); the label decides before them (1b). */
export const DESIGN_SYSTEM_STATES: ReadonlyMap<string, TickState> = new Map<string, TickState>([
  [DESIGN_SYSTEM_TICK_NAMES.doubleTick, 'delivered'],
  [DESIGN_SYSTEM_TICK_NAMES.singleTick, 'sent'],
  [DESIGN_SYSTEM_TICK_NAMES.clock, 'pending'],
])

/** StyleX "ackBlue" class of WAWebMessageStatus [C]. */
export const ACK_BLUE_CLASS = 'x1rv0e52'

/** The ack class as a whole word of the class attribute (cheaper than classList, which builds a token list per element). */
const ACK_BLUE = new RegExp(`(?:^|\\s)${ACK_BLUE_CLASS}(?:\\s|$)`)

/** A Map, not an object: names like "constructor" must not resolve to Object.prototype members. */
const ICON_STATE_BY_NAME: ReadonlyMap<string, TickState> = new Map(Object.entries(ICON_STATES))
const ICON_NAMES = [...Object.keys(ICON_STATES), ...DESIGN_SYSTEM_STATES.keys()]
/** Exact selector (for closest/matches on a few nodes). */
export const ICON_SELECTOR = ICON_NAMES.map((n) => `[data-icon="${n}"],[data-testid="${n}"]`).join(',')

export const CATEGORY: Record<TickState, Category> = {
  pending: 'pending',
  sent: 'sent-receipt',
  delivered: 'delivery-receipt',
  read: 'read-receipt',
}

export function stateOfName(name: string | null): TickState | null {
  return name === null ? null : (ICON_STATE_BY_NAME.get(name) ?? null)
}

/**
 * The state of a tick named by a design-system name (1b). These internal names mislead
 * (wds-ic-delivered is the single tick), so the label WhatsApp shows people decides when it can be
 * read; the name decides otherwise.
 */
export function designSystemState(el: Element, name: string | null): TickState | null {
  const fromName = name === null ? undefined : DESIGN_SYSTEM_STATES.get(name)
  return fromName ? (tickStateFromLabel(el.getAttribute('aria-label')) ?? fromName) : null
}

export function iconState(el: Element): TickState | null {
  const icon = el.getAttribute('data-icon')
  const fromIcon = stateOfName(icon)
  // The usual case ends here: the test id is read only when data-icon names no tick (one DOM call
  // less per tick of a long chat).
  if (fromIcon) return fromIcon
  const testid = el.getAttribute('data-testid')
  return stateOfName(testid) ?? designSystemState(el, icon) ?? designSystemState(el, testid)
}

/** The state of a tick whose icon name (if any) gave `fromIcon`; the label is read only when it can decide. */
export function stateWith(el: Element, fromIcon: TickState | null): TickState | null {
  if (fromIcon === 'delivered') {
    if (ACK_BLUE.test(el.getAttribute('class') ?? '')) return 'read'
    const fromLabel = tickStateFromLabel(el.getAttribute('aria-label'))
    if (fromLabel === 'read' || fromLabel === 'delivered') return fromLabel
    // No label in a language we know: the ack class may sit on the svg rather than on its wrapper
    // (which node WhatsApp gives it is not documented).
    const svg = el.firstElementChild
    return svg?.localName === 'svg' && ACK_BLUE.test(svg.getAttribute('class') ?? '') ? 'read' : 'delivered'
  }
  return fromIcon ?? tickStateFromLabel(el.getAttribute('aria-label'))
}

export function tickState(el: Element): TickState | null {
  return stateWith(el, iconState(el))
}
