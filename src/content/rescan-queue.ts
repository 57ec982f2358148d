// Which subtrees wait for a rescan, and how much of them one slice takes. The scanner queues the
// roots that mutations touched; runSlice-sized portions of them are scanned between yields to the
// page, so no single task runs long however much the page changed.

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

/** Elements scanned between two looks at the slice's deadline. */
const CLOCK_EVERY = 200

/** How much work one slice may do. Tests pass one without a clock, to count slices without timing them. */
export interface SliceBudget {
  elements: number
  /** performance.now() after which the slice ends; Infinity for none. */
  deadline: number
}

export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now())

export function sliceBudget(): SliceBudget {
  return { elements: ELEMENTS_PER_SLICE, deadline: now() + SLICE_MS }
}

/** Roots waiting to be rescanned, each once; a stack, so a split root's children come next. */
export class RescanQueue {
  readonly #stack: Element[] = []
  readonly #queued = new Set<Element>()

  /** Queues each of `roots` that no other of them contains (that one covers it). */
  addOutermost(roots: Set<Element>): void {
    for (const root of outermost(roots)) this.add(root)
  }

  add(root: Element): void {
    if (this.#queued.has(root)) return
    this.#queued.add(root)
    this.#stack.push(root)
  }

  get pending(): boolean {
    return this.#stack.length > 0
  }

  clear(): void {
    this.#stack.length = 0
    this.#queued.clear()
  }

  /**
   * Passes queued roots to `scan` until the budget is spent; true while work remains. A root
   * larger than SPLIT_ABOVE is replaced by its children, so no slice scans more than a budget's
   * worth plus one root of at most that size. Roots no longer on the page, or inside another
   * queued root, are dropped.
   */
  drain(budget: SliceBudget, scan: (root: Element) => void): boolean {
    let spent = 0
    // The clock is read once per CLOCK_EVERY elements scanned, not after every root: a batch of new
    // messages is many small roots, and a clock read costs as much as a small root's bookkeeping.
    let sinceClock = 0
    // Ancestors known to lie under no queued root (siblings then stop one step up).
    const clear = new Set<Element>()
    while (this.#stack.length) {
      const root = this.#stack.pop()!
      this.#queued.delete(root)
      if (!root.isConnected || this.#insideQueued(root, clear)) continue
      const size = subtreeSize(root, SPLIT_ABOVE)
      if (size > SPLIT_ABOVE) {
        for (let child = root.lastElementChild; child; child = child.previousElementSibling) this.add(child)
        continue
      }
      scan(root)
      spent += size
      sinceClock += size
      if (spent >= budget.elements) break
      if (sinceClock >= CLOCK_EVERY) {
        sinceClock = 0
        if (now() >= budget.deadline) break
      }
    }
    return this.#stack.length > 0
  }

  #insideQueued(root: Element, clear: Set<Element>): boolean {
    if (!this.#queued.size) return false
    const walked: Element[] = []
    for (let p = root.parentElement; p && !clear.has(p); p = p.parentElement) {
      if (this.#queued.has(p)) return true
      walked.push(p)
    }
    for (const p of walked) clear.add(p)
    return false
  }
}

/** The number of elements in `root`'s subtree, counting no further than just past `limit`. */
export function subtreeSize(root: Element, limit: number): number {
  // The browser counts: a live collection walks natively, and only as far as the index asked for
  // (a walk in script pays a binding call per element, for every new message row).
  const descendants = root.getElementsByTagName('*')
  return descendants[limit] ? limit + 1 : descendants.length + 1
}

/** Keeps only roots that no other root contains, so each subtree is scanned once. */
export function outermost(roots: Set<Element>): Element[] {
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
