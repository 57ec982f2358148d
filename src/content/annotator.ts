import type { Category } from '../shared/categories'
import type { PageSummary } from '../shared/page'
import type { Site } from '../sites/types'
import { annotationsActive, type Settings } from '../settings/schema'
import { Overlay, type OverlayText, type TooltipContent } from '../overlay/overlay'
import { Scanner } from './scanner'
import { SummaryPublisher } from './publisher'

export interface AnnotatorDeps {
  describe(category: Category): TooltipContent
  text: OverlayText
  /** Receives the page summary whenever it changes (debounced). Never page text. */
  publish(summary: PageSummary): void
  /** Keep watching the page after the first pass (false for "Annotate this page" one-shots). */
  live?: boolean
  /** Opens a category's full note in the library (the tooltip's "Read the full note"). */
  openFullNote?(category: Category): void
}

const FLUSH_FALLBACK_MS = 100
/** The first pass waits for an idle moment, but never longer than this. */
const FIRST_PASS_LATEST_MS = 1000

/**
 * The content script's lifecycle for one site: waits for the app to be ready, scans once in
 * slices, then takes mutation batches once per frame and rescans what they touched in slices.
 * Settings changes apply live. Summaries go out through the SummaryPublisher.
 */
export class Annotator {
  private readonly scanner: Scanner
  private readonly publisher: SummaryPublisher
  private overlay: Overlay | null = null
  private observer: MutationObserver | null = null
  /** The <body> and <html> being observed: a page that replaces either is observed afresh. */
  private observedBody: Element | null = null
  private observedRoot: Element | null = null
  private pending: MutationRecord[] = []
  private flushScheduled = false
  private sliceScheduled = false
  /** waiting: the app has not rendered yet; scanning: first sliced pass; live: incremental. */
  private phase: 'waiting' | 'scanning' | 'live' = 'waiting'
  /** Settings changed during a pass: run one more when it ends. */
  private passAgain = false
  private running = false
  private firstPassQueued = false

  constructor(
    private readonly site: Site,
    private readonly doc: Document,
    private settings: Settings,
    private readonly deps: AnnotatorDeps,
  ) {
    this.scanner = new Scanner(this.site.detectors, {
      isCategoryEnabled: (c) => !this.settings.disabledCategories.includes(c),
      annotated: (el, c) => this.overlay?.track(el, c),
      removed: (el) => this.overlay?.untrack(el),
      detectorFailed: (id, error) => console.warn(`[Metadata Lens] detector ${id} failed and is skipped:`, error),
    })
    this.publisher = new SummaryPublisher(
      {
        counts: () => this.scanner.counts(),
        total: () => this.scanner.size,
        health: (view) => this.scanner.health(view),
        facts: (detected) => this.site.facts(this.doc, detected),
        ready: () => this.site.isReady(this.doc),
        annotationsOn: () => this.running,
        whenIdle: (fn, timeout) => this.whenIdle(fn, timeout),
      },
      (summary) => this.deps.publish(summary),
    )
  }

  get active(): boolean {
    return annotationsActive(this.settings, this.site.id)
  }

  /** waiting, scanning or live (for tests and diagnostics). */
  get state(): 'stopped' | 'waiting' | 'scanning' | 'live' {
    return this.running ? this.phase : 'stopped'
  }

  start(): void {
    if (this.running || !this.active) {
      this.publisher.schedule()
      return
    }
    this.running = true
    const ready = this.site.isReady(this.doc)
    // A page that is ready gets its overlay now; one still loading, with its first pass.
    if (ready) this.ensureOverlay()
    if (this.deps.live !== false) {
      this.observer = new MutationObserver((records) => this.onMutations(records))
      this.observe()
    }
    this.phase = 'waiting'
    this.startWhenIdle()
    // A page that is ready publishes when its first pass ends: a summary taken before would only
    // hold part of the counts, and would cost a second summary within the first second. A page
    // still loading says so now.
    if (!ready) this.publisher.schedule()
  }

  /**
   * Observes <body> (its subtree), and <html> and the document (their children only), so a page
   * that replaces <body> or <html> is noticed and observed anew.
   */
  private observe(): void {
    const observer = this.observer
    if (!observer) return
    const body = this.doc.body ?? this.doc.documentElement
    const root = this.doc.documentElement
    this.observedBody = body
    this.observedRoot = root
    observer.observe(this.doc, { childList: true })
    if (root && root !== body) observer.observe(root, { childList: true })
    if (!body) return
    const attributes = this.scanner.observedAttributes
    observer.observe(body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: attributes,
      // Class tokens that matter are told apart by comparing with the old value.
      attributeOldValue: true,
      characterData: true,
    })
  }

  /** <body> or <html> was replaced: observe the new ones, and rescan them in slices. */
  private observeAgain(): void {
    const observer = this.observer
    if (!observer) return
    this.pending.push(...observer.takeRecords())
    observer.disconnect()
    this.observe()
    // Whatever lived in the old tree is gone, however it left.
    this.scanner.forgetDetached()
    // (Before the first pass, that pass will cover them.)
    const fresh = this.doc.body ?? this.doc.documentElement
    if (fresh && this.phase === 'live') this.scanner.enqueue(fresh)
  }

  /**
   * Starts the first pass once the page is idle (at the latest after FIRST_PASS_LATEST_MS): a page
   * that is still loading gets the main thread first, and the pass is not slowed by it either.
   */
  private startWhenIdle(): void {
    if (this.firstPassQueued) return
    this.firstPassQueued = true
    this.whenIdle(() => {
      this.firstPassQueued = false
      if (this.running && this.phase === 'waiting' && this.site.isReady(this.doc)) void this.initialScan()
    }, FIRST_PASS_LATEST_MS)
  }

  private whenIdle(fn: () => void, timeout: number): void {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null
    if (view && 'requestIdleCallback' in view) view.requestIdleCallback(fn, { timeout })
    else setTimeout(fn, 50)
  }

  stop(): void {
    this.running = false
    this.observer?.disconnect()
    this.observer = null
    this.pending = []
    this.scanner.clear()
    this.overlay?.destroy()
    this.overlay = null
    this.publisher.schedule()
  }

  applySettings(next: Settings): void {
    const before = this.settings
    this.settings = next
    if (!this.active) {
      if (this.running) this.stop()
      else this.publisher.schedule()
      return
    }
    if (!this.running) {
      this.start()
      return
    }
    if (
      before.markerStyle !== next.markerStyle ||
      JSON.stringify(before.categoryMarkerStyles) !== JSON.stringify(next.categoryMarkerStyles)
    ) {
      this.overlay?.setStyle(next.markerStyle, next.categoryMarkerStyles)
    }
    if (before.disabledCategories.join() !== next.disabledCategories.join()) {
      this.scanner.dropDisabled()
      // Switched-on categories come back through the same sliced pass as the first load.
      // (While still waiting for the app, the first pass will pick them up anyway.)
      if (this.phase === 'scanning') this.passAgain = true
      else if (this.phase === 'live') void this.initialScan()
      this.publisher.schedule()
    }
  }

  /** The page summary, with facts no older than `maxFactsAgeMs`. */
  summary(maxFactsAgeMs = 0): PageSummary {
    return this.publisher.summary(maxFactsAgeMs)
  }

  /** The tooltip texts changed (they arrived from the background): an open tooltip shows them. */
  contentChanged(): void {
    this.overlay?.contentChanged()
  }

  /** Scrolls the first element of a category into view and flashes its markers. */
  showOnPage(category: Category): number {
    const elements = this.scanner.elementsOf(category).filter((el) => el.isConnected)
    if (!elements.length || !this.overlay) return 0
    elements[0].scrollIntoView({ block: 'center', behavior: 'auto' })
    this.overlay.flash(elements)
    return elements.length
  }

  /**
   * The in-page overlay: built at start on a page that is ready, else when the first pass begins. A
   * page still loading (or one that never becomes the app, like the link-a-device screen) needs no
   * markers, and gets no host element from us.
   */
  private ensureOverlay(): Overlay {
    this.overlay ??= new Overlay(this.doc, {
      describe: this.deps.describe,
      text: this.deps.text,
      openFullNote: this.deps.openFullNote,
      style: this.settings.markerStyle,
      categoryStyles: this.settings.categoryMarkerStyles,
      orderedRegion: this.site.orderedRegion,
      categoryOf: (el) => this.scanner.categoryOf(el),
    })
    return this.overlay
  }

  private async initialScan(): Promise<void> {
    this.phase = 'scanning'
    this.ensureOverlay().hold()
    try {
      await this.scanner.scanInSlices(this.doc, yieldToPage)
    } catch (error) {
      console.warn('[Metadata Lens] first scan failed:', error)
    }
    this.overlay?.release()
    if (!this.running) return
    if (this.passAgain) {
      this.passAgain = false
      return this.initialScan()
    }
    this.phase = 'live'
    // Mutations that arrived meanwhile touch subtrees that may have changed after their slice.
    this.flush()
    this.rescanNewestRows()
    this.publisher.schedule()
  }

  /**
   * Runs the newest rows of the ordered region (the latest messages) through the live path once.
   * Nothing changes (they were annotated by the first pass), but that path is then compiled and
   * warm: the first messages to arrive cost what later ones do, not several times more.
   */
  private rescanNewestRows(): void {
    const selector = this.site.orderedRegion
    const newest = selector ? this.doc.querySelector(selector)?.lastElementChild : null
    if (!newest) return
    const rows = new Set([newest])
    if (newest.previousElementSibling) rows.add(newest.previousElementSibling)
    try {
      this.scanner.scanRoots(rows)
    } catch (error) {
      console.warn('[Metadata Lens] scan failed:', error)
    }
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.running) return
    for (const r of records) this.pending.push(r)
    this.publisher.pageChanged()
    if (this.flushScheduled) return
    this.flushScheduled = true
    const view = this.doc.defaultView
    let done = false
    const run = () => {
      if (done) return
      done = true
      this.flushScheduled = false
      this.flush()
    }
    // A frame when visible; the timeout keeps hidden tabs (no frames) up to date too.
    view?.requestAnimationFrame(run)
    setTimeout(run, FLUSH_FALLBACK_MS)
  }

  private flush(): void {
    if (!this.running || this.phase === 'scanning') return
    try {
      if (this.doc.body !== this.observedBody || this.doc.documentElement !== this.observedRoot) this.observeAgain()
      const records = this.pending
      this.pending = []
      if (this.phase === 'waiting') {
        // The app just finished loading: one sliced pass, once it is idle, instead of a huge synchronous scan.
        if (this.site.isReady(this.doc)) this.startWhenIdle()
        return
      }
      this.scanner.take(records)
    } catch (error) {
      console.warn('[Metadata Lens] scan failed:', error)
    }
    this.runSlice()
  }

  /** One slice of queued rescans now; the rest after yielding to the page. */
  private runSlice(): void {
    if (!this.running || this.phase !== 'live') return
    let more = false
    try {
      more = this.scanner.runSlice()
    } catch (error) {
      console.warn('[Metadata Lens] scan failed:', error)
    }
    this.publisher.schedule()
    if (!more || this.sliceScheduled) return
    this.sliceScheduled = true
    void yieldToPage().then(() => {
      this.sliceScheduled = false
      this.runSlice()
    })
  }
}

type PostTask = (fn: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }) => Promise<void>

/** Gives the main thread back to the page: a scheduler task where there is one, else a timer. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'user-visible' })
  return new Promise((resolve) => setTimeout(resolve, 0))
}
