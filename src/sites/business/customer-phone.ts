// Customers' phone numbers in tables, grids, labelled recipient lists and key/value pairs.
// Precision first: a phone-like value counts only with structure saying "this column/list/key
// holds recipients", or when a whole column is international (E.164-like) numbers.
import { businessDetector } from './signals'
import { isPhoneHeader, phoneColumns } from './columns'
import { OWN_NUMBER_CONTEXT } from './keywords'
import {
  column,
  isEditable,
  isHidden,
  keyText,
  labelOf,
  pairsFor,
  tablesFor,
  valueElement,
} from './structure'
import { hasAnyPhrase, hasAnySubstring, isPhoneLike, rawText } from './text'
import { queryAll } from '../../shared/dom'

const LIST_SELECTOR = '[role="listbox"], [role="list"], ul, ol'
const ITEM_SELECTOR = '[role="option"], [role="listitem"], li'

function fromTables(root: Element | Document): Element[] {
  const found: Element[] = []
  for (const view of tablesFor(root)) {
    for (const i of phoneColumns(view)) {
      for (const cell of column(view, i)) {
        if (isEditable(cell) || isHidden(cell) || !isPhoneLike(rawText(cell))) continue
        const el = valueElement(cell)
        found.push(el)
      }
    }
  }
  return found
}

function fromLists(root: Element | Document): Element[] {
  const found: Element[] = []
  const lists = queryAll(root, LIST_SELECTOR)
  if (root.nodeType === 1) {
    const around = (root as Element).parentElement?.closest(LIST_SELECTOR)
    if (around) lists.push(around)
  }
  for (const list of lists) {
    if (!isPhoneHeader(labelOf(list))) continue
    const items = Array.from(list.querySelectorAll(ITEM_SELECTOR)).filter((i) => i.closest(LIST_SELECTOR) === list)
    for (const item of items) {
      if (isEditable(item) || isHidden(item) || !isPhoneLike(rawText(item))) continue
      const el = valueElement(item)
      found.push(el)
    }
  }
  return found
}

function fromPairs(root: Element | Document): Element[] {
  const found: Element[] = []
  const pairs = pairsFor(root)
  for (const pair of pairs) {
    if (!isPhoneHeader(keyText(pair))) continue
    if (isEditable(pair.value) || isHidden(pair.value) || !isPhoneLike(rawText(pair.value))) continue
    // A card of the business's own number (quality rating, limit, display name) is not a customer.
    const card = pair.holder.parentElement
    const ownCard =
      !!card &&
      pairs.some((p) => p.holder.parentElement === card && (hasAnySubstring(keyText(p), OWN_NUMBER_CONTEXT) || hasAnyPhrase(keyText(p), OWN_NUMBER_CONTEXT)))
    if (ownCard) continue
    const el = valueElement(pair.value)
    found.push(el)
  }
  return found
}

export const customerPhoneDetector = businessDetector({
  id: 'biz.customer-phone',
  category: 'customer-phone-number',
  nesting: 'innermost',
  signals: [fromTables, fromLists, fromPairs],
  watchesText: true,
})

