import { nextFrameOr } from './scheduling'

/** A batch of mutations is taken at the next frame, or after this long in a tab that gets no frames. */
const BATCH_FALLBACK_MS = 100

export interface PageWatchEvents {
  /** A mutation arrived (facts may be out of date); called for every delivery, before any batch. */
  changed(): void
  /** Records wait to be taken: once per frame at most, however many mutations arrived. */
  batch(): void
}

/**
 * Watches the page for the scanner and gathers its mutation records into batches. Observes <body>
 * (its subtree, with the attributes detectors read), and <html> and the document (their children
 * only), so a page that replaces <body> or <html> is noticed and observed anew.
 */
export class PageWatch {
  #observer: MutationObserver | null = null
  /** The <body> and <html> being observed. */
  #observedBody: Element | null = null
  #observedRoot: Element | null = null
  #pending: MutationRecord[] = []
  #batchScheduled = false

  readonly #doc: Document
  /** Attributes whose changes are reported (the detectors' and our own mark). */
  readonly #attributes: readonly string[]
  readonly #events: PageWatchEvents

  constructor(doc: Document, attributes: readonly string[], events: PageWatchEvents) {
    this.#doc = doc
    this.#attributes = attributes
    this.#events = events
  }

  start(): void {
    this.#observer = new MutationObserver((records) => this.#onMutations(records))
    this.#observe()
  }

  stop(): void {
    this.#observer?.disconnect()
    this.#observer = null
    this.#pending = []
  }

  /**
   * The records gathered since the last take. When <body> or <html> was replaced, the new ones
   * are observed from now on, and `replaced` says so (whatever lived in the old tree is gone).
   */
  take(): { records: MutationRecord[]; replaced: boolean } {
    const replaced = this.#observer !== null && (this.#doc.body !== this.#observedBody || this.#doc.documentElement !== this.#observedRoot)
    if (replaced) {
      this.#pending.push(...this.#observer!.takeRecords())
      this.#observer!.disconnect()
      this.#observe()
    }
    const records = this.#pending
    this.#pending = []
    return { records, replaced }
  }

  /**
   * Runs `write` (the scanner setting its marks) with the page unobserved, and returns its result.
   * Our marks then make no mutation records, which would only come back as a batch of their own
   * to be found unchanged (a batch of new messages gets dozens of marks, the first pass
   * thousands). Records the page made before are kept; the same nodes are observed again after.
   * `write` is synchronous: the page's code does not run meanwhile, unless it reacts at once to a
   * write (a custom element watching our attribute, a legacy mutation-event listener), which
   * WhatsApp Web does not do.
   */
  unobserved<T>(write: () => T): T {
    const observer = this.#observer
    if (!observer) return write()
    const before = observer.takeRecords()
    if (before.length) this.#onMutations(before)
    observer.disconnect()
    try {
      return write()
    } finally {
      this.#register()
    }
  }

  /** Observes the document's current <body> and <html>. */
  #observe(): void {
    this.#observedBody = this.#doc.body ?? this.#doc.documentElement
    this.#observedRoot = this.#doc.documentElement
    this.#register()
  }

  /** Observes the <body> and <html> that observe() chose (one the page replaced since is noticed by take). */
  #register(): void {
    const observer = this.#observer
    if (!observer) return
    const body = this.#observedBody
    const root = this.#observedRoot
    observer.observe(this.#doc, { childList: true })
    if (root && root !== body) observer.observe(root, { childList: true })
    if (!body) return
    observer.observe(body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [...this.#attributes],
      // Class tokens that matter are told apart by comparing with the old value.
      attributeOldValue: true,
      characterData: true,
    })
  }

  #onMutations(records: MutationRecord[]): void {
    for (const r of records) this.#pending.push(r)
    this.#events.changed()
    if (this.#batchScheduled) return
    this.#batchScheduled = true
    nextFrameOr(this.#doc, BATCH_FALLBACK_MS, () => {
      this.#batchScheduled = false
      this.#events.batch()
    })
  }
}
