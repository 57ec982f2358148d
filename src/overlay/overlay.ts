import type { Category } from '../shared/categories'
import type { MarkerStyle } from '../settings/schema'
import { OVERLAY_CSS } from './styles'
import { visibleWithin, type Band } from './list-search'
import { queryAllBeside } from '../shared/dom'

export const OVERLAY_ATTRIBUTE = 'data-privacy-overlay'
const NOTE_SELECTOR = '[data-privacy-note]'

/** What the tooltip says; always plain text (never markup). */
export interface TooltipContent {
  title: string
  summary: string
  audience: string
  control: string
}

export interface OverlayText {
  whoCanSee: string
  control: string
  markerLabel(title: string): string
}

export interface OverlayOptions {
  describe(category: Category): TooltipContent
  text: OverlayText
  style: MarkerStyle
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
}

/**
 * All in-page UI of the extension: one host element on <html> with an open shadow root,
 * holding a marker per visible annotated element and one tooltip. WhatsApp's own elements
 * are only read (their position), never changed. Listeners are delegated on the document,
 * so removed elements leave nothing behind but a Map entry that `untrack` deletes.
 */
export class Overlay {
  private readonly host: HTMLElement
  private readonly root: ShadowRoot
  private readonly layer: HTMLElement
  private readonly tooltip: HTMLElement
  private readonly markers = new Map<Element, HTMLElement>()
  private readonly ownerOf = new WeakMap<HTMLElement, Element>()
  /** Accessible names per category, computed once (thousands of markers share a few names). */
  private readonly labels = new Map<Category, string>()
  private readonly visibility: IntersectionObserver | null
  /** The ordered region's element (see OverlayOptions.orderedRegion), looked up again once replaced. */
  private regionRoot: Element | null = null
  /** Elements of the region that have a marker (they were on screen at the last frame, or flashed). */
  private regionShown: Element[] = []
  /** Elements given to the IntersectionObserver (those outside the ordered region). */
  private readonly observed = new Set<Element>()
  /** Tracked elements not yet sorted into region / observed (done after the next layout). */
  private unsorted = false
  /** What is on screen in the region may have changed (scroll, resize, tracked or untracked elements). */
  private regionDirty = true
  /** The page's window, read once: each defaultView access costs about a microsecond from a content script. */
  private readonly view: (Window & typeof globalThis) | null
  private shownFor: Element | null = null
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
    this.host = doc.createElement('div')
    this.host.setAttribute(OVERLAY_ATTRIBUTE, '')
    this.root = this.host.attachShadow({ mode: 'open' })
    const style = doc.createElement('style')
    style.textContent = OVERLAY_CSS
    this.layer = doc.createElement('div')
    this.layer.className = 'layer'
    this.layer.dataset.style = options.style
    this.tooltip = doc.createElement('div')
    this.tooltip.setAttribute('role', 'tooltip')
    this.tooltip.id = 'metadata-lens-tooltip'
    this.tooltip.hidden = true
    this.root.append(style, this.layer, this.tooltip)
    doc.documentElement.append(this.host)

    const view = (this.view = doc.defaultView as (Window & typeof globalThis) | null)
    this.visibility =
      view && 'IntersectionObserver' in view
        ? new view.IntersectionObserver((entries) => this.guard(() => this.onVisibility(entries)))
        : null
    this.listen(doc, 'pointerover', (e) => this.onPointerOver(e), { capture: true, passive: true })
    this.listen(doc, 'focusin', (e) => this.onPageFocus(e), { capture: true, passive: true })
    this.listen(doc, 'keydown', (e) => this.onPageKey(e as KeyboardEvent), { capture: true, passive: true })
    const moved = () => {
      this.regionDirty = true
      this.schedulePositions()
    }
    this.listen(doc, 'scroll', moved, { capture: true, passive: true })
    if (view) this.listen(view, 'resize', moved, { passive: true })
    this.listen(this.root, 'focusin', (e) => this.onMarkerFocus(e))
    this.listen(this.root, 'focusout', () => this.hide())
    this.listen(this.root, 'keydown', (e) => this.onMarkerKey(e as KeyboardEvent))
  }

  track(el: Element, category: Category): void {
    if (this.markers.size > 0) {
      const marker = this.markers.get(el)
      if (marker) this.labelMarker(marker, category)
    }
    if (this.shownFor === el) this.show(el)
    if (this.options.orderedRegion && this.visibility) {
      // Sorted after the next layout, all at once: no per-element DOM call here (a long chat
      // tracks thousands at a time, and even contains() costs about a microsecond each).
      this.unsorted = true
      this.regionDirty = true
      this.schedulePositionsAfterLayout()
    } else this.observe(el)
  }

  /** Holds marker placement (the first pass tracks thousands of elements across several tasks). */
  hold(): void {
    this.held = true
  }

  release(): void {
    this.held = false
    this.regionDirty = true
    this.schedulePositionsAfterLayout()
  }

  untrack(el: Element): void {
    if (this.observed.delete(el)) this.visibility?.unobserve(el)
    else this.regionDirty = true
    this.markers.get(el)?.remove()
    this.markers.delete(el)
    if (this.shownFor === el) this.hide()
  }

  setStyle(style: MarkerStyle): void {
    this.layer.dataset.style = style
    this.schedulePositions()
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
      if (this.inRegion(el) && !this.regionShown.includes(el)) this.regionShown.push(el)
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
    this.visibility?.disconnect()
    this.observed.clear()
    this.regionRoot = null
    this.regionShown = []
    if (this.frame) this.view?.cancelAnimationFrame(this.frame)
    this.markers.clear()
    this.host.remove()
  }

  private listen(
    target: EventTarget,
    type: string,
    handler: (e: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
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

  private isTracked(el: Element): boolean {
    return this.options.categoryOf(el) !== undefined
  }

  private observe(el: Element): void {
    if (!this.visibility) {
      this.ensureMarker(el)
      return
    }
    if (this.observed.has(el)) return
    this.observed.add(el)
    this.visibility.observe(el)
  }

  /** The ordered region's element, looked up again once replaced (another chat). */
  private currentRegion(): Element | null {
    const selector = this.options.orderedRegion
    if (!selector) return null
    if (!this.regionRoot?.isConnected) this.regionRoot = this.doc.querySelector(selector)
    return this.regionRoot
  }

  private inRegion(el: Element): boolean {
    return this.currentRegion()?.contains(el) ?? false
  }

  /**
   * Hands the tracked elements outside the ordered region to the IntersectionObserver. They are
   * found by querying beside the region (the small part of the page), not by testing every
   * tracked element; those inside are found on screen by regionOnScreen.
   */
  private sortTracked(): Element[] {
    if (!this.unsorted || !this.options.orderedRegion) return []
    this.unsorted = false
    const outside = queryAllBeside(this.doc, this.options.orderedRegion, NOTE_SELECTOR)
    const added: Element[] = []
    for (const el of outside) {
      if (this.isTracked(el) && !this.observed.has(el)) {
        this.observe(el)
        added.push(el)
      }
    }
    return added
  }

  /**
   * The region's annotated elements now on screen, or null when nothing there can have moved.
   * Only reads the page: markers are changed afterwards, so the page is laid out once.
   */
  private regionOnScreen(rectOf: (el: Element) => DOMRect): Element[] | null {
    const view = this.view
    if (!this.options.orderedRegion || !view || !this.regionDirty) return null
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
    return visibleWithin(root, band, NOTE_SELECTOR, rectOf).filter((el) => this.isTracked(el))
  }

  private ensureMarker(el: Element, reposition = true): HTMLElement | null {
    const category = this.options.categoryOf(el)
    if (!category) return null
    let marker = this.markers.get(el)
    if (!marker) {
      marker = this.doc.createElement('button')
      marker.className = 'marker'
      marker.setAttribute('type', 'button')
      marker.setAttribute('aria-describedby', this.tooltip.id)
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

  private positionAll(): void {
    // Newly observed elements on screen get their marker now, with the others: the observer's first
    // report then has nothing to add, and the page is not read a second time for it.
    const newlyObserved = this.sortTracked()
    // Reads first: the region search and every marked element's box…
    const rects = new Map<Element, DOMRect>()
    const rectOf = (el: Element) => {
      let r = rects.get(el)
      if (!r) rects.set(el, (r = el.getBoundingClientRect()))
      return r
    }
    const regionNow = this.regionOnScreen(rectOf)
    const leaving = new Set<Element>()
    if (regionNow) {
      const keep = new Set(regionNow)
      for (const el of this.regionShown) if (!keep.has(el)) leaving.add(el)
      for (const el of regionNow) rectOf(el)
    }
    for (const el of this.markers.keys()) if (!leaving.has(el)) rectOf(el)
    const view = this.view
    const viewWidth = view?.innerWidth ?? Infinity
    const appearing = view ? newlyObserved.filter((el) => !this.markers.has(el) && onScreen(rectOf(el), view)) : []
    // …then writes, so the page is laid out once (new markers would otherwise force a layout).
    if (regionNow) {
      for (const el of leaving) {
        this.markers.get(el)?.remove()
        this.markers.delete(el)
      }
      for (const el of regionNow) this.ensureMarker(el, false)
      this.regionShown = regionNow
    }
    for (const el of appearing) this.ensureMarker(el, false)
    const style = this.layer.dataset.style
    for (const [el, marker] of this.markers) {
      const r = rects.get(el) ?? el.getBoundingClientRect()
      marker.hidden = r.width === 0 && r.height === 0
      if (style === 'outline') {
        marker.style.transform = `translate(${r.left - 2}px, ${r.top - 2}px)`
        marker.style.width = `${r.width + 4}px`
        marker.style.height = `${r.height + 4}px`
      } else {
        marker.style.width = ''
        marker.style.height = ''
        const { x, y } = dotPosition(r, viewWidth)
        marker.style.transform = `translate(${x}px, ${y}px)`
      }
    }
    if (this.shownFor) this.placeTooltip(this.shownFor)
  }

  private onPointerOver(e: Event): void {
    const target = e.target as Element | null
    const el = target && typeof target.closest === 'function' ? target.closest(NOTE_SELECTOR) : null
    if (el && this.isTracked(el)) this.show(el)
    else if (this.shownFor) this.hide()
  }

  private onPageFocus(e: Event): void {
    const target = e.target as Element | null
    if (target && target !== this.host && this.isTracked(target)) this.show(target)
    else if (target !== this.host && this.shownFor) this.hide()
  }

  private onPageKey(e: KeyboardEvent): void {
    // Escape closes our tooltip but still reaches WhatsApp: we never swallow its keys.
    if (e.key === 'Escape' && this.shownFor) this.hide()
  }

  private onMarkerFocus(e: Event): void {
    const el = this.ownerOf.get(e.target as HTMLElement)
    if (el) this.show(el)
  }

  private onMarkerKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.shownFor) {
      // Focus is in our own UI here, so this Escape is ours.
      e.stopPropagation()
      this.hide()
    }
  }

  private show(el: Element): void {
    const category = this.options.categoryOf(el)
    if (!category) return
    const content = this.options.describe(category)
    const { text } = this.options
    const title = this.doc.createElement('p')
    title.className = 'title'
    title.textContent = content.title
    const summary = this.doc.createElement('p')
    summary.textContent = content.summary
    const who = this.line(text.whoCanSee, content.audience)
    const control = this.line(text.control, content.control)
    this.tooltip.replaceChildren(title, summary, who, control)
    this.tooltip.dataset.category = category
    this.tooltip.hidden = false
    this.shownFor = el
    this.placeTooltip(el)
  }

  private line(label: string, value: string): HTMLElement {
    const p = this.doc.createElement('p')
    const strong = this.doc.createElement('span')
    strong.className = 'label'
    strong.textContent = `${label}: `
    p.append(strong, this.doc.createTextNode(value))
    return p
  }

  private hide(): void {
    this.shownFor = null
    this.tooltip.hidden = true
  }

  private placeTooltip(el: Element): void {
    const view = this.view
    if (!view) return
    const r = el.getBoundingClientRect()
    const tip = this.tooltip.getBoundingClientRect()
    const width = tip.width || 300
    const height = tip.height || 120
    const left = Math.max(8, Math.min(r.left, view.innerWidth - width - 8))
    const below = r.bottom + 8
    const top = below + height > view.innerHeight ? Math.max(8, r.top - height - 8) : below
    this.tooltip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`
  }
}

/** The dot's size with its ring (styles.ts: 9 px and a 2.5 px shadow ring). */
const DOT_EXTENT = 12

/**
 * Where the dot marker goes for an element's box: just above its top-right corner, so it does not
 * hide a small icon such as a tick; but inside the window, so an element flush with the window's
 * right or top edge (a drawer's full-width block, a header) keeps a whole, visible dot.
 */
export function dotPosition(r: Pick<DOMRect, 'top' | 'right'>, viewWidth: number): { x: number; y: number } {
  return { x: Math.min(r.right - 3, viewWidth - DOT_EXTENT), y: Math.max(r.top - 7, 3) }
}

function onScreen(r: DOMRect, view: Window): boolean {
  return r.bottom > 0 && r.right > 0 && r.top < view.innerHeight && r.left < view.innerWidth && (r.width > 0 || r.height > 0)
}
