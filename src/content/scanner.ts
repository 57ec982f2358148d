import type { Category } from '../shared/categories'
import type { DetectorHealth, ViewId } from '../shared/page'
import type { Detector, Match, ScanContext } from '../sites/types'
import { complementOf, queryAll } from '../shared/dom'
import { createScanContext } from '../sites/scan-context'
import { resolveMatches, runDetector } from './detection'
import { NOTE_ATTRIBUTE, Annotations, type Annotation } from './annotations'
import { AttributeRules } from './attribute-rules'
import { HealthBook } from './health'
import { now, outermost, RescanQueue, sliceBudget, type SliceBudget } from './rescan-queue'

export { NOTE_ATTRIBUTE }

/** Removed nodes are looked for among the annotations at most this often (a safety net; see sweep). */
const SWEEP_EVERY_MS = 250

export interface ScannerHooks {
  /** Categories switched off in the settings are neither annotated nor counted. */
  isCategoryEnabled(category: Category): boolean
  annotated(element: Element, category: Category): void
  removed(element: Element): void
  /** Called once per failing detector; the scan goes on without it. */
  detectorFailed(detectorId: string, error: unknown): void
}

/**
 * Owns detection and the data-privacy-note attribute. It runs detectors on the whole document
 * once, then only on the subtrees that mutations touch (queued, and rescanned in slices), and keeps
 * per-element state in a Map so removed elements can be dropped without rescanning the page.
 */
export class Scanner {
  readonly #annotations: Annotations
  readonly #healthBook: HealthBook
  readonly #attributeRules: AttributeRules
  readonly #queue = new RescanQueue()
  readonly #watchesText: boolean
  /** The page the scans run on (detectors' expectedOn asks about it for health). */
  #page: Document | null = null
  /** Attributes the page observer must report: the detectors' and our own mark. */
  readonly observedAttributes: string[]
  #removalsSinceSweep = false
  #lastSweep = -Infinity

  readonly #detectors: readonly Detector[]
  readonly #hooks: ScannerHooks

  constructor(detectors: readonly Detector[], hooks: ScannerHooks) {
    this.#detectors = detectors
    this.#hooks = hooks
    this.#annotations = new Annotations(hooks)
    this.#healthBook = new HealthBook(detectors, (id, error) => hooks.detectorFailed(id, error))
    this.#attributeRules = new AttributeRules(detectors)
    this.#watchesText = detectors.some((d) => d.watchesText)
    this.observedAttributes = [...this.#attributeRules.names, NOTE_ATTRIBUTE]
  }

  /** Runs every detector on `root`, reconciles annotations inside it, returns nothing page-derived. */
  scan(root: Element | Document, ctx: ScanContext = createScanContext()): void {
    this.#page ??= root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument
    const found = this.#detect(root, ctx)
    for (const el of queryAll(root, `[${NOTE_ATTRIBUTE}]`)) {
      // Also clears marks left on nodes that were removed and put back, or set by the page itself.
      if (!found.has(el)) this.#annotations.remove(el)
    }
    for (const [el, annotation] of found) this.#annotations.set(el, annotation)
  }

  /**
   * The first pass over a large page. Detection runs in one task (detectors then share their
   * queries, and a page cannot change between them); annotating follows in slices of
   * `sliceSize` that yield to the page in between, so no single task runs long. Each slice runs
   * in one synchronous go inside `write` (the annotator sets its marks unobserved).
   */
  async scanInSlices(root: Document, yieldToPage: () => Promise<void>, sliceSize = 500, write: <T>(slice: () => T) => T = (slice) => slice()): Promise<void> {
    const found: Array<{ matches: Match[]; detectorId: string }> = []
    this.#page = root
    const ctx = createScanContext()
    // One category per element: the first detector wins (an element annotated already is skipped below).
    for (const detector of this.#detectors) found.push({ matches: this.#runAround(detector, root, ctx), detectorId: detector.id })
    await yieldToPage()
    const slices = this.#annotateInSlices(found, sliceSize)
    while (!write(() => slices.next().done)) await yieldToPage()
  }

  /** Annotates the first pass's matches, pausing (yield) after every `sliceSize` elements annotated. */
  *#annotateInSlices(found: Array<{ matches: Match[]; detectorId: string }>, sliceSize: number): Generator<void, void> {
    let done = 0
    for (const { matches, detectorId } of found) {
      // Per category of this detector: its annotation, or null while switched off. Asked once per
      // slice, not per element (settings can only change while the pass yields).
      const annotationFor = new Map<Category, Annotation | null>()
      for (const match of matches) {
        const { element, category } = match
        let annotation = annotationFor.get(category)
        if (annotation === undefined) {
          annotation = this.#hooks.isCategoryEnabled(category) ? this.#annotations.of(detectorId, category) : null
          annotationFor.set(category, annotation)
        }
        if (!annotation || this.#annotations.has(element)) continue
        // An element the page removed while we yielded is dropped again by the mutation batch
        // that follows this pass (its removal record is queued meanwhile).
        this.#annotations.addNew(element, annotation)
        if (++done % sliceSize === 0) {
          yield
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
        record.removedNodes.forEach((node) => this.#dropWithin(node))
        record.addedNodes.forEach((node) => {
          if (node.nodeType === 1) roots.add(node as Element)
          else if (this.#watchesText && target.nodeType === 1) roots.add(target as Element)
        })
        if (this.#watchesText && record.removedNodes.length && target.nodeType === 1) roots.add(target as Element)
      } else if (record.type === 'attributes') {
        if (target.nodeType !== 1) continue
        if (record.attributeName === NOTE_ATTRIBUTE) this.#annotations.checkMark(target as Element)
        else if (this.#attributeRules.matters(record)) roots.add(target as Element)
      } else if (record.type === 'characterData' && this.#watchesText) {
        const parent = target.parentElement
        if (parent) roots.add(parent)
      }
    }
    this.#queue.addOutermost(roots)
  }

  /** Queues `root` for a rescan (a new <body>, say). */
  enqueue(root: Element): void {
    this.#queue.add(root)
  }

  /** Work is queued for runSlice. */
  get pending(): boolean {
    return this.#queue.pending
  }

  /** Rescans queued roots until the budget is spent (see RescanQueue.drain); true while work remains. */
  runSlice(budget: SliceBudget = sliceBudget()): boolean {
    // One context for the slice: the page cannot change during it.
    const ctx = createScanContext()
    const more = this.#queue.drain(budget, (root) => this.scan(root, ctx))
    if (!more) this.#sweep()
    return more
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
    this.#queue.clear()
    this.#annotations.removeWhere()
  }

  /** Removes the annotations of categories switched off (switched-on ones come back with a new pass). */
  dropDisabled(): void {
    this.#annotations.removeWhere((a) => !this.#hooks.isCategoryEnabled(a.category))
  }

  counts(): Partial<Record<Category, number>> {
    return this.#annotations.counts()
  }

  categoryOf(el: Element): Category | undefined {
    return this.#annotations.get(el)?.category
  }

  get size(): number {
    return this.#annotations.size
  }

  elementsOf(category: Category): Element[] {
    return this.#annotations.elementsOf(category)
  }

  /** Detectors the page is expected to show matches for (page-wide queries: see HealthBook.expectedOn). */
  expectedDetectors(): Set<string> {
    return this.#healthBook.expectedOn(this.#page)
  }

  /**
   * Each detector's status; whether it counts as core depends on the view that is open and on
   * `expected` (see expectedDetectors; asked afresh when not given).
   */
  health(view?: ViewId, expected: ReadonlySet<string> = this.expectedDetectors()): DetectorHealth[] {
    return this.#healthBook.report(this.#annotations.perDetector(), view, expected)
  }

  #detect(root: Element | Document, ctx: ScanContext): Map<Element, Annotation> {
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
    const resolved = resolveMatches(this.#detectors, root, ctx, {
      skip: (d) => skips(d.skipInside),
      enabled: (c) => this.#hooks.isCategoryEnabled(c),
      failed: (d, error) => this.#healthBook.fail(d.id, error),
    })
    const found = new Map<Element, Annotation>()
    for (const [element, { category, detectorId }] of resolved) found.set(element, this.#annotations.of(detectorId, category))
    return found
  }

  /**
   * Runs a detector on the whole document, but for one with a `skipInside` region, only on the
   * subtrees beside that region: a long message list is then not walked by detectors that can
   * find nothing in it.
   */
  #runAround(detector: Detector, doc: Document, ctx: ScanContext): Match[] {
    const region = detector.skipInside ? doc.querySelector(detector.skipInside) : null
    if (!region) return this.#run(detector, doc, ctx)
    return complementOf(region).flatMap((root) => this.#run(detector, root, ctx))
  }

  #run(detector: Detector, root: Element | Document, ctx: ScanContext): Match[] {
    return runDetector(detector, root, ctx, (error) => this.#healthBook.fail(detector.id, error))
  }

  #dropWithin(node: Node): void {
    if (node.nodeType !== 1 || this.#annotations.size === 0) return
    this.#removalsSinceSweep = true
    this.#annotations.forgetWithin(node as Element)
  }

  /**
   * Identity is the truth: annotated elements no longer on the page are forgotten, however they
   * left it (a subtree detached before its marks were stripped, a page that replaced <body>).
   * Runs when the queue is empty after removals, at most every SWEEP_EVERY_MS.
   */
  #sweep(force = false): void {
    if (!this.#removalsSinceSweep || (!force && now() - this.#lastSweep < SWEEP_EVERY_MS)) return
    this.#removalsSinceSweep = false
    this.#lastSweep = now()
    this.#annotations.forgetDetached()
  }

  /** Forgets every annotated element that has left the page, now. */
  forgetDetached(): void {
    this.#removalsSinceSweep = true
    this.#sweep(true)
  }
}
