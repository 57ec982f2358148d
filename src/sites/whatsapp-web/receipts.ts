// Message status ticks on your own messages, chat-list previews and the message copy in Message info.
//
// Signals, in order of trust:
//  1. the icon name in data-icon (all generations) or data-testid (2021–23, mirrors the icon) [C]:
//       msg-time / status-time → pending, msg-check / status-check → sent,
//       msg-dblcheck / status-dblcheck → delivered, *-dblcheck-ack(-light) → read (≤2023) [C]
//  2. the blue ack class x1rv0e52 on a msg-dblcheck / status-dblcheck icon → read (2024+) [C for msg-, G for status-]
//  1b. the design-system ticks of 2026 builds: the name is the <title> of their <svg> [C: WhatsApp's
//      WDSIcon components; live-page checks in public bots, 2026], also passed as their test id
//      [C: WhatsApp's WAWebMessageStatus module], and seen as data-icon in the chat list [C: a public
//      live-page note, 2026-09]. wds-ic-status-pending is the clock, wds-ic-delivered — despite its
//      name — the single tick (sent), wds-ic-read the double tick (delivered, or read with the ack
//      class) [C: WAWebMessageStatus]. As these names mislead, the tick's aria-label decides when it
//      can be read, the name otherwise. The chat list's own clock, ic-schedule [C: WAWebChatMsgAck], is
//      not read: the same icon marks a message still being decrypted.
//  3. the aria-label (" Read ", " Delivered ", " Sent " [C]; " Leído ", " Lida " [C]; " Lu ", " Distribué " [I];
//     other languages [G], see words.ts) —
//     decides read vs delivered when the icon is a plain double tick without the ack class, and is the only
//     signal on a label-only tick (looked for only where no tick is named by an icon).
// Context (structure): inside one of your own message rows, inside a row whose direction the markup no
// longer writes (2026: the row id is the bare message id [C: three public live-page notes, 2026-07 to
// 2026-09]; WhatsApp draws ticks on your own messages only, so a tick there is yours), or inside the
// chat list (#pane-side). Ticks elsewhere (e.g. the "Read"/"Delivered" section icons of Message info)
// are not receipts of a message.
// The context is part of each query's selector: the browser checks the ancestors natively while it
// matches, instead of one closest() per tick in script (a long chat holds thousands of ticks).

import type { Detector, Match } from '../types'
import { complementOf, queryAll } from '../../shared/dom'
import { iconOfSvg, iconsNamedByTestidOnly, pageNamesTicks, titledIcons } from './dom-helpers'
import { MESSAGE_LIST, OUTGOING_ROW, UNDIRECTED_ROW } from './selectors'
import { tickStateFromLabel } from './words'
import { ACK_BLUE_CLASS, CATEGORY, DESIGN_SYSTEM_STATES, designSystemState, ICON_SELECTOR, iconState, stateOfName, stateWith, type TickState } from './tick-state'

export { ACK_BLUE_CLASS, tickState } from './tick-state'

/**
 * Where a tick is a receipt: a row of unwritten direction (2026), your own message row, or the chat
 * list. Today's rows come first: the browser tries the alternatives in this order on each ancestor.
 */
const CONTEXT = `:is(${UNDIRECTED_ROW}, ${OUTGOING_ROW}, #pane-side)`
/** Tails (tail-in / tail-out, one per run of messages) are never ticks: left out by the browser. */
const BY_ICON = `${CONTEXT} [data-icon]:not([data-icon^="tail-"])`
/** Elements with a data-icon are judged by BY_ICON (data-icon first, then data-testid). */
const BY_TESTID = `${CONTEXT} [data-testid]:not([data-icon])`
/**
 * Design-system ticks named by their test id (2026) [C: WAWebMessageStatus passes the name]; the
 * names are filtered in JS (a selector list of exact names is several times slower to match).
 */
const BY_DESIGN_TESTID = `${CONTEXT} [data-testid^="wds-ic-"]:not([data-icon])`
/** Design-system tick titles in a receipt context (see the title step in find). */
const BY_TITLE = `${CONTEXT} :not([data-icon]) > svg > title`
/** Above this many titled icons, their context is checked by one query instead of one closest() each. */
const TITLES_CHECKED_ONE_BY_ONE = 200
/** Label-only tick candidates; ticks named by data-icon are found by the icon scan. */
const LABEL_ONLY_SCAN = `${CONTEXT} span[aria-label]:not([data-icon])`

function addTick(out: Match[], el: Element, fromIcon: TickState): void {
  const state = stateWith(el, fromIcon)
  if (state) out.push({ element: el, category: CATEGORY[state] })
}

/** A design-system tick named by `name` (test id or svg title), shown by `tick`. */
function addDesignSystemTick(out: Match[], tick: Element, name: string | null): void {
  const state = designSystemState(tick, name)
  if (state) addTick(out, tick, state)
}

/** A design-system tick found by its test id; on an svg, its wrapper is the tick (as when named by title). */
function addTestidNamedTick(out: Match[], el: Element): void {
  addDesignSystemTick(out, el.localName === 'svg' ? iconOfSvg(el) : el, el.getAttribute('data-testid'))
}

/**
 * Where design-system ticks named by test id may be, for a scan of `root`. WAWebMessageStatus draws
 * a message's tick [C]; as that one component draws them all, one build names all of a chat's
 * ticks the same way [I]. So once the message list has shown a tick named by data-icon (among
 * `iconTicks`), the list is left out of this query, and a long chat is walked once less (about
 * 2 ms on a 5,000-message page of 2024–25 markup). The chat list and drawers are still searched.
 * Scans of added or changed subtrees (new messages) always search them whole.
 */
function designTestidCandidates(root: Element | Document, iconTicks: readonly Match[]): ArrayLike<Element> {
  if (root.nodeType !== 9 || iconTicks.length === 0) return root.querySelectorAll(BY_DESIGN_TESTID)
  const list = (root as Document).querySelector(MESSAGE_LIST)
  if (!list || !iconTicks.some((m) => list.contains(m.element))) return root.querySelectorAll(BY_DESIGN_TESTID)
  return complementOf(list).flatMap((beside) => queryAll(beside, BY_DESIGN_TESTID))
}

export const receipts: Detector = {
  id: 'wa.receipts',
  categories: ['pending', 'sent-receipt', 'delivery-receipt', 'read-receipt'],
  core: true,
  // The status and settings screens legitimately show none.
  coreViews: ['chat-list', 'one-to-one-chat', 'group-chat', 'unknown-kind-chat'],
  // data-id and the conv-msg test id say a row's direction (OUTGOING_ROW, UNDIRECTED_ROW): a row whose
  // id changes in place is rescanned. Of classes, only the ack class and the ones in this file's
  // selectors change a result; the page's other class churn (themes, hover, focus) costs nothing.
  watchedAttributes: [
    'data-icon',
    'data-testid',
    'data-id',
    { name: 'class', tokens: [ACK_BLUE_CLASS, 'message-out', 'message-in', 'selectable-text'] },
    'aria-label',
  ],
  find(root, ctx) {
    // Each element is judged once (the root, then disjoint queries), so no seen-set is needed.
    // Single-attribute queries with the context in front: a selector list of icon names takes
    // Chromium's slow path and costs several times more on a long chat; names are filtered in JS.
    const out: Match[] = []
    const rootEl = root.nodeType === 1 ? (root as Element) : null
    // 1+2: icon-named ticks.
    if (rootEl && rootEl.matches(BY_ICON)) {
      const state = iconState(rootEl)
      if (state) addTick(out, rootEl, state)
    }
    const byIcon = root.querySelectorAll(BY_ICON)
    for (let i = 0; i < byIcon.length; i++) {
      const el = byIcon[i]!
      const state = iconState(el)
      if (state) addTick(out, el, state)
    }
    // 1b: design-system ticks named by their test id.
    if (rootEl && rootEl.matches(BY_DESIGN_TESTID)) addTestidNamedTick(out, rootEl)
    const byDesignTestid = designTestidCandidates(root, out)
    for (let i = 0; i < byDesignTestid.length; i++) addTestidNamedTick(out, byDesignTestid[i]!)
    // 1b: design-system ticks named by their svg title alone. The title query is shared with other
    // detectors, so the context is checked here: one by one for a few (older markup has none), by
    // one query of the browser for a long chat in today's markup (thousands of ticks, where a
    // closest() each cost ~12 ms on a 5,000-message page).
    const titles = titledIcons(root, ctx)
    const inContext = titles.length > TITLES_CHECKED_ONE_BY_ONE ? new Set(queryAll(root, BY_TITLE)) : null
    for (const title of titles) {
      const name = title.textContent ?? ''
      const svg = title.parentElement
      // An svg that carries the name as its own test id was judged by the test-id step.
      if (!DESIGN_SYSTEM_STATES.has(name) || !svg || DESIGN_SYSTEM_STATES.has(svg.getAttribute('data-testid') ?? '')) continue
      if (inContext ? !inContext.has(title) : !svg.closest(CONTEXT)) continue
      addDesignSystemTick(out, iconOfSvg(svg), name)
    }
    if (iconsNamedByTestidOnly(root, ctx)) {
      const byTestid = queryAll(root, BY_TESTID)
      for (const el of byTestid) {
        const state = stateOfName(el.getAttribute('data-testid'))
        if (state) addTick(out, el, state)
      }
    }
    // 3: label-only ticks (no icon name on it, in it, or around it): a fallback for markup that
    // names no tick by icon, so it runs only on a page where none is. (Every generation so far
    // names ticks; a page does not mix generations, and a partly renamed icon still carries
    // data-icon, which this step never looks at.)
    if (out.length > 0 || pageNamesTicks(root, ICON_SELECTOR, ctx)) return out
    const labelled = root.querySelectorAll(LABEL_ONLY_SCAN)
    const first = rootEl && rootEl.matches(LABEL_ONLY_SCAN) ? 1 : 0
    for (let i = -first; i < labelled.length; i++) {
      const el = i < 0 ? rootEl! : labelled[i]!
      if (iconState(el)) continue // an icon-named tick, judged above
      const state = tickStateFromLabel(el.getAttribute('aria-label'))
      if (!state) continue
      if (el.querySelector(ICON_SELECTOR) || el.parentElement?.closest(ICON_SELECTOR)) continue
      if (el.closest('[data-pre-plain-text], .selectable-text')) continue
      // A label-only tick is a small icon-like element: it must draw something (svg) and hold no text.
      if (!el.querySelector('svg') || el.querySelector('span[dir], [data-pre-plain-text], .selectable-text')) continue
      out.push({ element: el, category: CATEGORY[state] })
    }
    return out
  },
}
