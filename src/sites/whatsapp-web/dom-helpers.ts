// Small, language-independent DOM helpers the WhatsApp Web detectors share: icons by name, rows,
// headers. Nothing here modifies the DOM or keeps page text. Queries that several detectors ask in
// one pass go through the pass's ScanContext (the scanner makes one per pass).

import { queryAll } from '../../shared/dom'
import type { ScanContext } from '../types'
import {
  DESIGN_SYSTEM_TICKS,
  HEADER_NAME,
  MESSAGE_LIST,
  MESSAGE_SELECTOR,
  NON_TICK_ICONS,
  NOTIFICATION_CONTAINER,
  SUBTITLE_SELECTOR,
  SUBTITLE_TESTIDS,
} from './selectors'

const DESIGN_SYSTEM_TICK_SET: ReadonlySet<string> = new Set(DESIGN_SYSTEM_TICKS)

/**
 * Calls `visit` on `root` (when it matches) and on each matching descendant, in document order,
 * without copying the NodeList into an array (a long chat holds thousands of candidates).
 */
export function eachMatch(root: Element | Document, selector: string, visit: (el: Element) => void): void {
  if (root.nodeType === 1 && (root as Element).matches(selector)) visit(root as Element)
  const found = root.querySelectorAll(selector)
  for (let i = 0; i < found.length; i++) visit(found[i]!)
}

export function docOf(root: Element | Document): Document {
  return root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument
}

/** Element text; textContent only (never innerText: layout). Normalised by the caller. */
export function text(el: Element | null | undefined): string {
  return el?.textContent ?? ''
}

/**
 * The element that shows an icon drawn as a bare svg: the svg's wrapper when it holds nothing
 * else (it also carries the aria-label), else the svg itself (never a block with other content).
 */
export function iconOfSvg(svg: Element): Element {
  const wrapper = svg.parentElement
  if (!wrapper || wrapper.childElementCount !== 1) return svg
  // The usual case, the svg as the wrapper's only node, needs no text read.
  if (wrapper.firstChild === svg && wrapper.lastChild === svg) return wrapper
  return (wrapper.textContent ?? '').trim() !== (svg.textContent ?? '').trim() ? svg : wrapper
}

/**
 * Icons named only by their svg <title> (design-system icons of 2026 builds carry no data-icon),
 * except ticks their test id already names: a long chat holds thousands, and wa.receipts finds
 * those by the attribute. (Separate :not()s: a :not() of a list is slower to match.)
 */
const TITLED_ICON_TITLES = `:not([data-icon])${DESIGN_SYSTEM_TICKS.map((n) => `:not([data-testid="${n}"])`).join('')} > svg > title`

/**
 * The svg <title> elements of icons named only by it, in `root`. From a document, one query; from
 * an element, its title elements filtered here: Chromium answers `svg > title` under an element
 * far slower than `title`, which each batch of new messages would pay per row.
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

/** The svg <title> elements of design-system icons in `root`, shared by the detectors of one pass. */
export function titledIcons(root: Element | Document, ctx: ScanContext): readonly Element[] {
  return ctx.shared('titled-icons', root, () => iconTitlesIn(root))
}

/** The non-tick icons in `root` (root included), in document order, shared by the detectors of one pass. */
export function nonTickIcons(root: Element | Document, ctx: ScanContext): readonly Element[] {
  return ctx.shared('non-tick-icons', root, () => queryAll(root, NON_TICK_ICONS))
}

/**
 * Whether data-testid icon names are worth reading on this page: only where no element carries a
 * data-icon (every generation so far names icons with data-icon; 2021–23 added test-id copies).
 * Asked of the page, once per pass.
 */
export function iconsNamedByTestidOnly(root: Element | Document, ctx: ScanContext): boolean {
  const doc = docOf(root)
  return ctx.shared('testid-only', doc, () => doc.querySelector('[data-icon]') === null)
}

/** Whether this page names any tick by its icon (the label-only fallback is for pages that do not). */
export function pageNamesTicks(root: Element | Document, tickSelector: string, ctx: ScanContext): boolean {
  const doc = docOf(root)
  return ctx.shared('names-ticks', doc, () => doc.querySelector(tickSelector) !== null)
}

/** The message row an element belongs to, or null (also for a notice wrapped like a message). */
export function messageOf(el: Element): Element | null {
  const row = el.closest(MESSAGE_SELECTOR)
  return row && !el.closest(NOTIFICATION_CONTAINER) ? row : null
}

/** The first `limit` [role="row"] elements of the open chat's message list, in document order. */
export function listRowsFromTop(doc: Document, limit: number): Element[] {
  const list = doc.querySelector(MESSAGE_LIST)
  const rows: Element[] = []
  if (!list) return rows
  // A depth-first walk that stops at the limit: querying every row of a long chat costs far more.
  // A row's own subtree is not walked: rows nested in it follow it in document order.
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

/** The chat name element in a #main header. */
export function headerName(header: Element): Element | null {
  return header.querySelector(HEADER_NAME)
}

/** Is `el` the subtitle of a #main header (the line under the name)? */
export function isHeaderSubtitle(el: Element): boolean {
  if (el.hasAttribute('data-icon') || el.closest('[data-icon]')) return false
  const header = el.closest('#main header')
  if (!header) return false
  if (el.matches(SUBTITLE_TESTIDS)) return true
  if (el.closest(SUBTITLE_TESTIDS)) return false // its inner span
  const name = headerName(header)
  if (!name || name === el || name.contains(el) || el.contains(name)) return false
  // The subtitle comes after the name, within the same title block.
  if (!(name.compareDocumentPosition(el) & 4)) return false
  // Not inside a nested span[title] already taken as the subtitle.
  const outer = el.parentElement?.closest(SUBTITLE_SELECTOR)
  if (outer && header.contains(outer) && outer !== name && !outer.contains(name)) return false
  // Not inside a tool button (they carry icons and no name).
  const block = el.closest('[role="button"]')
  return !block || block.contains(name)
}

/** The row around an icon: the nearest button / list item, else the icon's parent. */
export function rowOf(icon: Element, within: Element): Element {
  const row = icon.closest('[role="button"], [role="listitem"], button')
  if (row && within.contains(row) && row !== within) return row
  return icon.parentElement && within.contains(icon.parentElement) ? icon.parentElement : icon
}
