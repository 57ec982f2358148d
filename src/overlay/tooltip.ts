import type { Box } from './placement'
import { renderNote, type NoteLabels, type TooltipContent } from './note'
import { positionTooltip } from './tooltip-position'
import NOTE_CSS from './note.css?inline'

export { positionTooltip, type TooltipPosition } from './tooltip-position'

/** Pointer hover waits this long before opening (moving along a list should not pop notes). */
export const HOVER_INTENT_MS = 300
/** After the pointer leaves, the tooltip waits this long for it to come back or reach the tooltip. */
const LEAVE_GRACE_MS = 150
/** …and this long when the pointer left towards the tooltip (it is crossing the gap). */
const TRAVEL_GRACE_MS = 700

/** Where the tooltip should point for an element (its marker, or the element) and the window. */
export interface Measured {
  anchor: Box
  view: { width: number; height: number }
  rtl: boolean
}

export interface TooltipDeps {
  /** The tooltip's id; its title and text get ids derived from it. */
  id: string
  labels: NoteLabels
  fill(el: Element): { category: string; content: TooltipContent } | null
  measure(el: Element): Measured | null
  /** Runs a callback so that no error of ours reaches the page. */
  guard(fn: () => void): void
  /** Whether the note offers "Read the full note" (the overlay was given a way to open it). */
  fullNote: boolean
  /** Told whenever the tooltip opens for another element or closes (markers say whether theirs is open). */
  onToggle?(shown: Element | null, previous: Element | null): void
  now?(): number
}

/**
 * The one tooltip: its content, its place, and when it opens and closes. Pointer hover opens after
 * an intent delay, but at once while a tooltip is open or was just closed (moving from one marked
 * element to the next); it stays open while the pointer is on the element, its marker or the
 * tooltip itself, and while it travels from one to the other. Focus, clicks and Escape act at once.
 *
 * It holds links (sources, the full note), so it is a non-modal dialog rather than role=tooltip,
 * whose content must not be interactive; keyboard handling is in events.ts.
 */
export class Tooltip {
  readonly element: HTMLElement
  /** The id of the note's text (summary and sections): what a focused marker is described by. */
  readonly textId: string
  readonly #title: HTMLElement
  readonly #text: HTMLElement
  readonly #links: HTMLElement
  readonly #arrow: HTMLElement
  /** The element whose note is shown, or null. */
  shownFor: Element | null = null
  #pendingFor: Element | null = null
  #showTimer: ReturnType<typeof setTimeout> | undefined
  #hideTimer: ReturnType<typeof setTimeout> | undefined
  #lastClosedAt = -Infinity
  #size: { width: number; height: number } | null = null
  #anchor: Box | null = null
  /** The element whose note was closed with Escape while the pointer may still be on it. */
  #dismissedFor: Element | null = null
  /** Focus was moved into the note from its marker by the keyboard (focusFirst), since it opened. */
  #keyboardInside = false
  /** The content changed since it was drawn (contentChanged): draw again even for the same element. */
  #stale = false
  readonly #now: () => number

  readonly #doc: Document
  readonly #deps: TooltipDeps

  constructor(doc: Document, deps: TooltipDeps) {
    this.#doc = doc
    this.#deps = deps
    this.#now = deps.now ?? (() => Date.now())
    this.textId = `${deps.id}-text`
    this.element = doc.createElement('div')
    this.element.className = 'tooltip'
    this.element.id = deps.id
    this.element.setAttribute('role', 'dialog')
    this.element.setAttribute('aria-labelledby', `${deps.id}-title`)
    this.element.hidden = true
    this.#arrow = doc.createElement('div')
    this.#arrow.className = 'arrow'
    // Title and text stay the same elements (markers refer to them by id); their content changes.
    this.#title = doc.createElement('p')
    this.#title.className = 'title'
    this.#title.id = `${deps.id}-title`
    this.#text = doc.createElement('div')
    this.#text.className = 'text'
    this.#text.id = this.textId
    this.#links = doc.createElement('div')
    this.#links.className = 'links'
    const body = doc.createElement('div')
    body.className = 'body'
    body.append(this.#title, this.#text, this.#links)
    this.element.append(this.#arrow, body)
  }

  get open(): boolean {
    return this.shownFor !== null
  }

  /** The category whose note is drawn (the last one shown). */
  get category(): string | undefined {
    return this.element.dataset.category
  }

  /** The pointer reached a marked element or its marker. */
  pointerEnter(el: Element): void {
    this.#cancelHide()
    // Closed with Escape: it stays closed while the pointer stays on that element (WCAG 1.4.13).
    if (this.#dismissedFor === el) return
    this.#dismissedFor = null
    if (this.shownFor === el) return
    const warm = this.open || this.#now() - this.#lastClosedAt < HOVER_INTENT_MS
    if (warm) {
      this.show(el)
      return
    }
    if (this.#pendingFor === el) return
    this.#cancelShow()
    this.#pendingFor = el
    this.#showTimer = setTimeout(() => {
      this.#pendingFor = null
      this.#deps.guard(() => this.show(el))
    }, HOVER_INTENT_MS)
  }

  /** The pointer is over something else, at (x, y). */
  pointerLeave(x: number, y: number): void {
    this.#cancelShow()
    this.#dismissedFor = null
    if (!this.open || this.#hideTimer !== undefined) return
    // A keyboard user on the note's links keeps it open whatever the pointer does (a link focused
    // by a click does not: the note closes as the pointer leaves, as any hover note).
    if (this.#keyboardInside && this.hasFocus()) return
    this.#hideTimer = setTimeout(() => this.#deps.guard(() => this.hide()), this.#towardsTooltip(x, y) ? TRAVEL_GRACE_MS : LEAVE_GRACE_MS)
  }

  /** The pointer is on the tooltip: keep it. */
  pointerInside(): void {
    this.#cancelHide()
  }

  show(el: Element): void {
    this.#cancelShow()
    this.#cancelHide()
    const filled = this.#deps.fill(el)
    if (!filled) return
    if (this.#stale || this.shownFor !== el || this.category !== filled.category) {
      const note = renderNote(this.#doc, filled.content, this.#deps.labels, this.#deps.fullNote)
      this.#title.textContent = note.title
      this.#text.replaceChildren(...note.text)
      this.#links.replaceChildren(...note.links)
      this.element.dataset.category = filled.category
      this.#size = null
      this.element.style.maxHeight = '' // measured at its natural height, then cut to fit if need be
      this.#stale = false
    }
    this.element.hidden = false
    const previous = this.shownFor
    this.shownFor = el
    if (previous !== el) this.#deps.onToggle?.(el, previous)
    this.place()
  }

  /** The note's words changed (they may arrive after the tooltip opened): an open tooltip draws them. */
  refresh(): void {
    this.#stale = true
    if (this.shownFor) this.show(this.shownFor)
  }

  hide(): void {
    this.#cancelShow()
    this.#cancelHide()
    const previous = this.shownFor
    if (previous) this.#lastClosedAt = this.#now()
    this.shownFor = null
    this.#anchor = null
    this.#keyboardInside = false
    this.element.hidden = true
    if (previous) this.#deps.onToggle?.(null, previous)
  }

  /**
   * Escape: closes the note, which the pointer does not reopen until it has moved to another
   * element, and the next hover waits for the intent delay again.
   */
  dismiss(): void {
    const shown = this.shownFor
    this.hide()
    this.#dismissedFor = shown
    this.#lastClosedAt = -Infinity
  }

  /** Forgets a pending open for an element that went away. */
  forget(el: Element): void {
    if (this.#pendingFor === el) this.#cancelShow()
    if (this.shownFor === el) this.hide()
  }

  /** The note's links and its button, in order (a source without a usable address is a span, not a link). */
  focusables(): HTMLElement[] {
    if (!this.open) return []
    // Filtered by tag rather than by a selector list, which happy-dom does not match inside a shadow root.
    return [...this.#links.querySelectorAll<HTMLElement>('*')].filter((el) => el.tagName === 'A' || el.tagName === 'BUTTON')
  }

  /** Moves focus to the note's first link; false when it has none. */
  focusFirst(): boolean {
    const [first] = this.focusables()
    if (!first) return false
    this.#keyboardInside = true
    first.focus()
    return true
  }

  /** Whether a node is part of the note. */
  holds(node: Node | null): boolean {
    return this.element.contains(node)
  }

  hasFocus(): boolean {
    const active = (this.element.getRootNode() as ShadowRoot | Document).activeElement
    return !!active && this.element.contains(active)
  }

  /** Reads the tooltip's own size (call in a read phase; it changes only with its content). */
  readSize(): void {
    if (this.open && !this.#size) {
      const r = this.element.getBoundingClientRect()
      this.#size = { width: r.width || 300, height: r.height || 120 }
    }
  }

  /** Moves the tooltip to where `measure` says its element now is; closes it when the element is gone. */
  place(measured = this.shownFor ? this.#deps.measure(this.shownFor) : null): void {
    if (!this.shownFor) return
    if (!measured) {
      this.hide()
      return
    }
    this.readSize()
    const pos = positionTooltip(measured.anchor, this.#size!, measured.view, measured.rtl)
    this.#anchor = measured.anchor
    this.element.dataset.placement = pos.placement
    this.element.style.transform = `translate(${pos.left}px, ${pos.top}px)`
    this.element.style.maxHeight = pos.maxHeight === null ? '' : `${pos.maxHeight}px`
    this.#arrow.style.left = `${pos.arrowX - 5}px`
  }

  destroy(): void {
    this.#cancelShow()
    this.#cancelHide()
  }

  /** Whether (x, y) lies between the anchor and the tooltip: the pointer is on its way in. */
  #towardsTooltip(x: number, y: number): boolean {
    if (!this.#anchor || !this.#size) return false
    const tip = this.element.getBoundingClientRect()
    const left = Math.min(this.#anchor.left, tip.left) - 4
    const right = Math.max(this.#anchor.right, tip.right) + 4
    const top = Math.min(this.#anchor.top, tip.top) - 4
    const bottom = Math.max(this.#anchor.bottom, tip.bottom) + 4
    return x >= left && x <= right && y >= top && y <= bottom
  }

  #cancelShow(): void {
    if (this.#showTimer !== undefined) clearTimeout(this.#showTimer)
    this.#showTimer = undefined
    this.#pendingFor = null
  }

  #cancelHide(): void {
    if (this.#hideTimer !== undefined) clearTimeout(this.#hideTimer)
    this.#hideTimer = undefined
  }
}

/** What the overlay uses of its tooltip: the Tooltip, or its stand-in until the note script has come (note-on-demand.ts). */
export type NoteApi = Pick<
  Tooltip,
  | 'shownFor' | 'open' | 'category' | 'pointerEnter' | 'pointerLeave' | 'pointerInside' | 'show' | 'refresh'
  | 'hide' | 'dismiss' | 'forget' | 'focusables' | 'focusFirst' | 'holds' | 'readSize' | 'place' | 'destroy'
>

/** Makes the overlay's tooltip, with its styles, in the overlay's shadow root. */
export type NoteMaker = (doc: Document, deps: TooltipDeps, root: ShadowRoot) => NoteApi

export const makeTooltip: NoteMaker = (doc, deps, root) => {
  const tooltip = new Tooltip(doc, deps)
  const style = doc.createElement('style')
  style.textContent = NOTE_CSS
  root.append(style, tooltip.element)
  return tooltip
}
