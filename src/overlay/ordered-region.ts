/** The part of the viewport a region shows (its box clipped to the window). */
export interface Band {
  top: number
  bottom: number
  left: number
  right: number
}

const FOLLOWING = 4 // Node.DOCUMENT_POSITION_FOLLOWING
/** Sized elements below the band to pass before the walk stops (slack for uneven rows). */
const PAST_END_SLACK = 3

type RectOf = (el: Element) => Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right' | 'width' | 'height'>

const isSized = (r: ReturnType<RectOf>) => r.width > 0 || r.height > 0

/**
 * The annotated elements inside one long scrolling list (a chat's message list), kept in document
 * order. In a list, document order is top-to-bottom order, so the elements on screen are found
 * by binary search: about log2(n) rectangle reads instead of an IntersectionObserver target per
 * element, which costs the page on every frame once thousands are observed.
 *
 * If the list is ever not laid out in document order, the search can miss elements: they get no
 * marker (their annotation and tooltip stay), never a misplaced one.
 */
export class OrderedRegion {
  private items: Element[] = []
  private readonly members = new Set<Element>()
  /** Removed members still in `items`: dropped lazily (removed nodes have no document order). */
  private stale = 0

  constructor(readonly root: Element) {}

  get size(): number {
    return this.members.size
  }

  has(el: Element): boolean {
    return this.members.has(el)
  }

  add(el: Element): void {
    if (this.members.has(el)) return
    this.members.add(el)
    const last = this.items[this.items.length - 1]
    // The usual cases, first pass in document order and new messages at the end, just append.
    if (!last || (this.stale === 0 && last.compareDocumentPosition(el) & FOLLOWING)) {
      this.items.push(el)
      return
    }
    this.compact()
    let lo = 0
    let hi = this.items.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.items[mid]!.compareDocumentPosition(el) & FOLLOWING) lo = mid + 1
      else hi = mid
    }
    this.items.splice(lo, 0, el)
  }

  delete(el: Element): boolean {
    if (!this.members.delete(el)) return false
    this.stale++
    return true
  }

  /** The members that intersect `band`, in document order. */
  visible(band: Band, rectOf: RectOf): Element[] {
    this.compact()
    const items = this.items
    const out: Element[] = []
    if (band.bottom <= band.top || band.right <= band.left) return out
    // First index whose box ends below the band's top. Hidden (unsized) elements say
    // nothing about position: the search looks at the next sized one instead.
    let lo = 0
    let hi = items.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      let probe = mid
      let r: ReturnType<RectOf> | null = null
      for (; probe < hi; probe++) {
        const candidate = rectOf(items[probe]!)
        if (isSized(candidate)) {
          r = candidate
          break
        }
      }
      if (!r) hi = mid
      else if (r.bottom <= band.top) lo = probe + 1
      else hi = mid
    }
    let pastEnd = 0
    for (let i = lo; i < items.length && pastEnd < PAST_END_SLACK; i++) {
      const r = rectOf(items[i]!)
      if (!isSized(r)) continue
      if (r.top >= band.bottom) {
        pastEnd++
        continue
      }
      if (r.bottom > band.top && r.right > band.left && r.left < band.right) out.push(items[i]!)
    }
    return out
  }

  clear(): void {
    this.items = []
    this.members.clear()
    this.stale = 0
  }

  private compact(): void {
    if (this.stale === 0) return
    this.items = this.items.filter((el) => this.members.has(el))
    this.stale = 0
  }
}
