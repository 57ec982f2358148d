// The business's own phone numbers: quality rating (High/Medium/Low, GREEN/YELLOW/RED) and
// messaging limit (TIER_1K, "1K customers/24h"). Annotates the rating / limit element.
import type { Detector, Match } from '../types'
import { queryAll } from '../../shared/dom'
import { LIMIT_KEYS, LIMIT_VALUE, QUALITY_KEYS, QUALITY_VALUES, TIER_ENUM } from './keywords'
import { safely } from './safe'
import { column, dedupe, isEditable, isHidden, isInProse, keyText, pairsFor, tablesFor, valueElement, within } from './structure'
import { hasAnySubstring, norm, rawText } from './text'

function qualityValue(el: Element): boolean {
  const v = norm(el.textContent)
  if (QUALITY_VALUES.has(v)) return true
  // A coloured dot with only an aria-label ("High").
  if (v === '') return QUALITY_VALUES.has(norm(el.getAttribute('aria-label') ?? el.querySelector('[aria-label]')?.getAttribute('aria-label')))
  return false
}

function limitValue(el: Element): boolean {
  const raw = rawText(el)
  return TIER_ENUM.test(raw) || LIMIT_VALUE.test(norm(raw).replace(/_/g, ' '))
}

function kindOfKey(key: string): 'quality' | 'limit' | null {
  if (hasAnySubstring(key, QUALITY_KEYS)) return 'quality'
  if (hasAnySubstring(key, LIMIT_KEYS)) return 'limit'
  return null
}

function accept(el: Element, kind: 'quality' | 'limit'): boolean {
  if (isEditable(el) || isHidden(el)) return false
  return kind === 'quality' ? qualityValue(el) : limitValue(el)
}

function fromTables(root: Element | Document, out: Match[]): void {
  for (const view of tablesFor(root)) {
    view.headers.forEach((header, i) => {
      const kind = kindOfKey(header)
      if (!kind) return
      for (const cell of column(view, i)) {
        if (!accept(cell, kind)) continue
        const el = valueElement(cell)
        if (within(root, el)) out.push({ element: el, category: 'business-phone-quality' })
      }
    })
  }
}

function fromPairs(root: Element | Document, out: Match[]): void {
  for (const pair of pairsFor(root)) {
    const kind = kindOfKey(keyText(pair))
    if (!kind || !accept(pair.value, kind)) continue
    const el = valueElement(pair.value)
    if (within(root, el)) out.push({ element: el, category: 'business-phone-quality' })
  }
}

/** A badge labelled "Quality rating: High" (icon-only rating). */
function fromLabels(root: Element | Document, out: Match[]): void {
  for (const el of queryAll(root, '[aria-label]')) {
    const label = norm(el.getAttribute('aria-label'))
    if (!hasAnySubstring(label, QUALITY_KEYS)) continue
    const words = label.split(' ')
    if (!words.some((w) => QUALITY_VALUES.has(w)) || isEditable(el) || isHidden(el)) continue
    out.push({ element: el, category: 'business-phone-quality' })
  }
}

/** TIER_1K … shown raw: unambiguous anywhere outside prose and code. */
function fromTierEnums(root: Element | Document, out: Match[]): void {
  for (const el of queryAll(root, 'span, div, td, dd, strong, b, [role="gridcell"], [role="cell"]')) {
    if (el.children.length > 0 || isInProse(el) || isHidden(el)) continue
    if (TIER_ENUM.test(rawText(el))) out.push({ element: el, category: 'business-phone-quality' })
  }
}

export const phoneQualityDetector: Detector = {
  id: 'biz.phone-quality',
  categories: ['business-phone-quality'],
  watchesText: true,
  watchedAttributes: ['aria-label'],
  find: safely((root) => {
    const out: Match[] = []
    fromTables(root, out)
    fromPairs(root, out)
    fromLabels(root, out)
    fromTierEnums(root, out)
    // Outermost wins here: a labelled dot inside an already matched cell is one thing shown.
    return dedupe(out, false)
  }),
}
