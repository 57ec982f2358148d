import { afterAll, beforeAll } from 'vitest'
import type { Category } from '../../../src/shared/categories'
import type { Detector, Match } from '../../../src/sites/types'
import { firstMatchPerElement, runDetector } from '../../../src/content/detection'
import { createScanContext } from '../../../src/sites/scan-context'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { handPrivacyRowsTo } from '../../../src/sites/whatsapp-web/privacy-panels'
import { privacySubPanelKind } from '../../../src/sites/whatsapp-web/privacy-sub-panels'

/**
 * The suite runs as WhatsApp Web's content script does once the privacy reader has come: the reader
 * brings the names that tell the Privacy sub-panels (tests/unit/checkup/privacy-reader.test.ts covers
 * the time before).
 */
export function withPrivacyReaderLoaded(): void {
  beforeAll(() => handPrivacyRowsTo({ read: () => {}, subPanelKind: privacySubPanelKind }))
  afterAll(() => handPrivacyRowsTo(null))
}

/** A short, stable description of an element for failure messages (no text content). */
export function describe_(el: Element): string {
  const parts: string[] = []
  let node: Element | null = el
  while (node && parts.length < 4) {
    let s = node.tagName.toLowerCase()
    if (node.id) s += `#${node.id}`
    for (const a of ['data-icon', 'data-testid', 'role', 'aria-label', 'title', 'data-expect']) {
      const v = node.getAttribute(a)
      if (v != null) s += `[${a}="${v.slice(0, 30)}"]`
    }
    const cls = node.getAttribute('class')
    if (cls) s += '.' + cls.split(/\s+/).filter(Boolean).slice(0, 3).join('.')
    parts.unshift(s)
    node = node.parentElement
  }
  return parts.join(' > ')
}

export interface Found {
  element: Element
  categories: Category[]
  detectors: string[]
}

/** Run detectors on root; group matches by element. */
export function runAll(root: Element | Document, detectors: readonly Detector[] = whatsappWebSite.detectors): Map<Element, Found> {
  const found = new Map<Element, Found>()
  for (const d of detectors) {
    for (const m of find(d, root)) {
      const f = found.get(m.element) ?? { element: m.element, categories: [], detectors: [] }
      f.categories.push(m.category)
      f.detectors.push(d.id)
      found.set(m.element, f)
    }
  }
  return found
}

/** Lines "category  element" for expected and actual, sorted, for readable diffs. */
export function expectedLines(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('[data-expect]'))
    .map((el) => `${el.getAttribute('data-expect')}  ${describe_(el)}`)
    .sort()
}

export function actualLines(found: Map<Element, Found>): string[] {
  return Array.from(found.values())
    .map((f) => `${f.categories.join('+')}  ${describe_(f.element)}`)
    .sort()
}

/** Runs one detector as the scanner does (fresh scan context, its nesting rule, each element once). */
export function find(detector: Detector, root: Element | Document): Match[] {
  const matches = runDetector(detector, root, createScanContext(), (error) => {
    throw error
  })
  // Each element once, with its first category, as the scanner keeps it.
  return firstMatchPerElement(matches)
}
