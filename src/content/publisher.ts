import type { CategoryCounts, DetectorHealth, PageFacts, PageSummary, ViewId } from '../shared/page'

/** What the publisher reads from the page's lifecycle; nothing here is page text. */
export interface SummarySource {
  counts(): CategoryCounts
  total(): number
  health(view: ViewId, expected: ReadonlySet<string>): DetectorHealth[]
  /** Detectors the page is expected to show matches for: page-wide queries, so reused with the facts. */
  expectedDetectors(): ReadonlySet<string>
  /** Coarse page facts; `detected` is passed while annotations are on (facts may reuse detection). */
  facts(detected: CategoryCounts | undefined): PageFacts
  ready(): boolean
  annotationsOn(): boolean
  /** Runs `fn` when the page is idle, at the latest after `timeout` ms. */
  whenIdle(fn: () => void, timeout: number): void
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

/**
 * Turns the lifecycle's state into page summaries, throttled, and sends each changed one once.
 * Owns the facts cache: facts, and which detectors the page is expected to show matches for, take
 * document-wide queries, so they are reused while young.
 */
export class SummaryPublisher {
  #timer: ReturnType<typeof setTimeout> | undefined
  #lastPublished = ''
  #lastPublishAt = -Infinity
  #refreshFactsAfterPublish = false
  #facts: PageFacts | null = null
  #expected: ReadonlySet<string> = new Set()
  #factsAt = 0
  #factsRefreshQueued = false
  /** The page changed (a mutation arrived) after the facts were last taken. */
  #changedSinceFacts = true

  readonly #source: SummarySource
  readonly #send: (summary: PageSummary) => void

  constructor(source: SummarySource, send: (summary: PageSummary) => void) {
    this.#source = source
    this.#send = send
  }

  /** A mutation arrived: the facts may be out of date. */
  pageChanged(): void {
    this.#changedSinceFacts = true
  }

  /** The summary, with facts no older than `maxFactsAgeMs`. */
  summary(maxFactsAgeMs = 0): PageSummary {
    const on = this.#source.annotationsOn()
    const counts = this.#source.counts()
    const now = Date.now()
    if (!this.#facts || now - this.#factsAt > maxFactsAgeMs) {
      this.#facts = this.#source.facts(on ? counts : undefined)
      this.#expected = this.#source.expectedDetectors()
      this.#changedSinceFacts = false
      this.#factsAt = now
    }
    return {
      facts: this.#facts,
      counts,
      total: this.#source.total(),
      ready: this.#source.ready(),
      annotationsOn: on,
      health: this.#source.health(this.#facts.view, this.#expected),
    }
  }

  /**
   * Publishes the summary soon: a throttle, not a debounce, so a chat that never stops changing
   * still updates the badge (at most once per PUBLISH_MIN_INTERVAL_MS). The summary is taken when
   * the timer fires, so it is never older than the changes that asked for it.
   */
  schedule(thenRefreshFacts = true): void {
    this.#refreshFactsAfterPublish ||= thenRefreshFacts
    if (this.#timer !== undefined) return
    const wait = Math.max(PUBLISH_DELAY_MS, this.#lastPublishAt + PUBLISH_MIN_INTERVAL_MS - Date.now())
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      this.#lastPublishAt = Date.now()
      this.#publish()
      // A page change may have changed the facts too: look again when the page is idle. (Not after
      // a publish that came from that look itself, or an idle page would be looked at forever.)
      if (this.#refreshFactsAfterPublish) this.#queueFactsRefresh()
      this.#refreshFactsAfterPublish = false
    }, wait)
  }

  #publish(): void {
    try {
      const summary = this.summary(FACTS_MAX_AGE_MS)
      const key = JSON.stringify(summary)
      if (key === this.#lastPublished) return
      this.#lastPublished = key
      this.#send(summary)
    } catch (error) {
      console.warn('[Metadata Lens] summary failed:', error)
    }
  }

  /**
   * Recomputes facts when the page is idle, at most once per FACTS_REFRESH_MS while the page keeps
   * changing, and publishes again if they changed.
   */
  #queueFactsRefresh(): void {
    if (this.#factsRefreshQueued) return
    this.#factsRefreshQueued = true
    const whenIdle = (fn: () => void) => this.#source.whenIdle(fn, 2000)
    const run = () => {
      const age = Date.now() - this.#factsAt
      if (age < FACTS_REFRESH_MS) {
        setTimeout(() => whenIdle(run), FACTS_REFRESH_MS - age)
        return
      }
      this.#factsRefreshQueued = false
      // Nothing on the page changed since the facts were taken: they still hold.
      if (!this.#source.annotationsOn() || !this.#changedSinceFacts) return
      // Through the same throttle as every publish; the facts are recomputed when it fires.
      this.#factsAt = -Infinity
      this.schedule(false)
    }
    whenIdle(run)
  }
}
