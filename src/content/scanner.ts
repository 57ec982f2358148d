import type { Category } from '../shared/categories'
import type { DetectorHealth, ViewId } from '../shared/page'
import type { Detector, Match, ScanContext, WatchedAttribute } from '../sites/types'
import { complementOf, queryAll } from '../shared/dom'
import { createScanContext } from '../sites/scan-context'
import { resolveMatches, runDetector } from './detection'

export const NOTE_ATTRIBUTE = 'data-privacy-note'

/** A rescan slice ends once it has used this long (the page gets the main thread back)… */
export const SLICE_MS = 8
/** …or once it has scanned this many elements, whichever comes first. */
export const ELEMENTS_PER_SLICE = 6000
/**
 * A queued root with more elements than this is not scanned in one go: its children are queued
 * instead. Detectors claim the smallest element that shows a thing (see sites/types.ts), never a
 * container this large, so the root itself needs no look of its own.
 */
export const SPLIT_ABOVE = 1500
/** Removed nodes are looked for among the annotations at most this often (a safety net; see sweep). */
const SWEEP_EVERY_MS = 250

/** How much work one slice may do. Tests pass one without a clock, to count slices without timing them. */
export interface SliceBudget {
  elements: number
  /** performance.now() after which the slice ends; Infinity for none. */
  deadline: number
}

export function sliceBudget(): SliceBudget {
  return { elements: ELEMENTS_PER_SLICE, deadline: now() + SLICE_MS }
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now())

/** When an attribute change matters; see WatchedAttribute. `null`: any change, anywhere. */
type AttributeRule = { tokens: ReadonlySet<string> | null; on: string | null } | null

export interface ScannerHooks {
  /** Categories switched off in the settings are neither annotated nor counted. */
  isCategoryEnabled(category: Category): boolean
  annotated(element: Element, category: Category): void
  removed(element: Element): void
  /** Called once per failing detector; the scan goes on without it. */
  detectorFailed(detectorId: string, error: unknown): void
}

interface Annotation {
  readonly category: Category
  readonly detectorId: string
}

/**
 * Owns detection and the data-privacy-note attribute. It runs detectors on the whole
 * document once, then only on the subtrees that mutations touch, and keeps per-element
 * state in a Map so removed elements can be dropped without rescanning the page.
 */
export class Scanner {
  private readonly annotations = new Map<Element, Annotation>()
  /** Per interned annotation (detector + category), kept up to date so summaries never walk the annotations. */
  private readonly perAnnotation = new Map<Annotation, number>()
  private readonly failed = new Set<string>()
  /** One shared, immutable Annotation per detector and category (no object per element). */
  private readonly interned = new Map<string, Map<Category, Annotation>>()
  private readonly watchesText: boolean
  /** The page the scans run on (detectors' expectedOn asks about it for health). */
  private page: Document | null = null
  /** Per watched attribute, the rules under which a change of it matters (any one suffices). */
  private readonly attributeRules = new Map<string, AttributeRule[]>()
  /** Attributes the page observer must report: the detectors' and our own mark. */
  readonly observedAttributes: string[]
  /** Roots waiting to be rescanned; a stack, so a split root's children come next. */
  private readonly queue: Element[] = []
  private readonly queued = new Set<Element>()
  private removalsSinceSweep = false
  private lastSweep = -Infinity

  constructor(
    private readonly detectors: readonly Detector[],
    private readonly hooks: ScannerHooks,
  ) {
    this.watchesText = detectors.some((d) => d.watchesText)
    for (const detector of detectors) {
      for (const watched of detector.watchedAttributes ?? []) {
        const { name, rule } = ruleOf(watched)
        const rules = this.attributeRules.get(name) ?? []
        rules.push(rule)
        this.attributeRules.set(name, rules)
      }
    }
    this.observedAttributes = [...this.attributeRules.keys(), NOTE_ATTRIBUTE]
  }

  /** Runs every detector on `root`, reconciles annotations inside it, returns nothing page-derived. */
  scan(root: Element | Document, ctx: ScanContext = createScanContext()): void {
    this.page ??= root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument
    const found = this.detect(root, ctx)
    for (const el of queryAll(root, `[${NOTE_ATTRIBUTE}]`)) {
      // Also clears marks left on nodes that were removed and put back, or set by the page itself.
      if (!found.has(el)) this.unannotate(el)
    }
    for (const [el, annotation] of found) this.annotate(el, annotation)
  }

  /**
   * The first pass over a large page. Detection runs in one task (detectors then share their
   * queries, and a page cannot change between them); annotating follows in slices of
   * `sliceSize` that yield to the page in between, so no single task runs long.
   */
  async scanInSlices(root: Document, yieldToPage: () => Promise<void>, sliceSize = 500): Promise<void> {
    const found: Array<{ matches: Match[]; detectorId: string }> = []
    this.page = root
    const ctx = createScanContext()
    // One category per element: the first detector wins (an element annotated already is skipped below).
    for (const detector of this.detectors) found.push({ matches: this.runAround(detector, root, ctx), detectorId: detector.id })
    await yieldToPage()
    let done = 0
    for (const { matches, detectorId } of found) {
      // Per category of this detector: its annotation, or null while switched off. Asked once per
      // slice, not per element (settings can only change while the pass yields).
      const annotationFor = new Map<Category, Annotation | null>()
      for (const match of matches) {
        const { element, category } = match
        let annotation = annotationFor.get(category)
        if (annotation === undefined) {
          annotation = this.hooks.isCategoryEnabled(category) ? this.annotationOf(detectorId, category) : null
          annotationFor.set(category, annotation)
        }
        if (!annotation || this.annotations.has(element)) continue
        // An element the page removed while we yielded is dropped again by the mutation batch
        // that follows this pass (its removal record is queued meanwhile).
        this.annotateNew(element, annotation)
        if (++done % sliceSize === 0) {
          await yieldToPage()
          annotationFor.clear()
        }
      }
    }
  }

  /** Applies a batch of mutation records at once (one-shot pages and tests; live pages use take and runSlice). */
  applyMutations(records: readonly MutationRecord[]): void {
    this.take(records)
    while (this.runSlice({ elements: Infinity, deadline: Infinity }));
  }

  /**
   * Takes a batch of mutation records. Bookkeeping happens now (removed elements are forgotten,
   * marks the page changed are put back or dropped); rescans are queued for runSlice.
   */
  take(records: readonly MutationRecord[]): void {
    const roots = new Set<Element>()
    for (const record of records) {
      const target = record.target
      if (record.type === 'childList') {
        record.removedNodes.forEach((node) => this.dropWithin(node))
        record.addedNodes.forEach((node) => {
          if (node.nodeType === 1) roots.add(node as Element)
          else if (this.watchesText && target.nodeType === 1) roots.add(target as Element)
        })
        if (this.watchesText && record.removedNodes.length && target.nodeType === 1) roots.add(target as Element)
      } else if (record.type === 'attributes') {
        if (target.nodeType !== 1) continue
        if (record.attributeName === NOTE_ATTRIBUTE) this.checkMark(target as Element)
        else if (this.matters(record)) roots.add(target as Element)
      } else if (record.type === 'characterData' && this.watchesText) {
        const parent = target.parentElement
        if (parent) roots.add(parent)
      }
    }
    for (const root of outermost(roots)) this.enqueue(root)
  }

  /** Queues `root` for a rescan (a new <body>, say). */
  enqueue(root: Element): void {
    if (this.queued.has(root)) return
    this.queued.add(root)
    this.queue.push(root)
  }

  /** Work is queued for runSlice. */
  get pending(): boolean {
    return this.queue.length > 0
  }

  /**
   * Rescans queued roots until the budget is spent; true while work remains. A root larger than
   * SPLIT_ABOVE is replaced by its children, so no slice scans more than a budget's worth plus
   * one root of at most that size.
   */
  runSlice(budget: SliceBudget = sliceBudget()): boolean {
    let spent = 0
    // One context for the slice: the page cannot change during it.
    const ctx = createScanContext()
    // Ancestors known to lie under no queued root (siblings then stop one step up).
    const clear = new Set<Element>()
    while (this.queue.length) {
      const root = this.queue.pop()!
      this.queued.delete(root)
      if (!root.isConnected || this.insideQueued(root, clear)) continue
      const size = subtreeSize(root, SPLIT_ABOVE)
      if (size > SPLIT_ABOVE) {
        for (let child = root.lastElementChild; child; child = child.previousElementSibling) this.enqueue(child)
        continue
      }
      this.scan(root, ctx)
      spent += size
      if (spent >= budget.elements || now() >= budget.deadline) break
    }
    if (!this.queue.length) this.sweep()
    return this.queue.length > 0
  }

  /** Scans each of `roots` that is still on the page, once (roots inside another are covered by it). */
  scanRoots(roots: Set<Element>): void {
    // One context for the batch: the page cannot change between these synchronous scans.
    const ctx = createScanContext()
    for (const root of outermost(roots)) {
      if (root.isConnected) this.scan(root, ctx)
    }
  }

  /** Removes every annotation (annotations switched off, or the script is being torn down). */
  clear(): void {
    this.queue.length = 0
    this.queued.clear()
    for (const el of [...this.annotations.keys()]) this.unannotate(el)
  }

  /** Removes the annotations of categories switched off (switched-on ones come back with a new pass). */
  dropDisabled(): void {
    for (const [el, a] of [...this.annotations]) {
      if (!this.hooks.isCategoryEnabled(a.category)) this.unannotate(el)
    }
  }

  counts(): Partial<Record<Category, number>> {
    const counts: Partial<Record<Category, number>> = {}
    for (const [{ category }, n] of this.perAnnotation) if (n > 0) counts[category] = (counts[category] ?? 0) + n
    return counts
  }

  categoryOf(el: Element): Category | undefined {
    return this.annotations.get(el)?.category
  }

  get size(): number {
    return this.annotations.size
  }

  elementsOf(category: Category): Element[] {
    const out: Element[] = []
    for (const [el, a] of this.annotations) if (a.category === category) out.push(el)
    return out
  }

  /**
   * Detectors whose `expectedOn` says the page shows what they find. Each asks the whole page, so
   * the publisher takes this with the page facts and reuses it as long as it reuses them.
   */
  expectedDetectors(): Set<string> {
    const expected = new Set<string>()
    for (const detector of this.detectors) if (this.expected(detector)) expected.add(detector.id)
    return expected
  }

  /**
   * Each detector's status; whether it counts as core depends on the view that is open and on
   * `expected` (see expectedDetectors; asked afresh when not given).
   */
  health(view?: ViewId, expected: ReadonlySet<string> = this.expectedDetectors()): DetectorHealth[] {
    const perDetector = new Map<string, number>()
    for (const [{ detectorId }, n] of this.perAnnotation) perDetector.set(detectorId, (perDetector.get(detectorId) ?? 0) + n)
    return this.detectors.map((d) => {
      const matches = perDetector.get(d.id) ?? 0
      const status = this.failed.has(d.id) ? 'failed' : matches > 0 ? 'ok' : 'no-match'
      const core = (!!d.core && (!d.coreViews || (view !== undefined && d.coreViews.includes(view)))) || expected.has(d.id)
      return { id: d.id, core, status, matches }
    })
  }

  private expected(detector: Detector): boolean {
    if (!detector.expectedOn || !this.page) return false
    try {
      return detector.expectedOn(this.page)
    } catch {
      return false
    }
  }

  private detect(root: Element | Document, ctx: ScanContext): Map<Element, Annotation> {
    const inside = new Map<string, boolean>()
    const skips = (region: string | undefined): boolean => {
      if (!region || root.nodeType !== 1) return false
      let hit = inside.get(region)
      if (hit === undefined) {
        hit = (root as Element).closest(region) !== null
        inside.set(region, hit)
      }
      return hit
    }
    const resolved = resolveMatches(this.detectors, root, ctx, {
      skip: (d) => skips(d.skipInside),
      enabled: (c) => this.hooks.isCategoryEnabled(c),
      failed: (d, error) => this.failedOnce(d.id, error),
    })
    const found = new Map<Element, Annotation>()
    for (const [element, { category, detectorId }] of resolved) found.set(element, this.annotationOf(detectorId, category))
    return found
  }

  /**
   * Runs a detector on the whole document, but for one with a `skipInside` region, only on the
   * subtrees beside that region: a long message list is then not walked by detectors that can
   * find nothing in it.
   */
  private runAround(detector: Detector, doc: Document, ctx: ScanContext): Match[] {
    const region = detector.skipInside ? doc.querySelector(detector.skipInside) : null
    if (!region) return this.run(detector, doc, ctx)
    return complementOf(region).flatMap((root) => this.run(detector, root, ctx))
  }

  private run(detector: Detector, root: Element | Document, ctx: ScanContext): Match[] {
    return runDetector(detector, root, ctx, (error) => this.failedOnce(detector.id, error))
  }

  private failedOnce(detectorId: string, error: unknown): void {
    if (this.failed.has(detectorId)) return
    this.failed.add(detectorId)
    this.hooks.detectorFailed(detectorId, error)
  }

  private annotationOf(detectorId: string, category: Category): Annotation {
    let byCategory = this.interned.get(detectorId)
    if (!byCategory) this.interned.set(detectorId, (byCategory = new Map()))
    let annotation = byCategory.get(category)
    if (!annotation) byCategory.set(category, (annotation = Object.freeze({ category, detectorId })))
    return annotation
  }

  /** Annotates an element the scanner has no annotation for. */
  private annotateNew(el: Element, annotation: Annotation): void {
    this.annotations.set(el, annotation)
    this.count(annotation, 1)
    el.setAttribute(NOTE_ATTRIBUTE, annotation.category)
    this.hooks.annotated(el, annotation.category)
  }

  private annotate(el: Element, annotation: Annotation): void {
    const previous = this.annotations.get(el)
    if (!previous) {
      this.annotateNew(el, annotation)
      return
    }
    this.annotations.set(el, annotation)
    this.count(annotation, 1)
    this.count(previous, -1)
    // Unchanged elements are rescanned often (a tick's parent re-rendered): no write, no mutation record.
    if (el.getAttribute(NOTE_ATTRIBUTE) !== annotation.category) el.setAttribute(NOTE_ATTRIBUTE, annotation.category)
    if (previous.category !== annotation.category) this.hooks.annotated(el, annotation.category)
  }

  private unannotate(el: Element): void {
    el.removeAttribute(NOTE_ATTRIBUTE)
    if (this.forget(el)) this.hooks.removed(el)
  }

  private forget(el: Element): boolean {
    const annotation = this.annotations.get(el)
    if (!annotation) return false
    this.annotations.delete(el)
    this.count(annotation, -1)
    return true
  }

  private count(annotation: Annotation, delta: 1 | -1): void {
    this.perAnnotation.set(annotation, (this.perAnnotation.get(annotation) ?? 0) + delta)
  }

  private dropWithin(node: Node): void {
    if (node.nodeType !== 1 || this.annotations.size === 0) return
    this.removalsSinceSweep = true
    // Fast path by our mark; a mark the page stripped first was handled by its own record (checkMark).
    for (const el of queryAll(node as Element, `[${NOTE_ATTRIBUTE}]`)) {
      if (this.forget(el)) this.hooks.removed(el)
    }
  }

  /**
   * The page changed our mark on `el` (or set one itself). An annotated element still on the page
   * gets its mark back; one that left the page is forgotten; a mark we never set is removed.
   * Our own writes come back here too, and change nothing.
   */
  private checkMark(el: Element): void {
    const annotation = this.annotations.get(el)
    const mark = el.getAttribute(NOTE_ATTRIBUTE)
    if (!annotation) {
      if (mark !== null) el.removeAttribute(NOTE_ATTRIBUTE)
    } else if (!el.isConnected) {
      this.forget(el)
      this.hooks.removed(el)
    } else if (mark !== annotation.category) {
      el.setAttribute(NOTE_ATTRIBUTE, annotation.category)
    }
  }

  /**
   * Identity is the truth: annotated elements no longer on the page are forgotten, however they
   * left it (a subtree detached before its marks were stripped, a page that replaced <body>).
   * Runs when the queue is empty after removals, at most every SWEEP_EVERY_MS.
   */
  private sweep(force = false): void {
    if (!this.removalsSinceSweep || (!force && now() - this.lastSweep < SWEEP_EVERY_MS)) return
    this.removalsSinceSweep = false
    this.lastSweep = now()
    for (const el of [...this.annotations.keys()]) {
      if (!el.isConnected && this.forget(el)) this.hooks.removed(el)
    }
  }

  /** Forgets every annotated element that has left the page, now. */
  forgetDetached(): void {
    this.removalsSinceSweep = true
    this.sweep(true)
  }

  /** An attribute change can change some detector's result (see WatchedAttribute). */
  private matters(record: MutationRecord): boolean {
    const rules = this.attributeRules.get(record.attributeName ?? '')
    if (!rules) return false
    const el = record.target as Element
    for (const rule of rules) {
      if (rule === null) return true
      if (rule.on !== null && !el.matches(rule.on)) continue
      if (rule.tokens === null || tokensChanged(record.oldValue, el.getAttribute(record.attributeName!), rule.tokens)) return true
    }
    return false
  }

  private insideQueued(root: Element, clear: Set<Element>): boolean {
    if (!this.queued.size) return false
    const walked: Element[] = []
    for (let p = root.parentElement; p && !clear.has(p); p = p.parentElement) {
      if (this.queued.has(p)) return true
      walked.push(p)
    }
    for (const p of walked) clear.add(p)
    return false
  }
}

function ruleOf(watched: string | WatchedAttribute): { name: string; rule: AttributeRule } {
  if (typeof watched === 'string') return { name: watched, rule: null }
  const tokens = watched.tokens ? new Set(watched.tokens) : null
  const on = watched.on ?? null
  return { name: watched.name, rule: tokens || on ? { tokens, on } : null }
}

/** One of `tokens` was added to or removed from a whitespace-separated value (a class list). */
function tokensChanged(before: string | null, after: string | null, tokens: ReadonlySet<string>): boolean {
  const was = new Set((before ?? '').split(/\s+/))
  const is = new Set((after ?? '').split(/\s+/))
  for (const token of tokens) if (was.has(token) !== is.has(token)) return true
  return false
}

/** The number of elements in `root`'s subtree, counting no further than just past `limit`. */
export function subtreeSize(root: Element, limit: number): number {
  let n = 1
  let el: Element | null = root.firstElementChild
  while (el && n <= limit) {
    n++
    if (el.firstElementChild) {
      el = el.firstElementChild
      continue
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement
    el = el && el !== root ? el.nextElementSibling : null
  }
  return n
}

/** Keeps only roots that no other root contains, so each subtree is scanned once. */
function outermost(roots: Set<Element>): Element[] {
  if (roots.size < 2) return [...roots]
  const out: Element[] = []
  // Ancestors already known to lie under no root: sibling roots (a batch of new messages) then
  // stop one step up instead of each walking to the top of the page.
  const clear = new Set<Element>()
  for (const root of roots) {
    let covered = false
    const walked: Element[] = []
    for (let p = root.parentElement; p && !clear.has(p); p = p.parentElement) {
      if (roots.has(p)) {
        covered = true
        break
      }
      walked.push(p)
    }
    if (covered) continue
    for (const p of walked) clear.add(p)
    out.push(root)
  }
  return out
}
