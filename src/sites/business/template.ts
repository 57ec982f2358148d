// Message templates: the category cell of a templates table (Marketing / Utility / Authentication),
// the template cell of a message or broadcast log, and template cards in a labelled list.
import { businessDetector } from './signals'
import { queryAll } from '../../shared/dom'
import { CATEGORY_HEADER_TOKENS, TEMPLATE_CATEGORY_VALUES, TEMPLATE_TABLE_TOKENS, TEMPLATE_TOKENS } from './keywords'
import { column, isEditable, isHidden, labelOf, tablesFor, valueElement, type TableView } from './structure'
import { hasAnyToken, norm } from './text'

const CARD_LIST = 'ul, ol, [role="list"], [role="feed"]'
const CARD = 'li, [role="listitem"], article, [role="article"]'

function isCategoryValue(el: Element): boolean {
  return TEMPLATE_CATEGORY_VALUES.has(norm(el.textContent).replace(/_/g, ' '))
}

function tableIsAboutTemplates(view: TableView): boolean {
  return view.headers.some((h) => hasAnyToken(h, TEMPLATE_TABLE_TOKENS)) || hasAnyToken(labelOf(view.table), TEMPLATE_TOKENS)
}

function fromTables(root: Element | Document): Element[] {
  const found: Element[] = []
  for (const view of tablesFor(root)) {
    const categoryCols = view.headers
      .map((h, i) => (hasAnyToken(h, CATEGORY_HEADER_TOKENS) ? i : -1))
      .filter((i) => i >= 0 && column(view, i).some(isCategoryValue))
    if (categoryCols.length > 0) {
      if (!tableIsAboutTemplates(view)) continue
      for (const i of categoryCols) {
        for (const cell of column(view, i)) {
          if (!isCategoryValue(cell) || isEditable(cell) || isHidden(cell)) continue
          const el = valueElement(cell)
          found.push(el)
        }
      }
      continue
    }
    // No category column: a log's "Template" column names the template each customer got.
    view.headers.forEach((h, i) => {
      if (!hasAnyToken(h, TEMPLATE_TOKENS) || h.split(' ').includes('id')) return
      for (const cell of column(view, i)) {
        if (isEditable(cell) || isHidden(cell)) continue
        const el = valueElement(cell)
        found.push(el)
      }
    })
  }
  return found
}

function fromCards(root: Element | Document): Element[] {
  const found: Element[] = []
  const lists = queryAll(root, CARD_LIST)
  if (root.nodeType === 1) {
    const around = (root as Element).parentElement?.closest(CARD_LIST)
    if (around) lists.push(around)
  }
  for (const list of lists) {
    if (!hasAnyToken(labelOf(list), TEMPLATE_TOKENS)) continue
    const cards = Array.from(list.querySelectorAll(CARD)).filter((c) => {
      if (c.parentElement?.closest(CARD_LIST) !== list) return false
      const outer = c.parentElement?.closest(CARD)
      return !outer || !list.contains(outer)
    })
    for (const card of cards) {
      if (isHidden(card)) continue
      const hasCategory = Array.from(card.querySelectorAll('*')).some((n) => n.children.length === 0 && isCategoryValue(n))
      if (hasCategory) found.push(card)
    }
  }
  return found
}

export const templateDetector = businessDetector({
  id: 'biz.template',
  category: 'business-template',
  // Outermost: a card holds its category value.
  nesting: 'outermost',
  signals: [fromTables, fromCards],
  watchesText: true,
})
