import type { Category } from '../shared/categories'
import type { PageSummary } from '../shared/page'
import type { Site } from '../sites/types'
import { annotationsActive, type Settings } from '../settings/schema'
import { Overlay, type OverlayText, type TooltipContent } from '../overlay/overlay'
import type { NoteMaker } from '../overlay/tooltip'
import { Scanner } from './scanner'
import { SummaryPublisher } from './publisher'
import { PageWatch } from './page-watch'
import { whenIdle, yieldToPage } from './scheduling'

export interface AnnotatorDeps {
  describe(category: Category): TooltipContent
  text: OverlayText
  /** Receives the page summary whenever it changes (debounced). Never page text. */
  publish(summary: PageSummary): void
  /** Keep watching the page after the first pass (false for "Annotate this page" one-shots). */
  live?: boolean
  /** Opens a category's full note in the library (the tooltip's "Read the full note"). */
  openFullNote?(category: Category): void
  /** Makes the overlay's tooltip (OverlayOptions.note). */
  note: NoteMaker
}

/** The first pass waits for an idle moment, but never longer than this. */
const FIRST_PASS_LATEST_MS = 1000

/**
 * The content script's lifecycle for one site: waits for the app to be ready, scans once in
 * slices, then takes mutation batches (PageWatch, once per frame) and rescans what they touched in
 * slices. Settings changes apply live. Summaries go out through the SummaryPublisher.
 */
export class Annotator {
  readonly #scanner: Scanner
  readonly #publisher: SummaryPublisher
  readonly #watch: PageWatch
  #overlay: Overlay | null = null
  #sliceScheduled = false
  /** waiting: the app has not rendered yet; scanning: first sliced pass; live: incremental. */
  #phase: 'waiting' | 'scanning' | 'live' = 'waiting'
  /** Settings changed during a pass: run one more when it ends. */
  #passAgain = false
  #running = false
  #firstPassQueued = false

  readonly #site: Site
  readonly #doc: Document
  #settings: Settings
  readonly #deps: AnnotatorDeps

  constructor(site: Site, doc: Document, settings: Settings, deps: AnnotatorDeps) {
    this.#site = site
    this.#doc = doc
    this.#settings = settings
    this.#deps = deps
    this.#scanner = new Scanner(this.#site.detectors, {
      isCategoryEnabled: (c) => !this.#settings.disabledCategories.includes(c),
      annotated: (el, c) => this.#overlay?.track(el, c),
      removed: (el) => this.#overlay?.untrack(el),
      detectorFailed: (id, error) => console.warn(`[Metadata Lens] detector ${id} failed and is skipped:`, error),
    })
    this.#publisher = new SummaryPublisher(
      {
        counts: () => this.#scanner.counts(),
        total: () => this.#scanner.size,
        health: (view, expected) => this.#scanner.health(view, expected),
        expectedDetectors: () => this.#scanner.expectedDetectors(),
        facts: (detected) => this.#site.facts(this.#doc, detected),
        ready: () => this.#site.isReady(this.#doc),
        annotationsOn: () => this.#running,
        whenIdle: (fn, timeout) => whenIdle(this.#doc, fn, timeout),
      },
      (summary) => this.#deps.publish(summary),
    )
    this.#watch = new PageWatch(doc, this.#scanner.observedAttributes, {
      changed: () => this.#publisher.pageChanged(),
      batch: () => this.#flush(),
    })
  }

  get active(): boolean {
    return annotationsActive(this.#settings, this.#site.id)
  }

  /** waiting, scanning or live (for tests and diagnostics). */
  get state(): 'stopped' | 'waiting' | 'scanning' | 'live' {
    return this.#running ? this.#phase : 'stopped'
  }

  start(): void {
    if (this.#running || !this.active) {
      this.#publisher.schedule()
      return
    }
    this.#running = true
    const ready = this.#site.isReady(this.#doc)
    // A page that is ready gets its overlay now; one still loading, with its first pass.
    if (ready) this.#ensureOverlay()
    if (this.#deps.live !== false) this.#watch.start()
    this.#phase = 'waiting'
    this.#startWhenIdle()
    // A page that is ready publishes when its first pass ends: a summary taken before would only
    // hold part of the counts, and would cost a second summary within the first second. A page
    // still loading says so now.
    if (!ready) this.#publisher.schedule()
  }

  /**
   * Starts the first pass once the page is idle (at the latest after FIRST_PASS_LATEST_MS): a page
   * that is still loading gets the main thread first, and the pass is not slowed by it either.
   */
  #startWhenIdle(): void {
    if (this.#firstPassQueued) return
    this.#firstPassQueued = true
    whenIdle(this.#doc, () => {
      this.#firstPassQueued = false
      if (this.#running && this.#phase === 'waiting' && this.#site.isReady(this.#doc)) void this.#initialScan()
    }, FIRST_PASS_LATEST_MS)
  }

  stop(): void {
    this.#running = false
    this.#watch.stop()
    this.#scanner.clear()
    this.#overlay?.destroy()
    this.#overlay = null
    this.#publisher.schedule()
  }

  applySettings(next: Settings): void {
    const before = this.#settings
    this.#settings = next
    if (!this.active) {
      if (this.#running) this.stop()
      else this.#publisher.schedule()
      return
    }
    if (!this.#running) {
      this.start()
      return
    }
    if (
      before.markerStyle !== next.markerStyle ||
      JSON.stringify(before.categoryMarkerStyles) !== JSON.stringify(next.categoryMarkerStyles)
    ) {
      this.#overlay?.setStyle(next.markerStyle, next.categoryMarkerStyles)
    }
    if (before.disabledCategories.join() !== next.disabledCategories.join()) {
      this.#scanner.dropDisabled()
      // Switched-on categories come back through the same sliced pass as the first load.
      // (While still waiting for the app, the first pass will pick them up anyway.)
      if (this.#phase === 'scanning') this.#passAgain = true
      else if (this.#phase === 'live') void this.#initialScan()
      this.#publisher.schedule()
    }
  }

  /** The page summary, with facts no older than `maxFactsAgeMs`. */
  summary(maxFactsAgeMs = 0): PageSummary {
    return this.#publisher.summary(maxFactsAgeMs)
  }

  /**
   * Scans `root` again, in the next slice: something that decides what a detector finds there changed
   * without the page changing (WhatsApp Web's privacy reader arrived). Before the first pass ends, that
   * pass or the slices after it cover it.
   */
  rescan(root: Element): void {
    if (!this.#running) return
    this.#scanner.enqueue(root)
    this.#runSlice()
  }

  /** The tooltip texts changed (they arrived from the background): an open tooltip shows them. */
  contentChanged(): void {
    this.#overlay?.contentChanged()
  }

  /** Scrolls the first element of a category into view and flashes its markers. */
  showOnPage(category: Category): number {
    const elements = this.#scanner.elementsOf(category).filter((el) => el.isConnected)
    if (!elements.length || !this.#overlay) return 0
    elements[0].scrollIntoView({ block: 'center', behavior: 'auto' })
    this.#overlay.flash(elements)
    return elements.length
  }

  /**
   * The in-page overlay: built at start on a page that is ready, else when the first pass begins. A
   * page still loading (or one that never becomes the app, like the link-a-device screen) needs no
   * markers, and gets no host element from us.
   */
  #ensureOverlay(): Overlay {
    this.#overlay ??= new Overlay(this.#doc, {
      describe: this.#deps.describe,
      text: this.#deps.text,
      openFullNote: this.#deps.openFullNote,
      note: this.#deps.note,
      style: this.#settings.markerStyle,
      categoryStyles: this.#settings.categoryMarkerStyles,
      orderedRegion: this.#site.orderedRegion,
      categoryOf: (el) => this.#scanner.categoryOf(el),
    })
    return this.#overlay
  }

  async #initialScan(): Promise<void> {
    this.#phase = 'scanning'
    this.#ensureOverlay().hold()
    try {
      await this.#scanner.scanInSlices(this.#doc, yieldToPage, undefined, (slice) => this.#watch.unobserved(slice))
    } catch (error) {
      console.warn('[Metadata Lens] first scan failed:', error)
    }
    this.#overlay?.release()
    if (!this.#running) return
    if (this.#passAgain) {
      this.#passAgain = false
      return this.#initialScan()
    }
    this.#phase = 'live'
    // Mutations that arrived meanwhile touch subtrees that may have changed after their slice.
    this.#flush()
    this.#rescanNewestRows()
    this.#publisher.schedule()
  }

  /**
   * Runs the newest rows of the ordered region (the latest messages) through the live path once.
   * Nothing changes (they were annotated by the first pass), but that path is then compiled and
   * warm: the first messages to arrive cost what later ones do, not several times more.
   */
  #rescanNewestRows(): void {
    const selector = this.#site.orderedRegion
    const newest = selector ? this.#doc.querySelector(selector)?.lastElementChild : null
    if (!newest) return
    const rows = new Set([newest])
    if (newest.previousElementSibling) rows.add(newest.previousElementSibling)
    try {
      this.#scanner.scanRoots(rows)
    } catch (error) {
      console.warn('[Metadata Lens] scan failed:', error)
    }
  }

  /** A batch of mutations (or the end of the first pass): bookkeeping now, rescans in slices. */
  #flush(): void {
    if (!this.#running || this.#phase === 'scanning') return
    try {
      const { records, replaced } = this.#watch.take()
      if (replaced) this.#pageReplaced()
      if (this.#phase === 'waiting') {
        // The app just finished loading: one sliced pass, once it is idle, instead of a huge synchronous scan.
        if (this.#site.isReady(this.#doc)) this.#startWhenIdle()
        return
      }
      this.#scanner.take(records)
    } catch (error) {
      console.warn('[Metadata Lens] scan failed:', error)
    }
    this.#runSlice()
  }

  /** <body> or <html> was replaced: whatever lived in the old tree is gone; the new one is rescanned in slices. */
  #pageReplaced(): void {
    this.#scanner.forgetDetached()
    // (Before the first pass, that pass will cover it.)
    const fresh = this.#doc.body ?? this.#doc.documentElement
    if (fresh && this.#phase === 'live') this.#scanner.enqueue(fresh)
  }

  /** One slice of queued rescans now; the rest after yielding to the page. */
  #runSlice(): void {
    if (!this.#running || this.#phase !== 'live') return
    let more = false
    try {
      more = this.#watch.unobserved(() => this.#scanner.runSlice())
    } catch (error) {
      console.warn('[Metadata Lens] scan failed:', error)
    }
    this.#publisher.schedule()
    if (!more || this.#sliceScheduled) return
    this.#sliceScheduled = true
    void yieldToPage().then(() => {
      this.#sliceScheduled = false
      this.#runSlice()
    })
  }
}
