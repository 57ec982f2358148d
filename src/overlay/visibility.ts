import { visibleWithin, type Band } from './list-search'
import { queryAllBeside } from '../shared/dom'

export const NOTE_SELECTOR = '[data-privacy-note]'

type Rect = Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right' | 'width' | 'height'>

/**
 * Which annotated elements are on screen, so only they get markers. A long ordered list (the
 * message list) is searched by halves on each frame that may have moved it; every other element
 * is given to an IntersectionObserver, which reports it entering or leaving the screen.
 */
export class MarkerVisibility {
  readonly #observer: IntersectionObserver | null
  /** Elements given to the IntersectionObserver (those outside the ordered region). */
  readonly #observed = new Set<Element>()
  /** The ordered region's element, looked up again once replaced (another chat). */
  #regionRoot: Element | null = null
  /** Elements of the region that have a marker (on screen at the last frame, or flashed). */
  regionShown: Element[] = []
  /** Tracked elements not yet sorted into region / observed (done after the next layout). */
  #unsorted = false
  /** What is on screen in the region may have changed (scroll, resize, tracked or untracked elements). */
  regionDirty = true

  readonly #doc: Document
  readonly #view: (Window & typeof globalThis) | null
  readonly #orderedRegion: string | undefined
  readonly #isTracked: (el: Element) => boolean

  constructor(
    doc: Document,
    view: (Window & typeof globalThis) | null,
    orderedRegion: string | undefined,
    isTracked: (el: Element) => boolean,
    /** The observer's reports: elements that entered or left the screen. */
    onChange: (entries: IntersectionObserverEntry[]) => void,
  ) {
    this.#doc = doc
    this.#view = view
    this.#orderedRegion = orderedRegion
    this.#isTracked = isTracked
    this.#observer = view && 'IntersectionObserver' in view ? new view.IntersectionObserver(onChange) : null
  }

  /** Whether elements are sorted lazily (the page has an ordered region and an observer). */
  get usesRegion(): boolean {
    return !!this.#orderedRegion && !!this.#observer
  }

  /** A newly tracked element. Returns false when there is no observer (the element should just get a marker). */
  track(el: Element): boolean {
    if (this.usesRegion) {
      // Sorted after the next layout, all at once: no per-element DOM call here (a long chat
      // tracks thousands at a time, and even contains() costs about a microsecond each).
      this.#unsorted = true
      this.regionDirty = true
      return true
    }
    return this.#observe(el)
  }

  /**
   * Elements may have been tracked without a call each (see Overlay.track while held): all are
   * sorted after the next layout, and what is on screen in the region is looked for again.
   */
  trackedWhileHeld(): void {
    this.#unsorted = true
    this.regionDirty = true
  }

  untrack(el: Element): void {
    if (this.#observed.delete(el)) this.#observer?.unobserve(el)
    else this.regionDirty = true
  }

  inRegion(el: Element): boolean {
    return this.currentRegion()?.contains(el) ?? false
  }

  /** The ordered region's element, if the page has one now. */
  currentRegion(): Element | null {
    const selector = this.#orderedRegion
    if (!selector) return null
    if (!this.#regionRoot?.isConnected) this.#regionRoot = this.#doc.querySelector(selector)
    return this.#regionRoot
  }

  /**
   * Hands the tracked elements outside the ordered region to the IntersectionObserver. They are
   * found by querying beside the region (the small part of the page), not by testing every
   * tracked element; those inside are found on screen by regionOnScreen.
   */
  sortTracked(): Element[] {
    if (!this.#unsorted || !this.#orderedRegion) return []
    this.#unsorted = false
    const added: Element[] = []
    for (const el of queryAllBeside(this.#doc, this.#orderedRegion, NOTE_SELECTOR)) {
      if (this.#isTracked(el) && !this.#observed.has(el) && this.#observe(el)) added.push(el)
    }
    return added
  }

  /**
   * The region's annotated elements now on screen, or null when nothing there can have moved.
   * Only reads the page.
   */
  regionOnScreen(rectOf: (el: Element) => Rect): Element[] | null {
    const view = this.#view
    if (!this.#orderedRegion || !view || !this.regionDirty) return null
    this.regionDirty = false
    const root = this.currentRegion()
    if (!root) return []
    const box = root.getBoundingClientRect()
    const band: Band = {
      top: Math.max(box.top, 0),
      bottom: Math.min(box.bottom, view.innerHeight),
      left: Math.max(box.left, 0),
      right: Math.min(box.right, view.innerWidth),
    }
    // Only what the scanner annotated: a data-privacy-note the page set itself gets nothing.
    return visibleWithin(root, band, NOTE_SELECTOR, rectOf).filter((el) => this.#isTracked(el))
  }

  destroy(): void {
    this.#observer?.disconnect()
    this.#observed.clear()
    this.#regionRoot = null
    this.regionShown = []
  }

  #observe(el: Element): boolean {
    if (!this.#observer) return false
    if (!this.#observed.has(el)) {
      this.#observed.add(el)
      this.#observer.observe(el)
    }
    return true
  }
}
