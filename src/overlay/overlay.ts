import type { Category } from '../shared/categories'
import type { CategoryMarkerStyle, MarkerStyle } from '../settings/schema'
import { OverlayHost } from './host'
import { MarkerVisibility, NOTE_SELECTOR } from './visibility'
import { footprint, placeMarker, readSurroundings, type Box, type Placement, type Preferred, type Surroundings } from './placement'
import { Tooltip, type TooltipContent } from './tooltip'

export { OVERLAY_ATTRIBUTE } from './host'
export type { TooltipContent } from './tooltip'

export interface OverlayText {
  whoCanSee: string
  control: string
  markerLabel(title: string): string
}

export interface OverlayOptions {
  describe(category: Category): TooltipContent
  text: OverlayText
  style: MarkerStyle
  /** Per-category marker styles that replace `style` (e.g. a hairline ring for profile photos). */
  categoryStyles?: Partial<Record<Category, CategoryMarkerStyle>>
  /**
   * The category the scanner gave an element, or undefined when it annotated none. The
   * overlay keeps no copy (a long chat holds thousands): markers, hover and focus ask this.
   */
  categoryOf(el: Element): Category | undefined
  /**
   * A long scrolling list whose elements are laid out in document order (a chat's message list).
   * Its annotated elements are found on screen by binary search instead of being observed one
   * by one; everything else uses an IntersectionObserver.
   */
  orderedRegion?: string
  /** Opens a category's full note (the extension's library); without it the note offers no link. */
  openFullNote?(category: Category): void
}

/** A placement kept per element while its box keeps its size (scrolling moves both together). */
interface Kept {
  width: number
  height: number
  dx: number
  dy: number
  placement: Placement
}

/**
 * All in-page UI of the extension: one host element on <html> with an open shadow root
 * (host.ts), holding a marker per visible annotated element (visibility.ts decides which, and
 * placement.ts where) and one tooltip (tooltip.ts). WhatsApp's own elements are only read,
 * never changed. Listeners are delegated on the document, so removed elements leave nothing
 * behind but a Map entry that `untrack` deletes.
 */
export class Overlay {
  private readonly host: OverlayHost
  private readonly layer: HTMLElement
  private readonly tooltip: Tooltip
  private readonly visibility: MarkerVisibility
  private readonly markers = new Map<Element, HTMLElement>()
  private readonly ownerOf = new WeakMap<HTMLElement, Element>()
  /** Where each marker was last put, per element; reused while the element keeps its size. */
  private readonly kept = new WeakMap<Element, Kept>()
  /** Accessible names per category, computed once (thousands of markers share a few names). */
  private readonly labels = new Map<Category, string>()
  /** The page's window, read once: each defaultView access costs about a microsecond from a content script. */
  private readonly view: (Window & typeof globalThis) | null
  private style: MarkerStyle
  private categoryStyles: Partial<Record<Category, CategoryMarkerStyle>>
  private frame = 0
  private afterLayoutQueued = false
  /** While the first pass runs, markers wait for its end: one placement instead of one per slice. */
  private held = false
  private destroyed = false
  private readonly cleanups: Array<() => void> = []

  constructor(
    private readonly doc: Document,
    private readonly options: OverlayOptions,
  ) {
    const view = (this.view = doc.defaultView as (Window & typeof globalThis) | null)
    this.style = options.style
    this.categoryStyles = options.categoryStyles ?? {}
    this.host = new OverlayHost(doc, view, () => this.moved())
    this.layer = doc.createElement('div')
    this.layer.className = 'layer'
    this.layer.dataset.style = options.style
    this.tooltip = new Tooltip(
      doc,
      'metadata-lens-tooltip',
      options.text,
      (el) => {
        const category = this.options.categoryOf(el)
        return category ? { category, content: this.options.describe(category) } : null
      },
      (el) => this.measureForTooltip(el),
      (fn) => this.guard(fn),
    )
    this.host.root.append(this.layer, this.tooltip.element)
    this.visibility = new MarkerVisibility(doc, view, options.orderedRegion, (el) => this.isTracked(el), (entries) =>
      this.guard(() => this.onVisibility(entries)),
    )

    this.listen(doc, 'pointerover', (e) => this.onPointerOver(e as PointerEvent), { capture: true, passive: true })
    this.listen(doc, 'pointerdown', (e) => this.onPagePointerDown(e), { capture: true, passive: true })
    this.listen(doc, 'focusin', (e) => this.onPageFocus(e), { capture: true, passive: true })
    this.listen(doc, 'keydown', (e) => this.onPageKey(e as KeyboardEvent), { capture: true, passive: true })
    this.listen(doc, 'scroll', () => this.moved(), { capture: true, passive: true })
    if (view) this.listen(view, 'resize', () => this.moved(true), { passive: true })
    const root = this.host.root
    this.listen(root, 'pointerover', (e) => this.onOwnPointerOver(e))
    this.listen(root, 'click', (e) => this.onMarkerClick(e))
    this.listen(root, 'focusin', (e) => this.onMarkerFocus(e))
    this.listen(root, 'focusout', (e) => this.onMarkerBlur(e as FocusEvent))
    this.listen(root, 'keydown', (e) => this.onMarkerKey(e as KeyboardEvent))
  }

  track(el: Element, category: Category): void {
    if (this.markers.size > 0) {
      const marker = this.markers.get(el)
      if (marker) {
        this.labelMarker(marker, category)
        this.kept.delete(el) // another category may have another style
        this.schedulePositionsAfterLayout()
      }
    }
    if (this.tooltip.shownFor === el) this.tooltip.show(el)
    if (this.visibility.track(el)) {
      if (this.visibility.usesRegion) this.schedulePositionsAfterLayout()
    } else this.ensureMarker(el)
  }

  /** Holds marker placement (the first pass tracks thousands of elements across several tasks). */
  hold(): void {
    this.held = true
  }

  release(): void {
    this.held = false
    this.visibility.regionDirty = true
    this.schedulePositionsAfterLayout()
  }

  untrack(el: Element): void {
    this.visibility.untrack(el)
    this.markers.get(el)?.remove()
    this.markers.delete(el)
    this.kept.delete(el)
    this.tooltip.forget(el)
  }

  setStyle(style: MarkerStyle, categoryStyles: Partial<Record<Category, CategoryMarkerStyle>> = this.categoryStyles): void {
    this.style = style
    this.categoryStyles = categoryStyles
    this.layer.dataset.style = style
    this.moved(true)
  }

  /**
   * The notes' words changed (their bodies arrived, or another language): markers are named again
   * and an open tooltip shows the new words.
   */
  contentChanged(): void {
    // Titles (and so marker names) come with the content script and do not change here.
    this.guard(() => this.tooltip.refresh())
  }

  /** Briefly highlights the markers of these elements (popup's "Show on page"). */
  flash(elements: Element[]): void {
    const view = this.view
    for (const el of elements) {
      // Only elements on screen get a marker here: an off-screen one would never be taken down,
      // since the visibility observer reports changes only.
      if (!this.markers.has(el) && view && !onScreen(el.getBoundingClientRect(), view)) continue
      const marker = this.ensureMarker(el)
      if (!marker) continue
      // The next frames take it down again once it leaves the screen.
      if (this.visibility.inRegion(el) && !this.visibility.regionShown.includes(el)) this.visibility.regionShown.push(el)
      marker.classList.remove('flash')
      void marker.offsetWidth // restart the animation
      marker.classList.add('flash')
    }
    this.schedulePositions()
  }

  /** Markers currently drawn (for tests and the benchmark). */
  get markerCount(): number {
    return this.markers.size
  }

  destroy(): void {
    this.destroyed = true
    for (const off of this.cleanups.splice(0)) off()
    this.visibility.destroy()
    this.tooltip.destroy()
    if (this.frame) this.view?.cancelAnimationFrame(this.frame)
    this.markers.clear()
    this.host.destroy()
  }

  private listen(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void {
    const safe = (e: Event) => this.guard(() => handler(e))
    target.addEventListener(type, safe, options)
    this.cleanups.push(() => target.removeEventListener(type, safe, options))
  }

  /** Never let an error of ours escape into the page's event dispatch or callbacks. */
  private guard(fn: () => void): void {
    try {
      fn()
    } catch (error) {
      console.warn('[Metadata Lens] overlay:', error)
    }
  }

  private isTracked(el: Element): boolean {
    return this.options.categoryOf(el) !== undefined
  }

  /** Scrolling, resizing, the host put back: place again in the coming frame. */
  private moved(relayout = false): void {
    // A resize can reflow the page: every placement is read again.
    if (relayout) for (const el of this.markers.keys()) this.kept.delete(el)
    this.visibility.regionDirty = true
    this.schedulePositions()
  }

  private onVisibility(entries: IntersectionObserverEntry[]): void {
    let changed = false
    for (const entry of entries) {
      const el = entry.target
      if (!this.isTracked(el)) continue
      const marker = this.markers.get(el)
      if (entry.isIntersecting) {
        if (!marker) changed = true
        this.ensureMarker(el, false)
      } else if (marker) {
        marker.remove()
        this.markers.delete(el)
        changed = true
      }
    }
    // The observer's first report mostly confirms what positionAll already drew: nothing to move then.
    if (changed) this.schedulePositionsAfterLayout()
  }

  private ensureMarker(el: Element, reposition = true): HTMLElement | null {
    const category = this.options.categoryOf(el)
    if (!category) return null
    let marker = this.markers.get(el)
    if (!marker) {
      marker = this.doc.createElement('button')
      marker.className = 'marker'
      marker.setAttribute('type', 'button')
      marker.setAttribute('aria-describedby', this.tooltip.element.id)
      this.ownerOf.set(marker, el)
      this.markers.set(el, marker)
      this.layer.append(marker)
      if (reposition) this.schedulePositionsAfterLayout()
    }
    this.labelMarker(marker, category)
    return marker
  }

  private labelMarker(marker: HTMLElement, category: Category): void {
    if (marker.dataset.category === category) return
    marker.dataset.category = category
    let label = this.labels.get(category)
    if (label === undefined) {
      label = this.options.text.markerLabel(this.options.describe(category).title)
      this.labels.set(category, label)
    }
    marker.setAttribute('aria-label', label)
  }

  /** Scrolling and resizing: reposition in the coming frame (scrolling leaves the layout clean). */
  private schedulePositions(): void {
    const view = this.view
    if (this.frame || !view) return
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0
      this.guard(() => this.positionAll())
    })
  }

  /**
   * After the page changed (elements tracked or given a marker): reposition once the browser has
   * laid out the coming frame, so reading rectangles never forces a layout of its own.
   */
  private schedulePositionsAfterLayout(): void {
    if (this.afterLayoutQueued || this.held) return // checked first: called once per tracked element
    const view = this.view
    if (!view) return
    this.afterLayoutQueued = true
    view.requestAnimationFrame(() =>
      view.setTimeout(() => {
        this.afterLayoutQueued = false
        if (!this.destroyed) this.guard(() => this.positionAll())
      }, 0),
    )
  }

  private styleOf(category: Category | undefined): MarkerStyle | CategoryMarkerStyle {
    return (category && this.categoryStyles[category]) || this.style
  }

  private positionAll(): void {
    // Newly observed elements on screen get their marker now, with the others: the observer's first
    // report then has nothing to add, and the page is not read a second time for it.
    const newlyObserved = this.visibility.sortTracked()
    // Reads first: the region search, every marked element's box and, for markers not placed
    // before at this size, the text around them…
    const rects = new Map<Element, DOMRect>()
    const rectOf = (el: Element) => {
      let r = rects.get(el)
      if (!r) rects.set(el, (r = el.getBoundingClientRect()))
      return r
    }
    const regionNow = this.visibility.regionOnScreen(rectOf)
    const leaving = new Set<Element>()
    if (regionNow) {
      const keep = new Set(regionNow)
      for (const el of this.visibility.regionShown) if (!keep.has(el)) leaving.add(el)
    }
    const view = this.view
    const screen = { width: view?.innerWidth ?? Infinity, height: view?.innerHeight ?? Infinity }
    const appearing = view ? newlyObserved.filter((el) => !this.markers.has(el) && onScreen(rectOf(el), view)) : []
    const marked = new Set<Element>()
    for (const el of this.markers.keys()) if (!leaving.has(el)) marked.add(el)
    for (const el of regionNow ?? []) marked.add(el)
    for (const el of appearing) marked.add(el)
    const stopAt = this.visibility.currentRegion()
    const fresh = new Map<Element, Surroundings>()
    for (const el of marked) {
      const r = rectOf(el)
      const kept = this.kept.get(el)
      const wanted = this.styleOf(this.options.categoryOf(el))
      if (wanted !== 'dot' || (kept && kept.width === r.width && kept.height === r.height)) continue
      if (r.width === 0 && r.height === 0) continue
      fresh.set(el, readSurroundings(el, r, rectOf, stopAt && stopAt.contains(el) ? stopAt : null))
    }
    this.tooltip.readSize()
    // …then the placements (no DOM)…
    const placements = new Map<Element, Placement>()
    const taken: Box[] = []
    const place = (el: Element, p: Placement, r: DOMRect) => {
      placements.set(el, p)
      this.kept.set(el, { width: r.width, height: r.height, dx: p.left - r.left, dy: p.top - r.top, placement: p })
      // A dot keeps off other dots and off rings and outlines (a dot on a photo's ring would seem to mark the photo).
      if (p.shape !== 'underline') taken.push(footprint(p))
    }
    // Placed before: the same offset from their element (keeps markers still while scrolling).
    for (const el of marked) {
      const kept = this.kept.get(el)
      const r = rectOf(el)
      if (kept && !fresh.has(el) && kept.width === r.width && kept.height === r.height) {
        place(el, { ...kept.placement, left: r.left + kept.dx, top: r.top + kept.dy }, r)
      }
    }
    // Rings and outlines first: they go around their element whatever else is there, and dots avoid them.
    const pending = [...marked].filter((el) => !placements.has(el))
    const preferredOf = (el: Element): Preferred => {
      const wanted = this.styleOf(this.options.categoryOf(el))
      return wanted === 'ring' || wanted === 'outline' ? wanted : 'dot'
    }
    pending.sort((a, b) => Number(preferredOf(a) === 'dot') - Number(preferredOf(b) === 'dot'))
    for (const el of pending) {
      place(el, placeMarker(rectOf(el), fresh.get(el) ?? NOWHERE, taken, screen, preferredOf(el)), rectOf(el))
    }
    // …then writes, so the page is laid out once (new markers would otherwise force a layout).
    if (regionNow) {
      for (const el of leaving) {
        this.markers.get(el)?.remove()
        this.markers.delete(el)
      }
      for (const el of regionNow) this.ensureMarker(el, false)
      this.visibility.regionShown = regionNow
    }
    for (const el of appearing) this.ensureMarker(el, false)
    for (const [el, marker] of this.markers) {
      const r = rects.get(el) ?? el.getBoundingClientRect()
      const p = placements.get(el)
      marker.hidden = !p || (r.width === 0 && r.height === 0)
      if (p) this.drawMarker(marker, p, r, this.styleOf(marker.dataset.category as Category) === 'tooltip-only')
    }
    this.lastPlacements = placements
    if (this.tooltip.open) this.tooltip.place(this.measureFrom(this.tooltip.shownFor!, rects.get(this.tooltip.shownFor!), screen))
  }

  private lastPlacements = new Map<Element, Placement>()

  private drawMarker(marker: HTMLElement, p: Placement, r: DOMRect, invisible: boolean): void {
    if (marker.dataset.shape !== p.shape) marker.dataset.shape = p.shape
    marker.toggleAttribute('data-invisible', invisible)
    const round = p.shape === 'ring' && Math.abs(r.width - r.height) <= 4
    marker.toggleAttribute('data-round', round)
    marker.style.transform = `translate(${Math.round(p.left * 2) / 2}px, ${Math.round(p.top * 2) / 2}px)`
    marker.style.width = p.shape === 'dot' ? '' : `${p.width}px`
    marker.style.height = p.shape === 'dot' ? '' : `${p.height}px`
  }

  /** Where the tooltip points for an element: its dot if it has one on screen, else the element. */
  private measureForTooltip(el: Element): ReturnType<Overlay['measureFrom']> {
    const view = this.view
    if (!view) return null
    return this.measureFrom(el, undefined, { width: view.innerWidth, height: view.innerHeight })
  }

  private measureFrom(el: Element, rect: DOMRect | undefined, screen: { width: number; height: number }) {
    if (!el.isConnected) return null
    const r = rect ?? el.getBoundingClientRect()
    // Gone from the screen (scrolled away, hidden, re-rendered): the tooltip closes.
    if ((r.width === 0 && r.height === 0) || r.bottom <= 0 || r.top >= screen.height || r.right <= 0 || r.left >= screen.width) return null
    const p = this.lastPlacements.get(el)
    const anchor: Box =
      p?.shape === 'dot' ? { left: p.left, top: p.top, right: p.left + p.width, bottom: p.top + p.height } : r
    const rtl = el.closest('[dir="rtl"], [dir="ltr"]')?.getAttribute('dir') === 'rtl'
    return { anchor, view: screen, rtl }
  }

  private onPointerOver(e: PointerEvent): void {
    const target = e.target as Element | null
    if (target === this.host.element) return // ours: handled in the shadow root
    const el = target && typeof target.closest === 'function' ? target.closest(NOTE_SELECTOR) : null
    if (el && this.isTracked(el)) this.tooltip.pointerEnter(el)
    else this.tooltip.pointerLeave(e.clientX, e.clientY)
  }

  private onOwnPointerOver(e: Event): void {
    const target = e.target as HTMLElement
    const owner = this.ownerOf.get(target)
    if (owner) this.tooltip.pointerEnter(owner)
    else if (target.closest?.('[role="tooltip"]')) this.tooltip.pointerInside()
  }

  private onMarkerClick(e: Event): void {
    const owner = this.ownerOf.get(e.target as HTMLElement)
    if (!owner) return
    // A click meant for our marker is not the page's business.
    e.stopPropagation()
    this.tooltip.show(owner)
  }

  private onPagePointerDown(e: Event): void {
    if (e.target !== this.host.element && this.tooltip.open) this.tooltip.hide()
  }

  private onPageFocus(e: Event): void {
    const target = e.target as Element | null
    if (target === this.host.element) return
    if (target && this.isTracked(target)) this.tooltip.show(target)
    else if (this.tooltip.open) this.tooltip.hide()
  }

  private onPageKey(e: KeyboardEvent): void {
    // Escape closes our tooltip but still reaches WhatsApp: we never swallow its keys.
    if (e.key === 'Escape' && this.tooltip.open) this.tooltip.hide()
  }

  private onMarkerFocus(e: Event): void {
    const el = this.ownerOf.get(e.target as HTMLElement)
    if (el) this.tooltip.show(el)
  }

  private onMarkerBlur(e: FocusEvent): void {
    // Focus moving into the tooltip (its text can be selected) keeps it open.
    const next = e.relatedTarget as Element | null
    if (next && this.tooltip.element.contains(next)) return
    this.tooltip.hide()
  }

  private onMarkerKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.tooltip.open) {
      // Focus is in our own UI here, so this Escape is ours.
      e.stopPropagation()
      this.tooltip.hide()
    }
  }
}

/** Surroundings that allow no dot at all (an element not read this frame): it is outlined. */
const NOWHERE: Surroundings = {
  known: { left: 0, top: 0, right: 0, bottom: 0 },
  texts: [],
  firstLine: null,
  lastLine: null,
  cell: null,
  rtl: false,
}

function onScreen(r: DOMRect, view: Window): boolean {
  return r.bottom > 0 && r.right > 0 && r.top < view.innerHeight && r.left < view.innerWidth && (r.width > 0 || r.height > 0)
}
