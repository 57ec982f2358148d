// Shared, language-independent structure helpers for the WhatsApp Web detectors.
// Evidence marks as in words.ts: [C] confirmed by a public source, [I] inferred, [G] guessed.
// Nothing here modifies the DOM or keeps page text.

import type { Category } from '../../shared/categories'
import { queryAll, queryAllBeside } from '../../shared/dom'
import type { Match } from '../types'

/** A message row across generations (research §3). */
export const MESSAGE_SELECTOR = [
  '.message-out', // ≤2025 [C]
  '.message-in', // ≤2025 [C]
  '[data-testid^="conv-msg"]', // 2025-H2+ [C]
  '[data-id^="true_"]', // all generations [C]
  '[data-id^="false_"]', // all generations [C]
].join(',')

/**
 * Your own message row, by its explicit direction: the class (≤2025) [C], the id prefix (all
 * generations) [C], or the conv-msg test id (2025-H2+) [C]. A row of unknown direction is not
 * one of yours: ticks only ever sit on your own messages, so nothing real is lost.
 */
export const OUTGOING_ROW = '.message-out, [data-id^="true_"], [data-testid^="conv-msg"][data-testid*="true_"]'

/**
 * A message row whose markup no longer says who wrote it: since 2026 the row's data-id and its
 * conv-msg test id hold the bare message id [C: three public notes of the live page, 2026-07 to
 * 2026-09; .message-out is gone too]. Rows that still say "false_" are someone else's.
 */
export const UNDIRECTED_ROW = '[data-testid^="conv-msg"]:not([data-testid*="_"]), [data-id]:not([data-id*="_"])'

/** The open chat's message list: only ticks, sender avatars and chat notices live in it. */
export const MESSAGE_LIST = '#main [role="application"]'

/** Where user-written message text lives. Nothing inside is ever annotated by a text rule. */
export const MESSAGE_TEXT_SELECTOR = '[data-pre-plain-text], .selectable-text, [data-testid="msg-text"]'

/**
 * Close buttons of right-hand drawers (contact/group/message info): `x` [C], `close-refreshed` [C],
 * `ic-close` [C: WAWebDrawerHeader's WDSIconIcClose], `ic-arrow-back` [C: its narrow-layout back
 * button], the rest [G]. Design-system icons may carry the name only as their svg title.
 */
export const DRAWER_CLOSE_ICONS = ['x', 'x-alt', 'x-alt-small', 'close', 'close-refreshed', 'ic-close', 'ic-arrow-back', 'wds-ic-close']
const DRAWER_CLOSE_SET: ReadonlySet<string> = new Set(DRAWER_CLOSE_ICONS)
/** The drawer header's close button [C: WAWebDrawerHeader]. */
const DRAWER_CLOSE_BUTTON = '[data-testid="btn-closer-drawer"]'

/**
 * Drawer roots by test id. `chat-info-drawer` holds contact and group info alike [C: WhatsApp's
 * info drawers], so its kind comes from the open chat; the others are older names [I]/[G].
 */
const TESTID_DRAWERS: Record<string, DrawerKind | 'by-chat'> = {
  'chat-info-drawer': 'by-chat',
  'contact-info-drawer': 'contact-info',
  'group-info-drawer': 'group-info',
  'message-info-drawer': 'message-info',
}

export type DrawerKind = 'contact-info' | 'group-info' | 'message-info'
export type ChatKind = 'group' | 'one-to-one'

/** Push a match once per element (first category wins). */
export function add(out: Match[], seen: Set<Element>, element: Element, category: Category): void {
  if (seen.has(element)) return
  seen.add(element)
  out.push({ element, category })
}

/**
 * Calls `visit` on `root` (when it matches) and on each matching descendant, in document order,
 * without copying the NodeList into an array (a long chat holds thousands of candidates).
 */
export function eachMatch(root: Element | Document, selector: string, visit: (el: Element) => void): void {
  if (root.nodeType === 1 && (root as Element).matches(selector)) visit(root as Element)
  const found = root.querySelectorAll(selector)
  for (let i = 0; i < found.length; i++) visit(found[i]!)
}

/**
 * The element that shows an icon drawn as a bare svg: the svg's wrapper when it holds nothing
 * else (it also carries the aria-label), else the svg itself (never a block with other content).
 */
export function iconOfSvg(svg: Element): Element {
  const wrapper = svg.parentElement
  if (!wrapper || wrapper.childElementCount !== 1) return svg
  // The usual case, the svg as the wrapper's only node, needs no text read (a long chat in today's
  // markup has thousands of titled ticks).
  if (wrapper.firstChild === svg && wrapper.lastChild === svg) return wrapper
  return (wrapper.textContent ?? '').trim() !== (svg.textContent ?? '').trim() ? svg : wrapper
}

/**
 * The design-system tick names of 2026 builds [C: WAWebMessageStatus], by what they draw (see
 * wa.receipts for what each means). Where a tick also carries its name as test id, wa.receipts finds
 * it by that attribute (one query, no text read per tick).
 */
export const DESIGN_SYSTEM_TICK_NAMES = {
  doubleTick: 'wds-ic-read',
  singleTick: 'wds-ic-delivered',
  clock: 'wds-ic-status-pending',
} as const
export const DESIGN_SYSTEM_TICKS: readonly string[] = Object.values(DESIGN_SYSTEM_TICK_NAMES)
const DESIGN_SYSTEM_TICK_SET: ReadonlySet<string> = new Set(DESIGN_SYSTEM_TICKS)

/**
 * Icons named only by their svg <title> (design-system icons of 2026 builds carry no data-icon; their
 * test id, where present, repeats the same name, so the title is read for them too), except ticks
 * that their test id already names: a long chat holds thousands, and reading each one's title cost
 * more than the rest of its detection. (Separate :not()s: a :not() of a list is slower to match.)
 */
const TITLED_ICON_TITLES = `:not([data-icon])${DESIGN_SYSTEM_TICKS.map((n) => `:not([data-testid="${n}"])`).join('')} > svg > title`

/**
 * The svg <title> elements of icons named only by it (see TITLED_ICON_TITLES), in `root`. From a
 * document, one query; from an element, its title elements filtered here: Chromium answers
 * `svg > title` under an element about 50 times slower than `title` (measured: ~50 us a row), which
 * a batch of new messages would pay per row.
 */
function iconTitlesIn(root: Element | Document): Element[] {
  if (root.nodeType === 9) return Array.from(root.querySelectorAll(TITLED_ICON_TITLES))
  const out: Element[] = []
  const titles = root.querySelectorAll('title')
  for (let i = 0; i < titles.length; i++) {
    const svg = titles[i]!.parentElement
    const wrapper = svg?.parentElement
    if (svg?.localName !== 'svg' || !wrapper || wrapper.hasAttribute('data-icon')) continue
    if (!DESIGN_SYSTEM_TICK_SET.has(wrapper.getAttribute('data-testid') ?? '')) out.push(titles[i]!)
  }
  return out
}

/**
 * The icons in `scope` (scope included) whose name is in `names`: by data-icon, or by the svg title
 * of a design-system icon. For small scopes (a header, a drawer); long lists use the shared queries.
 */
export function namedIcons(scope: Element | Document, names: ReadonlySet<string>): Element[] {
  const out: Element[] = []
  for (const el of queryAll(scope, '[data-icon]')) if (names.has(el.getAttribute('data-icon')!)) out.push(el)
  for (const title of iconTitlesIn(scope)) {
    const svg = title.parentElement
    if (svg && names.has(title.textContent ?? '')) out.push(iconOfSvg(svg))
  }
  return out
}

/** Answers kept for one synchronous scan, per question and root; dropped at the next microtask, before the page can change. */
let scanMemo: Map<string, Map<Element | Document, unknown>> | null = null

function forThisScan<T>(question: string, root: Element | Document, answer: () => T): T {
  if (!scanMemo) {
    scanMemo = new Map()
    queueMicrotask(() => {
      scanMemo = null
    })
  }
  let byRoot = scanMemo.get(question)
  if (!byRoot) scanMemo.set(question, (byRoot = new Map()))
  if (!byRoot.has(root)) byRoot.set(root, answer())
  return byRoot.get(root) as T
}

/**
 * The svg <title> elements of design-system icons in `root`, shared by the detectors of one scan
 * like nonTickIcons. The array is shared: callers must not modify it.
 */
export function titledIcons(root: Element | Document): readonly Element[] {
  return forThisScan('titled-icons', root, () => iconTitlesIn(root))
}

/**
 * Every icon except the message ticks (thousands in a long chat, judged by wa.receipts alone) and
 * the bubbles' tails (one per run of messages; no detector reads them).
 */
const NON_TICK_ICONS = '[data-icon]:not([data-icon^="msg-"]):not([data-icon^="tail-"])'

/**
 * The non-tick icons in `root` (root included), in document order. Several detectors need them;
 * within one scan they share a single query. The array is shared: callers must not modify it.
 */
export function nonTickIcons(root: Element | Document): readonly Element[] {
  return forThisScan('non-tick-icons', root, () => queryAll(root, NON_TICK_ICONS))
}

/**
 * Whether data-testid icon names are worth reading on this page: only where no element carries a
 * data-icon. Every generation so far names its icons with data-icon (2021–23 added data-testid
 * copies beside it), so the test-id queries are a fallback for markup that drops data-icon. Asked
 * of the page, not of each scanned subtree: one answer per scan saves a query per new message.
 */
export function iconsNamedByTestidOnly(root: Element | Document): boolean {
  const doc = docOf(root)
  return forThisScan('testid-only', doc, () => doc.querySelector('[data-icon]') === null)
}

/** Whether this page names any tick by its icon (the label-only fallback is for pages that do not). */
export function pageNamesTicks(root: Element | Document, tickSelector: string): boolean {
  const doc = docOf(root)
  return forThisScan('names-ticks', doc, () => doc.querySelector(tickSelector) !== null)
}

export function docOf(root: Element | Document): Document {
  return root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument
}

/**
 * The container WhatsApp gives a notice (encryption, disappearing messages, business…) inside its
 * row: the row and its ids are a message's, only this test id differs [C: the message wrapper module
 * in public copies of WhatsApp Web, msg-notification-container instead of msg-container].
 */
export const NOTIFICATION_CONTAINER = '[data-testid="msg-notification-container"]'

/** The message row an element belongs to, or null (also for a notice wrapped like a message). */
export function messageOf(el: Element): Element | null {
  const row = el.closest(MESSAGE_SELECTOR)
  return row && !el.closest(NOTIFICATION_CONTAINER) ? row : null
}

/** How many rows from the top of the message list chatKind reads (WhatsApp renders a few dozen). */
const KIND_ROWS = 60
const ROW_ID = '[data-id], [data-testid^="conv-msg"]'
const SENDER_NAME = '[data-testid="author"], [data-testid="msg-author"], ._ahxj'

/**
 * Group (jid @g.us, sender names) or one-to-one, for the open chat #main. Null when no chat is open.
 * Reads a bounded number of rows: today's row ids carry no jid, and a page-wide query that finds
 * nothing walks every row of a long chat (about 10 ms per query on a 5,000-message page).
 */
export function chatKind(doc: Document): ChatKind | null {
  const main = doc.getElementById('main')
  if (!main) return null
  const rows = listRowsFromTop(doc, KIND_ROWS)
  // 1. jids [C]: up to 2025 every message row of a chat carries the chat's jid, and group jids end in
  //    @g.us, in data-id or the conv-msg test id. The first row that has one decides.
  for (const row of rows) {
    const el = row.matches(ROW_ID) ? row : row.querySelector(ROW_ID)
    const id = `${el?.getAttribute('data-id') ?? ''} ${el?.getAttribute('data-testid') ?? ''}`
    if (id.includes('@')) return id.includes('@g.us') ? 'group' : 'one-to-one'
  }
  // 2. sender names on incoming rows [C]: data-testid "author" (2021–23, again in 2026) or
  //    "msg-author", 2024 `_ahxj`.
  if (rows.some((row) => row.querySelector(SENDER_NAME) !== null)) return 'group'
  // 3. no messages: the header subtitle is a participant list (comma separated) [I].
  const header = main.querySelector('header')
  const sub = header ? headerSubtitles(header)[0] : undefined
  if (sub && /[,،、]/.test(sub.getAttribute('title') ?? sub.textContent ?? '')) return 'group'
  return 'one-to-one'
}

/** The first `limit` [role="row"] elements of the open chat's message list, in document order. */
export function listRowsFromTop(doc: Document, limit: number): Element[] {
  const list = doc.querySelector(MESSAGE_LIST)
  const rows: Element[] = []
  if (!list) return rows
  // A depth-first walk that stops at the limit: querying every row of a long chat costs far more.
  // A row's own subtree is not walked: rows nested in it follow it in document order, so one
  // query adds them, and the walk goes on after it.
  let node: Element | null = list.firstElementChild
  while (node && rows.length < limit) {
    let next: Element | null = null
    if (node.getAttribute('role') === 'row') {
      rows.push(node)
      const nested = node.querySelectorAll('[role="row"]')
      for (let i = 0; i < nested.length && rows.length < limit; i++) rows.push(nested[i]!)
    } else {
      next = node.firstElementChild
    }
    while (!next && node && node !== list) {
      next = node.nextElementSibling
      if (!next) node = node.parentElement
    }
    node = next
  }
  return rows
}

/** The chat name element in #main header: the first span[dir] (or the data-testid era title). */
export function headerName(header: Element): Element | null {
  return header.querySelector('[data-testid="conversation-info-header-chat-title"], span[dir="auto"], span[dir="ltr"], span[dir="rtl"]')
}

/**
 * Header subtitles named by test id: conversation-info-header-status (2021–23) [C], chat-subtitle
 * (2026, the participant list of a group) [C: a public note of the live page, 2026-07-12].
 */
const SUBTITLE_TESTIDS = '[data-testid="conversation-info-header-status"], [data-testid="chat-subtitle"]'
/** Subtitle candidates; isHeaderSubtitle() checks the #main header context. */
export const SUBTITLE_SELECTOR = `${SUBTITLE_TESTIDS}, span[title]`

/** Is `el` the subtitle of a #main header (the line under the name)? */
export function isHeaderSubtitle(el: Element): boolean {
  if (el.hasAttribute('data-icon') || el.closest('[data-icon]')) return false
  const header = el.closest('#main header')
  if (!header) return false
  if (el.matches(SUBTITLE_TESTIDS)) return true
  if (el.closest(SUBTITLE_TESTIDS)) return false // its inner span
  const name = headerName(header)
  if (!name) return false
  if (name === el || name.contains(el) || el.contains(name)) return false
  // The subtitle comes after the name, within the same title block.
  if (!(name.compareDocumentPosition(el) & 4)) return false
  // Not inside a nested span[title] already taken as the subtitle.
  const outer = el.parentElement?.closest(SUBTITLE_SELECTOR)
  if (outer && header.contains(outer) && outer !== name && !outer.contains(name)) return false
  // Must not be inside a tool button (they carry data-icon children and no name).
  const block = el.closest('[role="button"]')
  if (block && !block.contains(name)) return false
  return true
}

function headerSubtitles(scope: Element | Document): Element[] {
  return queryAll(scope, SUBTITLE_SELECTOR).filter(isHeaderSubtitle)
}

/**
 * Right-hand drawer root of an element, or null. Signals: data-testid era roots [I]; otherwise the
 * parent of a `header` holding a close icon, outside #main and #side [G].
 */
export function drawerOf(el: Element): Element | null {
  const byTestid = el.closest('[data-testid$="-drawer"]')
  if (byTestid && TESTID_DRAWERS[byTestid.getAttribute('data-testid') ?? '']) return byTestid
  let node: Element | null = el
  while (node && node.id !== 'app') {
    if (node.id === 'main' || node.id === 'side') return null
    const header = firstChildHeader(node)
    if (header && hasCloseIcon(header)) return node
    node = node.parentElement
  }
  return null
}

/** How many leading children may precede a panel's header (it comes first in every generation seen). */
const HEADER_SLOTS = 3

/**
 * A header among the first children of `node`. Only the first few are looked at: ancestor walks
 * pass through the message list, whose thousands of rows must not be iterated on every scan.
 */
export function firstChildHeader(node: Element): Element | null {
  let child = node.firstElementChild
  for (let i = 0; child && i < HEADER_SLOTS; i++, child = child.nextElementSibling) {
    if (child.tagName === 'HEADER') return child
  }
  return null
}

function hasCloseIcon(header: Element): boolean {
  if (header.querySelector(DRAWER_CLOSE_BUTTON)) return true
  return namedIcons(header, DRAWER_CLOSE_SET).length > 0
}

/** All drawer roots in `scope` (a document or a subtree). */
export function drawers(scope: Element | Document): Element[] {
  const roots = new Set<Element>()
  for (const el of queryAllIn(scope, '[data-testid$="-drawer"]')) {
    if (TESTID_DRAWERS[el.getAttribute('data-testid') ?? '']) roots.add(el)
  }
  for (const header of queryAllIn(scope, 'header')) {
    if (!hasCloseIcon(header)) continue
    const root = header.parentElement
    if (root && drawerOf(header) === root) roots.add(root)
  }
  return Array.from(roots)
}

function queryAllIn(scope: Element | Document, selector: string): Element[] {
  // Drawers and panels never lie inside the message list: a whole-page query walks beside it.
  if (scope.nodeType === 9) return queryAllBeside(scope as Document, MESSAGE_LIST, selector)
  return queryAll(scope, selector)
}

/**
 * Kind of a drawer: data-testid era by name; otherwise by content — a copy of a message → message
 * info; else the open chat's kind decides contact vs group info (language-independent).
 */
export function drawerKind(drawer: Element): DrawerKind {
  const testid = drawer.getAttribute('data-testid') ?? ''
  const known = TESTID_DRAWERS[testid]
  if (known && known !== 'by-chat') return known
  if (drawer.querySelector(MESSAGE_SELECTOR)) return 'message-info'
  return chatKind(drawer.ownerDocument) === 'group' ? 'group-info' : 'contact-info'
}

/** The left-rail item that is selected, by its icon family, or null. */
export type RailItem = 'chats' | 'status' | 'settings' | 'channels' | 'communities' | 'profile' | null

/** Selected items swap to the filled icon [C: WAWebNavBarItem, status-filled-refreshed / settings-filled-refreshed]. */
export const STATUS_RAIL_ICONS = ['status-v3', 'status-v3-unread', 'status-refreshed', 'status-refreshed-unread', 'status-filled-refreshed', 'wds-ic-status', 'status-outline']
export const SETTINGS_RAIL_ICONS = ['settings', 'settings-refreshed', 'settings-filled-refreshed', 'wds-ic-settings']

/**
 * Signals: 2024+ navigation items `[data-navbar-item]` with `data-navbar-item-selected` [G],
 * `aria-pressed` / `aria-selected` [G]; the icon name tells which item it is ([C] status-v3, rest [G]).
 */
export function selectedRailItem(doc: Document): RailItem {
  const selected = queryAllBeside(
    doc,
    MESSAGE_LIST,
    '[data-navbar-item-selected="true"], [data-navbar-item][aria-pressed="true"], [data-navbar-item][aria-selected="true"]',
  )
  for (const item of selected) {
    const icon = item.querySelector('[data-icon]')?.getAttribute('data-icon') ?? ''
    if (STATUS_RAIL_ICONS.includes(icon)) return 'status'
    if (SETTINGS_RAIL_ICONS.includes(icon)) return 'settings'
    if (icon.startsWith('chats')) return 'chats'
    if (icon.startsWith('newsletter') || icon.startsWith('channel')) return 'channels'
    if (icon.startsWith('communit')) return 'communities'
    if (item.querySelector('img, [data-icon^="default-"]')) return 'profile'
  }
  return null
}


/** Element text, normalised elsewhere; textContent only (never innerText: layout). */
export function text(el: Element | null | undefined): string {
  return el?.textContent ?? ''
}

/**
 * The parts of `root` that lie in a drawer, with the drawer: root inside a drawer → [root];
 * root containing drawers → those drawers. Keeps drawer rules from scanning the whole page.
 */
export function drawerScopes(root: Element | Document): Array<{ scope: Element; drawer: Element }> {
  if (root.nodeType === 1) {
    const d = drawerOf(root as Element)
    if (d) return [{ scope: root as Element, drawer: d }]
  }
  return drawers(root).map((d) => ({ scope: d, drawer: d }))
}

/** The row around an icon: the nearest button / list item, else the icon's parent. */
export function rowOf(icon: Element, within: Element): Element {
  const row = icon.closest('[role="button"], [role="listitem"], button')
  if (row && within.contains(row) && row !== within) return row
  return icon.parentElement && within.contains(icon.parentElement) ? icon.parentElement : icon
}
