// Message status values (sent, delivered, read, failed, played; es/pt/de) in tables, grids and
// key/value pairs of message logs. Annotates the cell's badge/value, never the row.
import { businessDetector } from './signals'
import { hasMessageContext, isMessageStatusHeader, isStatusHeader } from './columns'
import { MESSAGE_ONLY_STATUS_VALUES, STATUS_VALUES } from './keywords'
import { column, isEditable, isHidden, keyText, pairsFor, tablesFor, valueElement } from './structure'
import { norm } from './text'

/** The cell shows one status word (an icon or tick glyph around it is fine). */
function statusValue(el: Element): string | null {
  const v = norm(el.textContent).replace(/_/g, ' ')
  if (STATUS_VALUES.has(v)) return v
  const label = norm(el.getAttribute('aria-label')).replace(/_/g, ' ')
  return STATUS_VALUES.has(label) ? label : null
}

function fromTables(root: Element | Document): Element[] {
  const found: Element[] = []
  for (const view of tablesFor(root)) {
    view.headers.forEach((header, i) => {
      if (!isStatusHeader(header)) return
      const cells = column(view, i)
      const values = cells.map(statusValue)
      const messageOnly = values.some((v) => v !== null && MESSAGE_ONLY_STATUS_VALUES.has(v))
      // "Delivered" alone is also a parcel status: a plain Status column needs message context.
      if (!(isMessageStatusHeader(header) || hasMessageContext(view) || messageOnly)) return
      cells.forEach((cell, k) => {
        if (values[k] === null || isEditable(cell) || isHidden(cell)) return
        const el = valueElement(cell)
        found.push(el)
      })
    })
  }
  return found
}

function fromPairs(root: Element | Document): Element[] {
  const found: Element[] = []
  for (const pair of pairsFor(root)) {
    if (!isMessageStatusHeader(keyText(pair))) continue
    if (statusValue(pair.value) === null || isEditable(pair.value) || isHidden(pair.value)) continue
    const el = valueElement(pair.value)
    found.push(el)
  }
  return found
}

export const messageStatusDetector = businessDetector({
  id: 'biz.message-status',
  category: 'business-message-status',
  nesting: 'innermost',
  signals: [fromTables, fromPairs],
  watchesText: true,
  watchedAttributes: ['aria-label'],
})
