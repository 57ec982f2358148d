import type { Category } from '../shared/categories'
import type { CategoryMarkerStyle, MarkerStyle } from '../settings/schema'
import type { MarkerVisibility } from './visibility'
import { drawMarker, footprint, NOWHERE, onScreen, placeMarker, readSurroundings, type Box, type Placement, type Preferred, type Surroundings } from './placement'
import type { Measured } from './tooltip'

export interface MarkerDeps {
  categoryOf(el: Element): Category | undefined
  /** A marker's accessible name for a category (its note's title, in the overlay's words). */
  nameOf(category: Category): string
  styleOf(category: Category | undefined): MarkerStyle | CategoryMarkerStyle
  /** The id of the note's text (a marker's description) and of the tooltip (which a marker opens). */
  describedBy: string
  controls: string
  isOpenFor(el: Element): boolean
}

/** A placement kept per element while its box keeps its size (scrolling moves both together). */
interface Kept {
  width: number
  height: number
  dx: number
  dy: number
  placement: Placement
}

type Screen = { width: number; height: number }

/**
 * The markers: one button per visible annotated element, placed in a frame's read phase and drawn
 * in its write phase (placement.ts decides where, visibility.ts which elements are on screen).
 */
export class MarkerLayer {
  readonly element: HTMLElement
  readonly #markers = new Map<Element, HTMLElement>()
  readonly #ownerOf = new WeakMap<Element, Element>()
  /** Where each marker was last put, per element; reused while the element keeps its size. */
  readonly #kept = new WeakMap<Element, Kept>()
  /** Accessible names per category, computed once (thousands of markers share a few names). */
  readonly #names = new Map<Category, string>()
  #lastPlacements = new Map<Element, Placement>()

  readonly #doc: Document
  readonly #view: (Window & typeof globalThis) | null
  readonly #visibility: MarkerVisibility
  readonly #deps: MarkerDeps

  constructor(doc: Document, view: (Window & typeof globalThis) | null, visibility: MarkerVisibility, deps: MarkerDeps) {
    this.#doc = doc
    this.#view = view
    this.#visibility = visibility
    this.#deps = deps
    this.element = doc.createElement('div')
    this.element.className = 'layer'
  }

  get count(): number {
    return this.#markers.size
  }

  has(el: Element): boolean {
    return this.#markers.has(el)
  }

  markerOf(el: Element): HTMLElement | undefined {
    return this.#markers.get(el)
  }

  /** The annotated element a marker stands for, if `node` is one of our markers. */
  ownerOfMarker(node: EventTarget | null): Element | undefined {
    return node ? this.#ownerOf.get(node as Element) : undefined
  }

  /** The marker of an element, made (and labelled) if missing; null for an element not annotated. */
  ensure(el: Element): { marker: HTMLElement; created: boolean } | null {
    const category = this.#deps.categoryOf(el)
    if (!category) return null
    let marker = this.#markers.get(el)
    const created = !marker
    if (!marker) {
      marker = this.#doc.createElement('button')
      marker.className = 'marker'
      marker.setAttribute('type', 'button')
      marker.setAttribute('aria-describedby', this.#deps.describedBy)
      marker.setAttribute('aria-controls', this.#deps.controls)
      marker.setAttribute('aria-expanded', String(this.#deps.isOpenFor(el)))
      this.#ownerOf.set(marker, el)
      this.#markers.set(el, marker)
      this.element.append(marker)
    }
    this.#label(marker, category)
    return { marker, created }
  }

  remove(el: Element): boolean {
    const marker = this.#markers.get(el)
    marker?.remove()
    return this.#markers.delete(el)
  }

  /** Forgets an element's marker and its kept placement (it went away). */
  forget(el: Element): void {
    this.remove(el)
    this.#kept.delete(el)
  }

  /** The element got another category: another name, maybe another style. */
  recategorise(el: Element, category: Category): boolean {
    const marker = this.#markers.get(el)
    if (!marker) return false
    this.#label(marker, category)
    this.#kept.delete(el)
    return true
  }

  /** Every placement is read again (a resize, another style). */
  invalidate(): void {
    for (const el of this.#markers.keys()) this.#kept.delete(el)
  }

  /** The notes' titles changed: markers are named again. */
  rename(): void {
    this.#names.clear()
    for (const marker of this.#markers.values()) {
      const category = marker.dataset.category as Category | undefined
      if (category) this.#name(marker, category)
    }
  }

  setExpanded(el: Element | null, expanded: boolean): void {
    if (el) this.#markers.get(el)?.setAttribute('aria-expanded', String(expanded))
  }

  /** The marker drawn after this element's, in the layer (Tab order). */
  nextMarker(el: Element): HTMLElement | null {
    return (this.#markers.get(el)?.nextElementSibling as HTMLElement | null) ?? null
  }

  /** The IntersectionObserver's report: markers for elements that came on screen, none for those that left. */
  onVisibility(entries: IntersectionObserverEntry[]): boolean {
    let changed = false
    for (const entry of entries) {
      const el = entry.target
      if (!this.#deps.categoryOf(el)) continue
      if (entry.isIntersecting) changed = !!this.ensure(el)?.created || changed
      else changed = this.remove(el) || changed
    }
    return changed
  }

  /**
   * Places every marker: all reads first (boxes, text around new ones; `duringReads` adds the
   * caller's), then placements (no DOM), then writes, so the page is laid out once.
   */
  positionAll(duringReads: () => void): { rects: Map<Element, DOMRect>; screen: Screen } {
    // Newly observed elements on screen get their marker now: the observer's first report then has nothing to add.
    const newlyObserved = this.#visibility.sortTracked()
    const rects = new Map<Element, DOMRect>()
    const rectOf = (el: Element) => {
      let r = rects.get(el)
      if (!r) rects.set(el, (r = el.getBoundingClientRect()))
      return r
    }
    const regionNow = this.#visibility.regionOnScreen(rectOf)
    const leaving = new Set<Element>()
    if (regionNow) {
      const keep = new Set(regionNow)
      for (const el of this.#visibility.regionShown) if (!keep.has(el)) leaving.add(el)
    }
    const view = this.#view
    const screen = { width: view?.innerWidth ?? Infinity, height: view?.innerHeight ?? Infinity }
    const appearing = view ? newlyObserved.filter((el) => !this.#markers.has(el) && onScreen(rectOf(el), view)) : []
    const marked = new Set<Element>()
    for (const el of this.#markers.keys()) if (!leaving.has(el)) marked.add(el)
    for (const el of regionNow ?? []) marked.add(el)
    for (const el of appearing) marked.add(el)
    const stopAt = this.#visibility.currentRegion()
    const fresh = new Map<Element, Surroundings>()
    const sameSize = (k: Kept | undefined, r: DOMRect) => !!k && k.width === r.width && k.height === r.height
    for (const el of marked) {
      const r = rectOf(el)
      if (this.#deps.styleOf(this.#deps.categoryOf(el)) !== 'dot' || sameSize(this.#kept.get(el), r)) continue
      if (r.width === 0 && r.height === 0) continue
      fresh.set(el, readSurroundings(el, r, rectOf, stopAt && stopAt.contains(el) ? stopAt : null))
    }
    duringReads()
    const placements = new Map<Element, Placement>()
    const taken: Box[] = []
    const place = (el: Element, p: Placement, r: DOMRect) => {
      placements.set(el, p)
      this.#kept.set(el, { width: r.width, height: r.height, dx: p.left - r.left, dy: p.top - r.top, placement: p })
      // A dot keeps off other dots and off rings and outlines (a dot on a photo's ring would seem to mark the photo).
      if (p.shape !== 'underline') taken.push(footprint(p))
    }
    // Placed before: the same offset from their element (keeps markers still while scrolling).
    for (const el of marked) {
      const kept = this.#kept.get(el)
      const r = rectOf(el)
      if (kept && !fresh.has(el) && sameSize(kept, r)) place(el, { ...kept.placement, left: r.left + kept.dx, top: r.top + kept.dy }, r)
    }
    // Rings and outlines first: they go around their element whatever else is there, and dots avoid them.
    const preferredOf = (el: Element): Preferred => {
      const wanted = this.#deps.styleOf(this.#deps.categoryOf(el))
      return wanted === 'ring' || wanted === 'outline' ? wanted : 'dot'
    }
    const pending = [...marked].filter((el) => !placements.has(el))
    pending.sort((a, b) => Number(preferredOf(a) === 'dot') - Number(preferredOf(b) === 'dot'))
    for (const el of pending) place(el, placeMarker(rectOf(el), fresh.get(el) ?? NOWHERE, taken, screen, preferredOf(el)), rectOf(el))
    // Writes.
    if (regionNow) {
      for (const el of leaving) this.remove(el)
      for (const el of regionNow) this.ensure(el)
      this.#visibility.regionShown = regionNow
    }
    for (const el of appearing) this.ensure(el)
    for (const [el, marker] of this.#markers) {
      const r = rects.get(el) ?? el.getBoundingClientRect()
      const p = placements.get(el)
      marker.hidden = !p || (r.width === 0 && r.height === 0)
      if (p) drawMarker(marker, p, r, this.#deps.styleOf(marker.dataset.category as Category) === 'tooltip-only')
    }
    this.#lastPlacements = placements
    return { rects, screen }
  }

  /** Where the tooltip points for an element: its dot if it has one, else the element; null once it is off screen. */
  anchorFor(el: Element, rect: DOMRect | undefined, screen: Screen): Measured | null {
    if (!el.isConnected) return null
    const r = rect ?? el.getBoundingClientRect()
    // Gone from the screen (scrolled away, hidden, re-rendered): the tooltip closes.
    if ((r.width === 0 && r.height === 0) || r.bottom <= 0 || r.top >= screen.height || r.right <= 0 || r.left >= screen.width) return null
    const p = this.#lastPlacements.get(el)
    const anchor: Box = p?.shape === 'dot' ? { left: p.left, top: p.top, right: p.left + p.width, bottom: p.top + p.height } : r
    const rtl = el.closest('[dir="rtl"], [dir="ltr"]')?.getAttribute('dir') === 'rtl'
    return { anchor, view: screen, rtl }
  }

  clear(): void {
    this.#markers.clear()
  }

  #label(marker: HTMLElement, category: Category): void {
    if (marker.dataset.category === category) return
    marker.dataset.category = category
    this.#name(marker, category)
  }

  /** Names a marker; until the notes' words have come there is no name, rather than an empty one. */
  #name(marker: HTMLElement, category: Category): void {
    const name = this.#nameOf(category)
    if (name) marker.setAttribute('aria-label', name)
    else marker.removeAttribute('aria-label')
  }

  #nameOf(category: Category): string {
    let name = this.#names.get(category)
    if (name === undefined) this.#names.set(category, (name = this.#deps.nameOf(category)))
    return name
  }
}
