// Customers' phone numbers in tables, grids, labelled recipient lists and key/value pairs.
// Precision first: a phone-like value counts only with structure saying "this column/list/key
// holds recipients", or when a whole column is international (E.164-like) numbers.
import type { Detector, Match } from '../types'
import { isPhoneHeader, phoneColumns } from './columns'
import { OWN_NUMBER_CONTEXT } from './keywords'
import { safely } from './safe'
import {
  column,
  dedupe,
  isEditable,
  isHidden,
  keyText,
  labelOf,
  pairsFor,
  tablesFor,
  valueElement,
  within,
} from './structure'
import { hasAnyPhrase, hasAnySubstring, isPhoneLike, rawText } from './text'
import { queryAll } from '../../shared/dom'

const LIST_SELECTOR = '[role="listbox"], [role="list"], ul, ol'
const ITEM_SELECTOR = '[role="option"], [role="listitem"], li'

function fromTables(root: Element | Document, out: Match[]): void {
  for (const view of tablesFor(root)) {
    for (const i of phoneColumns(view)) {
      for (const cell of column(view, i)) {
        if (isEditable(cell) || isHidden(cell) || !isPhoneLike(rawText(cell))) continue
        const el = valueElement(cell)
        if (within(root, el)) out.push({ element: el, category: 'customer-phone-number' })
      }
    }
  }
}

function fromLists(root: Element | Document, out: Match[]): void {
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
      if (within(root, el)) out.push({ element: el, category: 'customer-phone-number' })
    }
  }
}

function fromPairs(root: Element | Document, out: Match[]): void {
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
    if (within(root, el)) out.push({ element: el, category: 'customer-phone-number' })
  }
}

export const customerPhoneDetector: Detector = {
  id: 'biz.customer-phone',
  categories: ['customer-phone-number'],
  watchesText: true,
  find: safely((root) => {
    const out: Match[] = []
    fromTables(root, out)
    fromLists(root, out)
    fromPairs(root, out)
    return dedupe(out)
  }),
}

