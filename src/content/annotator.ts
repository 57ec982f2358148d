import type { Category } from '../shared/categories'
import type { PageSummary } from '../shared/page'
import type { Site } from '../sites/types'
import { annotationsActive, type Settings } from '../settings/schema'
import { Overlay, type OverlayText, type TooltipContent } from '../overlay/overlay'
import { Scanner } from './scanner'

export interface AnnotatorDeps {
  describe(category: Category): TooltipContent
  text: OverlayText
  /** Receives the page summary whenever it changes (debounced). Never page text. */
  publish(summary: PageSummary): void
  /** Keep watching the page after the first pass (false for "Annotate this page" one-shots). */
  live?: boolean
}

const PUBLISH_DELAY_MS = 250
/** While a chat keeps changing (messages arriving), the badge and popup hear at most this often. */
const PUBLISH_MIN_INTERVAL_MS = 1000
/**
 * A publish reuses facts younger than this. Facts are coarse (view, drawer, business chat) and
 * seldom change with a batch of mutations; the idle look that follows every publish refreshes
 * them and publishes again if they changed, so a busy chat does not pay for them per batch.
 */
const FACTS_MAX_AGE_MS = 10_000
/** The least time between two idle recomputations of the facts. */
const FACTS_REFRESH_MS = 1000
const FLUSH_FALLBACK_MS = 100
/** The first pass waits for an idle moment, but never longer than this. */
const FIRST_PASS_LATEST_MS = 1000

/**
 * The content script's lifecycle for one site: waits for the app to be ready, scans once in
 * slices, then applies mutation batches once per frame. Settings changes apply live.
 */
export class Annotator {
  private scanner: Scanner
  private overlay: Overlay | null = null
  private observer: MutationObserver | null = null
  private pending: MutationRecord[] = []
  private flushScheduled = false
  /** waiting: the app has not rendered yet; scanning: first sliced pass; live: incremental. */
  private phase: 'waiting' | 'scanning' | 'live' = 'waiting'
  /** Settings changed during a pass: run one more when it ends. */
  private passAgain = false
  private running = false
  private publishTimer: ReturnType<typeof setTimeout> | undefined
  private lastPublished = ''
  private lastPublishAt = -Infinity
  private refreshFactsAfterPublish = false
  private facts: PageSummary['facts'] | null = null
  private factsAt = 0
  private factsRefreshQueued = false
  private firstPassQueued = false
  /** The page changed (a mutation arrived) after the facts were last taken. */
  private changedSinceFacts = true

  constructor(
    private readonly site: Site,
    private readonly doc: Document,
    private settings: Settings,
    private readonly deps: AnnotatorDeps,
  ) {
    this.scanner = this.makeScanner()
  }

  get active(): boolean {
    return annotationsActive(this.settings, this.site.id)
  }

  start(): void {
    if (this.running || !this.active) {
      this.schedulePublish()
      return
    }
    this.running = true
    const ready = this.site.isReady(this.doc)
    // A page that is ready gets its overlay now; one still loading, with its first pass.
    if (ready) this.ensureOverlay()
    const body = this.doc.body ?? this.doc.documentElement
    if (this.deps.live !== false) {
      this.observer = new MutationObserver((records) => this.onMutations(records))
      this.observer.observe(body, {
        childList: true,
        subtree: true,
        attributes: this.scanner.watchedAttributes.length > 0,
        ...(this.scanner.watchedAttributes.length ? { attributeFilter: this.scanner.watchedAttributes } : {}),
        characterData: true,
      })
    }
    this.phase = 'waiting'
    this.startWhenIdle()
    // A page that is ready publishes when its first pass ends: a summary taken before would only
    // hold part of the counts, and would cost a second summary within the first second. A page
    // still loading says so now.
    if (!ready) this.schedulePublish()
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
    this.schedulePublish()
  }

  applySettings(next: Settings): void {
    const before = this.settings
    this.settings = next
    if (!this.active) {
      if (this.running) this.stop()
      else this.schedulePublish()
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
      this.schedulePublish()
    }
  }

  /**
   * The page summary. Facts (view, drawer, business chat) take document-wide queries, so a
   * copy younger than `maxFactsAgeMs` is reused; mutation batches publish with cached facts and
   * refresh them when the page is idle.
   */
  summary(maxFactsAgeMs = 0): PageSummary {
    const counts = this.scanner.counts()
    const now = Date.now()
    if (!this.facts || now - this.factsAt > maxFactsAgeMs) {
      this.facts = this.site.facts(this.doc, this.running ? counts : undefined)
      this.changedSinceFacts = false
      this.factsAt = now
    }
    return {
      facts: this.facts,
      counts,
      total: this.scanner.size,
      ready: this.site.isReady(this.doc),
      annotationsOn: this.running,
      health: this.scanner.health(this.facts.view),
    }
  }

  /** Scrolls the first element of a category into view and flashes its markers. */
  showOnPage(category: Category): number {
    const elements = this.scanner.elementsOf(category).filter((el) => el.isConnected)
    if (!elements.length || !this.overlay) return 0
    elements[0].scrollIntoView({ block: 'center', behavior: 'auto' })
    this.overlay.flash(elements)
    return elements.length
  }

  private makeScanner(): Scanner {
    return new Scanner(this.site.detectors, {
      isCategoryEnabled: (c) => !this.settings.disabledCategories.includes(c),
      annotated: (el, c) => this.overlay?.track(el, c),
      removed: (el) => this.overlay?.untrack(el),
      detectorFailed: (id, error) => console.warn(`[Metadata Lens] detector ${id} failed and is skipped:`, error),
    })
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
    this.schedulePublish()
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
    this.changedSinceFacts = true
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
    const records = this.pending
    this.pending = []
    try {
      if (this.phase === 'waiting') {
        // The app just finished loading: one sliced pass, once it is idle, instead of a huge synchronous scan.
        if (this.site.isReady(this.doc)) this.startWhenIdle()
        return
      }
      this.scanner.applyMutations(records)
    } catch (error) {
      console.warn('[Metadata Lens] scan failed:', error)
    }
    this.schedulePublish()
  }

  /**
   * Publishes the summary soon: a throttle, not a debounce, so a chat that never stops changing
   * still updates the badge (at most once per PUBLISH_MIN_INTERVAL_MS). The summary is taken when
   * the timer fires, so it is never older than the changes that asked for it.
   */
  private schedulePublish(thenRefreshFacts = true): void {
    this.refreshFactsAfterPublish ||= thenRefreshFacts
    if (this.publishTimer !== undefined) return
    const wait = Math.max(PUBLISH_DELAY_MS, this.lastPublishAt + PUBLISH_MIN_INTERVAL_MS - Date.now())
    this.publishTimer = setTimeout(() => {
      this.publishTimer = undefined
      this.lastPublishAt = Date.now()
      this.publish(this.summary(FACTS_MAX_AGE_MS))
      // A page change may have changed the facts too: look again when the page is idle. (Not after
      // a publish that came from that look itself, or an idle page would be looked at forever.)
      if (this.refreshFactsAfterPublish) this.queueFactsRefresh()
      this.refreshFactsAfterPublish = false
    }, wait)
  }

  private publish(summary: PageSummary): void {
    try {
      const key = JSON.stringify(summary)
      if (key === this.lastPublished) return
      this.lastPublished = key
      this.deps.publish(summary)
    } catch (error) {
      console.warn('[Metadata Lens] summary failed:', error)
    }
  }

  /**
   * Recomputes facts when the page is idle, at most once per FACTS_REFRESH_MS while the page keeps
   * changing, and publishes again if they changed.
   */
  private queueFactsRefresh(): void {
    if (this.factsRefreshQueued) return
    this.factsRefreshQueued = true
    const whenIdle = (fn: () => void) => this.whenIdle(fn, 2000)
    const run = () => {
      const age = Date.now() - this.factsAt
      if (age < FACTS_REFRESH_MS) {
        setTimeout(() => whenIdle(run), FACTS_REFRESH_MS - age)
        return
      }
      this.factsRefreshQueued = false
      // Nothing on the page changed since the facts were taken: they still hold.
      if (!this.running || !this.changedSinceFacts) return
      // Through the same throttle as every publish; the facts are recomputed when it fires.
      this.factsAt = -Infinity
      this.schedulePublish(false)
    }
    whenIdle(run)
  }
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
