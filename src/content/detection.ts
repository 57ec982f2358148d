// How detector results become annotations, in one place: the scanner (and the tests, which must
// see what the scanner sees) run detectors only through these functions.
//  - errors: a throwing detector yields nothing for this pass and is reported once, by id;
//  - nesting: a detector's `nesting` rule drops its own nested matches;
//  - one category per element: an element a detector returns twice keeps its first category, and
//    across detectors the first detector in the site's list wins. This is decided where matches
//    become annotations (resolveMatches, and the scanner's first pass, which both skip an element
//    they have), not per detector: a long chat's thousands of ticks are then not put in a set twice.

import type { Category } from '../shared/categories'
import type { Detector, Match, ScanContext } from '../sites/types'

/**
 * Runs one detector on `root`. Never throws: a failure is passed to `failed` and yields no matches.
 * An element may come more than once (see firstMatchPerElement).
 */
export function runDetector(detector: Detector, root: Element | Document, ctx: ScanContext, failed?: (error: unknown) => void): Match[] {
  let matches: Match[]
  try {
    if (!root || (root.nodeType !== 1 && root.nodeType !== 9)) return []
    const found = detector.find(root, ctx)
    matches = Array.isArray(found) ? found : []
  } catch (error) {
    failed?.(error)
    return []
  }
  return applyNesting(matches, detector.nesting)
}

/** The first match of each element, in order (what resolving matches keeps of one detector's). */
export function firstMatchPerElement(matches: Match[]): Match[] {
  if (matches.length < 2) return matches
  const seen = new Set<Element>()
  const out: Match[] = []
  for (const m of matches) {
    if (!m || seen.has(m.element)) continue
    seen.add(m.element)
    out.push(m)
  }
  return out
}

/** Drops matches nested in another match (outermost) or holding another match (innermost). */
function applyNesting(matches: Match[], rule: Detector['nesting']): Match[] {
  if (!rule || matches.length < 2) return matches
  const elements = new Set(matches.map((m) => m.element))
  if (rule === 'outermost') {
    return matches.filter(({ element }) => {
      for (let p = element.parentElement; p; p = p.parentElement) if (elements.has(p)) return false
      return true
    })
  }
  // Innermost: every ancestor of a match holds a match (one walk up per match, not a pairwise test).
  const holders = new Set<Element>()
  for (const element of elements) {
    for (let p = element.parentElement; p && !holders.has(p); p = p.parentElement) holders.add(p)
  }
  return matches.filter(({ element }) => !holders.has(element))
}

export interface Resolved {
  category: Category
  detectorId: string
}

/**
 * Every detector's matches in `root`, one category per element (first detector wins). `skip`
 * leaves a detector out (its region cannot hold anything here); `enabled` leaves categories out.
 */
export function resolveMatches(
  detectors: readonly Detector[],
  root: Element | Document,
  ctx: ScanContext,
  options: { skip?: (d: Detector) => boolean; enabled?: (c: Category) => boolean; failed?: (d: Detector, error: unknown) => void } = {},
): Map<Element, Resolved> {
  const found = new Map<Element, Resolved>()
  for (const detector of detectors) {
    if (options.skip?.(detector)) continue
    for (const { element, category } of runDetector(detector, root, ctx, (e) => options.failed?.(detector, e))) {
      if (found.has(element) || (options.enabled && !options.enabled(category))) continue
      found.set(element, { category, detectorId: detector.id })
    }
  }
  return found
}
