// The business's own phone numbers: quality rating (High/Medium/Low, GREEN/YELLOW/RED) and
// messaging limit (TIER_1K, "1K customers/24h"). Annotates the rating / limit element.
import { businessDetector } from './signals'
import { queryAll } from '../../shared/dom'
import { LIMIT_KEYS, LIMIT_VALUE, QUALITY_KEYS, QUALITY_VALUES, TIER_ENUM } from './keywords'
import { column, isEditable, isHidden, isInProse, keyText, pairsFor, tablesFor, valueElement } from './structure'
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

function fromTables(root: Element | Document): Element[] {
  const found: Element[] = []
  for (const view of tablesFor(root)) {
    view.headers.forEach((header, i) => {
      const kind = kindOfKey(header)
      if (!kind) return
      for (const cell of column(view, i)) {
        if (!accept(cell, kind)) continue
        const el = valueElement(cell)
        found.push(el)
      }
    })
  }
  return found
}

function fromPairs(root: Element | Document): Element[] {
  const found: Element[] = []
  for (const pair of pairsFor(root)) {
    const kind = kindOfKey(keyText(pair))
    if (!kind || !accept(pair.value, kind)) continue
    const el = valueElement(pair.value)
    found.push(el)
  }
  return found
}

/** A badge labelled "Quality rating: High" (icon-only rating). */
function fromLabels(root: Element | Document): Element[] {
  const found: Element[] = []
  for (const el of queryAll(root, '[aria-label]')) {
    const label = norm(el.getAttribute('aria-label'))
    if (!hasAnySubstring(label, QUALITY_KEYS)) continue
    const words = label.split(' ')
    if (!words.some((w) => QUALITY_VALUES.has(w)) || isEditable(el) || isHidden(el)) continue
    found.push(el)
  }
  return found
}

/** TIER_1K … shown raw: unambiguous anywhere outside prose and code. */
function fromTierEnums(root: Element | Document): Element[] {
  const found: Element[] = []
  for (const el of queryAll(root, 'span, div, td, dd, strong, b, [role="gridcell"], [role="cell"]')) {
    if (el.children.length > 0 || isInProse(el) || isHidden(el)) continue
    if (TIER_ENUM.test(rawText(el))) found.push(el)
  }
  return found
}

export const phoneQualityDetector = businessDetector({
  id: 'biz.phone-quality',
  category: 'business-phone-quality',
  // Outermost: a labelled dot inside an already matched cell is one thing shown.
  nesting: 'outermost',
  signals: [fromTables, fromPairs, fromLabels, fromTierEnums],
  watchesText: true,
  watchedAttributes: ['aria-label'],
})
