import type { Site, Match } from '../../../src/sites/types'
import { firstMatchPerElement, runDetector } from '../../../src/content/detection'
import { createScanContext } from '../../../src/sites/scan-context'

/** Runs every detector of a site on `root`, as the scanner does (one context, nesting rules, each element once per detector). */
export function runSite(site: Site, root: Element | Document): Match[] {
  const ctx = createScanContext()
  return site.detectors.flatMap((d) =>
    firstMatchPerElement(
      runDetector(d, root, ctx, (error) => {
        throw error
      }),
    ),
  )
}

/** A stable, readable description of an element for failure messages (never page text). */
export function describe(el: Element): string {
  const path: string[] = []
  let e: Element | null = el
  while (e && e.tagName !== 'HTML') {
    const parent: Element | null = e.parentElement
    const idx = parent ? Array.from(parent.children).indexOf(e) : 0
    path.unshift(`${e.tagName.toLowerCase()}[${idx}]`)
    e = parent
  }
  return path.join('>')
}

export function keyed(matches: Array<{ element: Element; category: string }>): string[] {
  return matches.map((m) => `${m.category} @ ${describe(m.element)}`).sort()
}
