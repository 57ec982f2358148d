// Reading page structure (tables, grids, key/value pairs, labelled lists) without keeping text.
import { queryAll } from '../../shared/dom'
import { norm } from './text'

export const TABLE_SELECTOR = 'table, [role="table"], [role="grid"], [role="treegrid"]'
const ARIA_CELL = '[role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]'
const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]'
const PROSE = 'p, blockquote, pre, code, h1, h2, [role="article"] p, [role="textbox"]'

export interface TableView {
  table: Element
  /** Normalized header text per column ('' when unknown); '_' kept as a space. */
  headers: string[]
  /** Data rows: cells by column index. */
  rows: Element[][]
}

function isElement(node: unknown): node is Element {
  return !!node && (node as Node).nodeType === 1
}

/** Header text of a cell: aria-label wins over content (sort icons and tooltips add noise). */
export function headerText(cell: Element): string {
  const label = cell.getAttribute('aria-label')
  return norm(label && label.trim() ? label : cell.textContent).replace(/_/g, ' ')
}

function nativeRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table)
}

function nativeCells(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
}

function ariaRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll('[role="row"]')).filter((r) => r.closest(TABLE_SELECTOR) === table)
}

function ariaCells(row: Element): Element[] {
  return Array.from(row.querySelectorAll(ARIA_CELL)).filter((c) => c.closest('[role="row"]') === row)
}

function isHeaderCell(cell: Element): boolean {
  const role = cell.getAttribute('role')
  if (role === 'columnheader') return true
  if (role) return false
  return cell.tagName === 'TH' && cell.getAttribute('scope') !== 'row'
}

/** Reads one table or ARIA table/grid. Returns null for layout tables without a header row. */
export function readTable(table: Element): TableView | null {
  const native = table.tagName === 'TABLE'
  const rowEls = native ? nativeRows(table) : ariaRows(table)
  // A native table may also use ARIA rows inside (rare); fall back to ARIA rows when no <tr>.
  const rowsToRead = native && rowEls.length === 0 ? ariaRows(table) : rowEls
  const cellsOf = (row: Element) => (row.tagName === 'TR' ? nativeCells(row) : ariaCells(row))
  let headers: string[] | null = null
  const rows: Element[][] = []
  for (const row of rowsToRead) {
    const cells = cellsOf(row)
    if (cells.length === 0) continue
    if (cells.every(isHeaderCell)) {
      if (!headers) headers = cells.map(headerText)
      continue
    }
    rows.push(cells)
  }
  if (!headers) return null
  return { table, headers, rows }
}

/** Tables relevant to a scan of `root`: inside it, or around it (a row added to a table). */
export function tablesFor(root: Element | Document): TableView[] {
  const found = queryAll(root, TABLE_SELECTOR)
  if (isElement(root)) {
    const around = root.parentElement?.closest(TABLE_SELECTOR)
    if (around && !found.includes(around)) found.push(around)
  }
  const views: TableView[] = []
  for (const t of found) {
    const v = readTable(t)
    if (v) views.push(v)
  }
  return views
}

/** The column's cells, skipping empty ones. */
export function column(view: TableView, index: number): Element[] {
  const out: Element[] = []
  for (const row of view.rows) {
    const cell = row[index]
    if (cell && norm(cell.textContent) !== '') out.push(cell)
  }
  return out
}

/** The smallest element showing the whole value of `cell` (a badge or link inside it, or the cell). */
export function valueElement(cell: Element): Element {
  let el = cell
  const full = norm(el.textContent)
  for (let depth = 0; depth < 6; depth++) {
    if (el.children.length !== 1) break
    const only = el.children[0]
    if (norm(only.textContent) !== full) break
    el = only
  }
  return el
}

/** An element the user types into, or one containing such a field. */
export function isEditable(el: Element): boolean {
  return el.matches(EDITABLE) || !!el.closest(EDITABLE) || el.querySelector(EDITABLE) !== null
}

export function isInProse(el: Element): boolean {
  return !!el.closest(PROSE)
}

export function isHidden(el: Element): boolean {
  return !!el.closest('[hidden], template, script, style, noscript')
}

/** True when `el` is `root` or inside it. */
export function within(root: Element | Document, el: Element): boolean {
  return root === el || root.contains(el)
}

function labelFromIds(el: Element, attr: string): string {
  const ids = (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)
  const doc = el.ownerDocument
  return ids.map((id) => doc.getElementById(id)?.textContent ?? '').join(' ')
}

/**
 * The accessible-ish label of a container or field: aria-label, aria-labelledby, <caption>,
 * <legend>, <label for>, an enclosing <label>, or a heading right before it. Normalized.
 */
export function labelOf(el: Element): string {
  const parts: string[] = []
  const aria = el.getAttribute('aria-label')
  if (aria) parts.push(aria)
  if (el.hasAttribute('aria-labelledby')) parts.push(labelFromIds(el, 'aria-labelledby'))
  const first = el.firstElementChild
  if (first && (first.tagName === 'CAPTION' || first.tagName === 'LEGEND')) parts.push(first.textContent ?? '')
  const id = el.getAttribute('id')
  if (id) {
    for (const l of Array.from(el.ownerDocument.querySelectorAll('label'))) {
      if (l.getAttribute('for') === id) parts.push(l.textContent ?? '')
    }
  }
  const enclosing = el.parentElement?.closest('label')
  if (enclosing) parts.push(enclosing.textContent ?? '')
  if (parts.length === 0) {
    const prev = el.previousElementSibling
    if (prev && (/^H[1-6]$/.test(prev.tagName) || prev.getAttribute('role') === 'heading')) {
      parts.push(prev.textContent ?? '')
    }
  }
  return norm(parts.join(' ')).replace(/_/g, ' ')
}

export interface Pair {
  key: Element
  value: Element
  /** The element holding the pair (a <div> of two children, or the <dl>). */
  holder: Element
}

const PAIR_MAX_KEY = 48
const PAIR_MAX_VALUE = 64

/**
 * Key/value pairs: <dt>/<dd>, and a small element with exactly two children where the first
 * is a short label and the second a short value ("Quality rating" | "High"). Not in prose,
 * not in tables (tables are read as tables).
 */
export function pairsFor(root: Element | Document): Pair[] {
  const pairs: Pair[] = []
  // A scan of a value alone (a <dd>, or a span inside a pair) must still see its key.
  const around: Element[] = []
  if (isElement(root)) {
    for (let a = root.parentElement, i = 0; a && i < 2; a = a.parentElement, i++) around.push(a)
  }
  const dts = queryAll(root, 'dt')
  for (const a of [root, ...around]) {
    if (isElement(a) && a.tagName === 'DD' && a.previousElementSibling?.tagName === 'DT') dts.push(a.previousElementSibling)
  }
  for (const dt of new Set(dts)) {
    const dd = dt.nextElementSibling
    if (dd && dd.tagName === 'DD' && dt.parentElement) pairs.push({ key: dt, value: dd, holder: dt.parentElement })
  }
  const scope = [...around, ...queryAll(root, 'div, li, span')]
  for (const el of scope) {
    if (el.children.length !== 2) continue
    const [k, v] = [el.children[0], el.children[1]]
    if (k.tagName === 'DT' || isInProse(el) || el.closest(TABLE_SELECTOR)) continue
    const kt = (k.textContent ?? '').trim()
    const vt = (v.textContent ?? '').trim()
    if (!kt || !vt || kt.length > PAIR_MAX_KEY || vt.length > PAIR_MAX_VALUE) continue
    // The two children must be the whole content (no stray text around them).
    // (React renders adjacent spans without whitespace, so compare without spaces.)
    if (norm(el.textContent).replace(/\s/g, '') !== norm(kt + vt).replace(/\s/g, '')) continue
    pairs.push({ key: k, value: v, holder: el })
  }
  return pairs
}

export function keyText(pair: Pair): string {
  return norm(pair.key.textContent).replace(/_/g, ' ')
}

/** Leaf-ish elements (no element children) under root, including root. */
export function leaves(root: Element | Document, selector = '*'): Element[] {
  return queryAll(root, selector).filter((el) => el.children.length === 0)
}
