// Counts and charts of sent/delivered/read messages: metric tiles (a label and a number in one
// small element), metric columns in tables, and labelled charts (figure, role="img", svg, canvas).
import { businessDetector } from './signals'
import { queryAll } from '../../shared/dom'
import { CHART_TOKENS, METRIC_LABELS } from './keywords'
import { TABLE_SELECTOR, column, isEditable, isHidden, isInProse, labelOf, tablesFor, valueElement } from './structure'
import { hasAnyToken, isMetricNumber, norm, rawText } from './text'

const MAX_TILE_TEXT = 90
const PLACEHOLDER = /^(?:[-–—]+|n\/a)$/i
const MAX_TILE_LEVELS = 4
const NOT_A_TILE = 'table, tr, td, th, [role="row"], [role="gridcell"], [role="cell"], ul, ol, nav, main, body, form, section, [role="main"], [role="navigation"]'

function isMetricLabel(el: Element): boolean {
  return METRIC_LABELS.has(norm(el.textContent).replace(/_/g, ' '))
}

/** Walks up from a metric label to the smallest element that also shows a number. */
function tileOf(label: Element): Element | null {
  let el: Element | null = label.parentElement
  for (let level = 0; el && level < MAX_TILE_LEVELS; level++, el = el.parentElement) {
    if (el.matches(NOT_A_TILE)) return null
    if ((el.textContent ?? '').trim().length > MAX_TILE_TEXT) return null
    const number = Array.from(el.querySelectorAll('*')).find(
      (n) => n.children.length === 0 && !n.contains(label) && !label.contains(n) && isMetricNumber(rawText(n)),
    )
    if (number) return el
  }
  return null
}

function fromTiles(root: Element | Document): Element[] {
  const found: Element[] = []
  const candidates = queryAll(root, 'span, div, dt, p, h3, h4, h5, h6, label, strong, [role="heading"]')
  const seen = new Set<Element>()
  for (const label of candidates) {
    if (seen.has(label)) continue
    seen.add(label)
    if (label.children.length > 1 || !isMetricLabel(label)) continue
    if (label.closest(TABLE_SELECTOR) || isInProse(label.parentElement ?? label) || isHidden(label)) continue
    const tile = tileOf(label)
    if (!tile || isEditable(tile) || isInProse(tile)) continue
    found.push(tile)
  }
  return found
}

function fromColumns(root: Element | Document): Element[] {
  const found: Element[] = []
  for (const view of tablesFor(root)) {
    view.headers.forEach((header, i) => {
      if (!METRIC_LABELS.has(header)) return
      // "—" marks a row without data; every other cell must be a number.
      const cells = column(view, i).filter((c) => !PLACEHOLDER.test(rawText(c)))
      if (cells.length === 0 || !cells.every((c) => isMetricNumber(rawText(c)))) return
      for (const cell of cells) {
        const el = valueElement(cell)
        found.push(el)
      }
    })
  }
  return found
}

function chartLabel(el: Element): string {
  const own = labelOf(el)
  if (own) return own
  if (el.tagName === 'FIGURE') {
    const cap = el.querySelector('figcaption')
    if (cap) return norm(cap.textContent)
  }
  const title = Array.from(el.children).find((c) => c.tagName.toLowerCase() === 'title')
  return title ? norm(title.textContent) : ''
}

function fromCharts(root: Element | Document): Element[] {
  const found: Element[] = []
  const figures = queryAll(root, 'figure, [role="figure"]')
  const graphics = queryAll(root, '[role="img"], svg, canvas').filter((g) => !g.parentElement?.closest('figure, [role="figure"], svg'))
  for (const el of [...figures, ...graphics]) {
    if (isHidden(el)) continue
    // A chart: a figure holding a drawing, or a drawing itself, labelled with message metrics.
    const drawing = el.matches('svg, canvas') || el.querySelector('svg, canvas') !== null
    if (!drawing) continue
    const label = chartLabel(el)
    if (!label || !hasAnyToken(label, CHART_TOKENS)) continue
    // Icons: a tiny svg labelled "Read" next to a status is not a chart.
    if (el.matches('svg, [role="img"]') && label.split(' ').length < 2) continue
    found.push(el)
  }
  return found
}

export const analyticsDetector = businessDetector({
  id: 'biz.analytics',
  category: 'business-analytics',
  nesting: 'innermost',
  signals: [fromTiles, fromColumns, fromCharts],
  watchesText: true,
  watchedAttributes: ['aria-label'],
})
