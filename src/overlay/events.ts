import type { Category } from '../shared/categories'
import type { MarkerLayer } from './markers'
import type { NoteApi } from './tooltip'
import { NOTE_SELECTOR } from './visibility'

export interface OverlayEventDeps {
  host: HTMLElement
  root: ShadowRoot
  tooltip: NoteApi
  markers: MarkerLayer
  isTracked(el: Element): boolean
  /** Scrolled or resized (relayout: every placement is read again). */
  moved(relayout: boolean): void
  openFullNote?(category: Category): void
  /** Adds a guarded listener that the overlay removes on destroy. */
  listen(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void
}

const PASSIVE_CAPTURE = { capture: true, passive: true }

/**
 * The overlay's listeners: delegated on the page's document (hover, focus, Escape, scrolling) and
 * on our shadow root (markers and the note). Keyboard, for a note that holds links (a non-modal
 * dialog opened by its marker, as a disclosure is by its button):
 * - a focused marker opens its note and is described by its text;
 * - Tab from that marker moves into the note's links; Shift+Tab from the first link goes back to
 *   the marker, Tab from the last one on to the next marker;
 * - Escape closes the note and puts focus back on the marker (so Tab then skips the links).
 * The page's own keys are never swallowed: only an Escape meant for our UI stops there.
 */
export function listenForOverlay(doc: Document, view: Window | null, deps: OverlayEventDeps): void {
  const { host, root, tooltip, markers, listen } = deps
  const markerOfShown = () => (tooltip.shownFor ? markers.markerOf(tooltip.shownFor) : undefined)
  // An event from our shadow root reaches the document retargeted to the host (and, in test DOMs
  // that do not retarget, with its own target inside the root): either way it is handled below.
  const ours = (target: EventTarget | null) => target === host || root.contains(target as Node)

  listen(doc, 'pointerover', (e) => {
    const target = e.target as Element | null
    if (ours(target)) return
    const el = target && typeof target.closest === 'function' ? target.closest(NOTE_SELECTOR) : null
    if (el && deps.isTracked(el)) tooltip.pointerEnter(el)
    else tooltip.pointerLeave((e as PointerEvent).clientX, (e as PointerEvent).clientY)
  }, PASSIVE_CAPTURE)
  listen(doc, 'pointerdown', (e) => {
    if (tooltip.open && !ours(e.target)) tooltip.hide()
  }, PASSIVE_CAPTURE)
  listen(doc, 'focusin', (e) => {
    const target = e.target as Element | null
    if (ours(target)) return
    if (target && deps.isTracked(target)) tooltip.show(target)
    else if (tooltip.open) tooltip.hide()
  }, PASSIVE_CAPTURE)
  listen(doc, 'keydown', (e) => {
    // Escape closes our tooltip but still reaches WhatsApp: we never swallow its keys.
    if ((e as KeyboardEvent).key === 'Escape' && tooltip.open && !ours(e.target)) tooltip.dismiss()
  }, PASSIVE_CAPTURE)
  listen(doc, 'scroll', () => deps.moved(false), PASSIVE_CAPTURE)
  if (view) listen(view, 'resize', () => deps.moved(true), { passive: true })

  listen(root, 'pointerover', (e) => {
    const owner = markers.ownerOfMarker(e.target)
    if (owner) tooltip.pointerEnter(owner)
    else if (tooltip.holds(e.target as Node)) tooltip.pointerInside()
  })
  listen(root, 'click', (e) => {
    const target = e.target as Element
    const owner = markers.ownerOfMarker(target)
    if (owner) {
      // A click meant for our marker or note is not the page's business.
      e.stopPropagation()
      tooltip.show(owner)
    } else if (tooltip.holds(target)) {
      e.stopPropagation()
      const category = tooltip.category
      if (target.closest('.full-note') && category) deps.openFullNote?.(category as Category)
    }
  })
  listen(root, 'focusin', (e) => {
    const owner = markers.ownerOfMarker(e.target)
    if (owner) tooltip.show(owner)
  })
  listen(root, 'focusout', (e) => {
    // Focus moving between a marker and its open note keeps the note; anywhere else closes it.
    const next = (e as FocusEvent).relatedTarget as Element | null
    if (next && (tooltip.holds(next) || next === markerOfShown())) return
    const from = e.target as Element
    if (markers.ownerOfMarker(from) || tooltip.holds(from)) tooltip.hide()
  })
  listen(root, 'keydown', (e) => {
    const key = e as KeyboardEvent
    const target = e.target as HTMLElement
    const inNote = tooltip.holds(target)
    if (key.key === 'Escape' && tooltip.open) {
      // Focus is in our own UI here, so this Escape is ours.
      e.stopPropagation()
      // Focus goes back to the marker first (focusing it would open the note again), then the note closes.
      if (inNote) markerOfShown()?.focus()
      tooltip.dismiss()
      return
    }
    if (key.key !== 'Tab' || key.altKey || key.ctrlKey || key.metaKey || !tooltip.shownFor) return
    const owner = markers.ownerOfMarker(target)
    if (owner === tooltip.shownFor && !key.shiftKey) {
      if (tooltip.focusFirst()) e.preventDefault()
      return
    }
    if (!inNote) return
    const focusables = tooltip.focusables()
    const marker = markerOfShown()
    if (key.shiftKey && target === focusables[0] && marker) {
      e.preventDefault()
      marker.focus()
    } else if (!key.shiftKey && target === focusables[focusables.length - 1]) {
      const next = markers.nextMarker(tooltip.shownFor)
      if (next) {
        e.preventDefault()
        next.focus()
      }
    }
  })
}
