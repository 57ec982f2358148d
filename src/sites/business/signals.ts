// Business detectors as data: each is a list of signals (one way of finding its elements: a table
// column, a key/value pair, a labelled list…) plus the rule for nested finds. The scanner runs
// them like any detector: it isolates errors, keeps each element once and applies the rule.
import type { Category } from '../../shared/categories'
import type { Detector, Match } from '../types'
import { within } from './structure'

/** One signal: the elements it shows for `root` (a value may lie outside a scanned cell's subtree). */
export type Signal = (root: Element | Document) => Iterable<Element>

export interface BusinessDetectorSpec {
  id: string
  category: Category
  /** Nested finds: a value inside its cell (innermost) or a labelled dot inside a matched cell (outermost). */
  nesting: 'innermost' | 'outermost'
  signals: readonly Signal[]
  watchesText?: boolean
  watchedAttributes?: readonly string[]
}

export function businessDetector(spec: BusinessDetectorSpec): Detector {
  const { id, category, nesting, signals, watchesText, watchedAttributes } = spec
  return {
    id,
    categories: [category],
    nesting,
    ...(watchesText ? { watchesText } : {}),
    ...(watchedAttributes ? { watchedAttributes } : {}),
    find(root) {
      const out: Match[] = []
      for (const signal of signals) for (const element of signal(root)) if (within(root, element)) out.push({ element, category })
      return out
    },
  }
}
