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
  private observer: MutationObserver | null = null
  /** The <body> and <html> being observed. */
  private observedBody: Element | null = null
  private observedRoot: Element | null = null
  private pending: MutationRecord[] = []
  private batchScheduled = false

  constructor(
    private readonly doc: Document,
    /** Attributes whose changes are reported (the detectors' and our own mark). */
    private readonly attributes: readonly string[],
    private readonly events: PageWatchEvents,
    /** Our own mark (see withoutOwnMarks). */
    private readonly ownMark?: string,
  ) {}

  start(): void {
    this.observer = new MutationObserver((records) => this.onMutations(records))
    this.observe()
  }

  stop(): void {
    this.observer?.disconnect()
    this.observer = null
    this.pending = []
  }

  /**
   * The records gathered since the last take. When <body> or <html> was replaced, the new ones
   * are observed from now on, and `replaced` says so (whatever lived in the old tree is gone).
   */
  take(): { records: MutationRecord[]; replaced: boolean } {
    const replaced = this.observer !== null && (this.doc.body !== this.observedBody || this.doc.documentElement !== this.observedRoot)
    if (replaced) {
      this.pending.push(...this.observer!.takeRecords())
      this.observer!.disconnect()
      this.observe()
    }
    const records = this.pending
    this.pending = []
    return { records, replaced }
  }

  /**
   * Runs `write` (the scanner setting its marks) and returns its result. Records of our mark made
   * meanwhile are dropped: they are the marks `write` set, which would only come back as a batch
   * of their own to be found unchanged. Every other record, made before or meanwhile (a page
   * reacting at once to a write), is kept.
   */
  withoutOwnMarks<T>(write: () => T): T {
    const observer = this.observer
    if (!observer || !this.ownMark) return write()
    const before = observer.takeRecords()
    try {
      return write()
    } finally {
      const made = observer.takeRecords().filter((r) => r.type !== 'attributes' || r.attributeName !== this.ownMark)
      const records = before.length ? before.concat(made) : made
      if (records.length) this.onMutations(records)
    }
  }

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
    observer.observe(body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [...this.attributes],
      // Class tokens that matter are told apart by comparing with the old value.
      attributeOldValue: true,
      characterData: true,
    })
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) this.pending.push(r)
    this.events.changed()
    if (this.batchScheduled) return
    this.batchScheduled = true
    nextFrameOr(this.doc, BATCH_FALLBACK_MS, () => {
      this.batchScheduled = false
      this.events.batch()
    })
  }
}
