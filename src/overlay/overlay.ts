import type { Category } from '../shared/categories'
import type { CategoryMarkerStyle, MarkerStyle } from '../settings/schema'
import { OverlayHost } from './host'
import { MarkerVisibility } from './visibility'
import { MarkerLayer } from './markers'
import { onScreen } from './placement'
import type { NoteApi, NoteMaker } from './tooltip'
import { listenForOverlay } from './events'
import type { NoteLabels, TooltipContent } from './note'

export { OVERLAY_ATTRIBUTE } from './host'
export type { NoteSource, TooltipContent } from './note'

/** The overlay's own words: a marker's accessible name, the note's link, and section labels a note may bring itself. */
export interface OverlayText extends NoteLabels {
  markerLabel(title: string): string
}

export interface OverlayOptions {
  /** A category's note; only its title is sure to be there (the rest may come later: contentChanged). */
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
  /** Makes the tooltip: tooltip.ts's makeTooltip, or on WhatsApp Web a stand-in that loads it when first wanted. */
  note: NoteMaker
}

const TOOLTIP_ID = 'metadata-lens-tooltip'

/**
 * All in-page UI of the extension: one host element on <html> with an open shadow root
 * (host.ts), holding a marker per visible annotated element (markers.ts; visibility.ts decides
 * which, placement.ts where) and one tooltip with the category's short note (tooltip.ts, note.ts).
 * WhatsApp's own elements are only read, never changed. Listeners (events.ts) are delegated on the
 * document, so removed elements leave nothing behind but a Map entry that `untrack` deletes.
 */
export class Overlay {
  readonly #host: OverlayHost
  readonly #markers: MarkerLayer
  readonly #tooltip: NoteApi
  readonly #visibility: MarkerVisibility
  /** The page's window, read once: each defaultView access costs about a microsecond from a content script. */
  readonly #view: (Window & typeof globalThis) | null
  #style: MarkerStyle
  #categoryStyles: Partial<Record<Category, CategoryMarkerStyle>>
  #frame = 0
  #afterLayoutQueued = false
  /** While the first pass runs, markers wait for its end: one placement instead of one per slice. */
  #held = false
  #destroyed = false
  readonly #cleanups: Array<() => void> = []

  readonly #options: OverlayOptions

  constructor(doc: Document, options: OverlayOptions) {
    this.#options = options
    const view = (this.#view = doc.defaultView as (Window & typeof globalThis) | null)
    this.#style = options.style
    this.#categoryStyles = options.categoryStyles ?? {}
    this.#host = new OverlayHost(doc, view, () => this.#moved())
    this.#visibility = new MarkerVisibility(doc, view, options.orderedRegion, (el) => this.#isTracked(el), (entries) =>
      this.#guard(() => {
        // The observer's first report mostly confirms what positionAll already drew: nothing to move then.
        if (this.#markers.onVisibility(entries)) this.#schedulePositionsAfterLayout()
      }),
    )
    this.#markers = new MarkerLayer(doc, view, this.#visibility, {
      categoryOf: (el) => this.#options.categoryOf(el),
      nameOf: (category) => this.#options.text.markerLabel(this.#options.describe(category).title),
      styleOf: (category) => (category && this.#categoryStyles[category]) || this.#style,
      describedBy: `${TOOLTIP_ID}-text`,
      controls: TOOLTIP_ID,
      isOpenFor: (el) => this.#tooltip.shownFor === el,
    })
    this.#markers.element.dataset.style = options.style
    // The note comes after the markers in the root: it is drawn over them.
    this.#host.root.append(this.#markers.element)
    this.#tooltip = options.note(doc, {
      id: TOOLTIP_ID,
      labels: options.text,
      fullNote: !!options.openFullNote,
      fill: (el) => {
        const category = this.#options.categoryOf(el)
        return category ? { category, content: this.#options.describe(category) } : null
      },
      measure: (el) => (this.#view ? this.#markers.anchorFor(el, undefined, { width: this.#view.innerWidth, height: this.#view.innerHeight }) : null),
      guard: (fn) => this.#guard(fn),
      onToggle: (shown, previous) => {
        this.#markers.setExpanded(previous, false)
        this.#markers.setExpanded(shown, true)
      },
    }, this.#host.root)
    listenForOverlay(doc, view, {
      host: this.#host.element,
      root: this.#host.root,
      tooltip: this.#tooltip,
      markers: this.#markers,
      isTracked: (el) => this.#isTracked(el),
      moved: (relayout) => this.#moved(relayout),
      openFullNote: options.openFullNote && ((category) => options.openFullNote!(category)),
      listen: (target, type, handler, opts) => this.#listen(target, type, handler, opts),
    })
  }

  track(el: Element, category: Category): void {
    // While held (a first pass tracking thousands of elements, all new), a page with an ordered
    // region needs nothing done per element: release() has them all sorted and placed at once.
    if (this.#held && this.#visibility.usesRegion) return
    if (this.#markers.count > 0 && this.#markers.recategorise(el, category)) this.#schedulePositionsAfterLayout()
    if (this.#tooltip.shownFor === el) this.#tooltip.show(el)
    if (this.#visibility.track(el)) {
      if (this.#visibility.usesRegion) this.#schedulePositionsAfterLayout()
    } else this.#ensureMarker(el)
  }

  /** Holds marker placement (the first pass tracks thousands of elements across several tasks). */
  hold(): void {
    this.#held = true
  }

  release(): void {
    this.#held = false
    this.#visibility.trackedWhileHeld()
    this.#schedulePositionsAfterLayout()
  }

  untrack(el: Element): void {
    this.#visibility.untrack(el)
    this.#markers.forget(el)
    this.#tooltip.forget(el)
  }

  setStyle(style: MarkerStyle, categoryStyles: Partial<Record<Category, CategoryMarkerStyle>> = this.#categoryStyles): void {
    this.#style = style
    this.#categoryStyles = categoryStyles
    this.#markers.element.dataset.style = style
    this.#moved(true)
  }

  /**
   * The notes' words changed (their bodies arrived, or another language): markers are named again
   * and an open tooltip shows the new words.
   */
  contentChanged(): void {
    this.#guard(() => {
      this.#markers.rename()
      this.#tooltip.refresh()
    })
  }

  /** Briefly highlights the markers of these elements (popup's "Show on page"). */
  flash(elements: Element[]): void {
    const view = this.#view
    for (const el of elements) {
      // Only elements on screen get a marker here: an off-screen one would never be taken down,
      // since the visibility observer reports changes only.
      if (!this.#markers.has(el) && view && !onScreen(el.getBoundingClientRect(), view)) continue
      const marker = this.#ensureMarker(el)
      if (!marker) continue
      // The next frames take it down again once it leaves the screen.
      if (this.#visibility.inRegion(el) && !this.#visibility.regionShown.includes(el)) this.#visibility.regionShown.push(el)
      marker.classList.remove('flash')
      void marker.offsetWidth // restart the animation
      marker.classList.add('flash')
    }
    this.#schedulePositions()
  }

  /** Markers currently drawn (for tests and the benchmark). */
  get markerCount(): number {
    return this.#markers.count
  }

  destroy(): void {
    this.#destroyed = true
    for (const off of this.#cleanups.splice(0)) off()
    this.#visibility.destroy()
    this.#tooltip.destroy()
    if (this.#frame) this.#view?.cancelAnimationFrame(this.#frame)
    this.#markers.clear()
    this.#host.destroy()
  }

  #listen(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void {
    const safe = (e: Event) => this.#guard(() => handler(e))
    target.addEventListener(type, safe, options)
    this.#cleanups.push(() => target.removeEventListener(type, safe, options))
  }

  /** Never let an error of ours escape into the page's event dispatch or callbacks. */
  #guard(fn: () => void): void {
    try {
      fn()
    } catch (error) {
      console.warn('[Metadata Lens] overlay:', error)
    }
  }

  #isTracked(el: Element): boolean {
    return this.#options.categoryOf(el) !== undefined
  }

  #ensureMarker(el: Element): HTMLElement | null {
    const made = this.#markers.ensure(el)
    if (made?.created) this.#schedulePositionsAfterLayout()
    return made?.marker ?? null
  }

  /** Scrolling, resizing, the host put back: place again in the coming frame. */
  #moved(relayout = false): void {
    // A resize can reflow the page: every placement is read again.
    if (relayout) this.#markers.invalidate()
    this.#visibility.regionDirty = true
    this.#schedulePositions()
  }

  /** Scrolling and resizing: reposition in the coming frame (scrolling leaves the layout clean). */
  #schedulePositions(): void {
    const view = this.#view
    if (this.#frame || !view) return
    this.#frame = view.requestAnimationFrame(() => {
      this.#frame = 0
      this.#guard(() => this.#positionAll())
    })
  }

  /**
   * After the page changed (elements tracked or given a marker): reposition once the browser has
   * laid out the coming frame, so reading rectangles never forces a layout of its own.
   */
  #schedulePositionsAfterLayout(): void {
    if (this.#afterLayoutQueued || this.#held) return // checked first: called once per tracked element
    const view = this.#view
    if (!view) return
    this.#afterLayoutQueued = true
    view.requestAnimationFrame(() =>
      view.setTimeout(() => {
        this.#afterLayoutQueued = false
        if (!this.#destroyed) this.#guard(() => this.#positionAll())
      }, 0),
    )
  }

  /** Markers, then the open tooltip at its element's new place (or closed, once the element is gone). */
  #positionAll(): void {
    const { rects, screen } = this.#markers.positionAll(() => this.#tooltip.readSize())
    const shown = this.#tooltip.shownFor
    if (shown) this.#tooltip.place(this.#markers.anchorFor(shown, rects.get(shown), screen))
  }
}
