import type { Box } from './placement'

/** What the tooltip says; always plain text (never markup). */
export interface TooltipContent {
  title: string
  summary: string
  audience: string
  control: string
}

export interface TooltipLabels {
  whoCanSee: string
  control: string
}

/** Pointer hover waits this long before opening (moving along a list should not pop notes). */
export const HOVER_INTENT_MS = 300
/** After the pointer leaves, the tooltip waits this long for it to come back or reach the tooltip. */
const LEAVE_GRACE_MS = 150
/** …and this long when the pointer left towards the tooltip (it is crossing the gap). */
const TRAVEL_GRACE_MS = 700
/** Space between the anchor and the tooltip (the arrow sits in it). */
const OFFSET = 8
/** The tooltip keeps this far from the window's edges. */
const EDGE = 8

export interface TooltipPosition {
  left: number
  top: number
  placement: 'top' | 'bottom'
  /** The arrow's centre, from the tooltip's left edge. */
  arrowX: number
}

/**
 * Places a tooltip of the given size at an anchor: below it, or above when there is more room
 * there (flip); aligned with the anchor's start (its right edge in RTL) and shifted to stay in the
 * window (shift); the arrow points at the anchor's centre. Pure geometry.
 */
export function positionTooltip(
  anchor: Box,
  size: { width: number; height: number },
  view: { width: number; height: number },
  rtl: boolean,
): TooltipPosition {
  const below = view.height - anchor.bottom - OFFSET - EDGE
  const above = anchor.top - OFFSET - EDGE
  const placement = below >= size.height || below >= above ? 'bottom' : 'top'
  const rawTop = placement === 'bottom' ? anchor.bottom + OFFSET : anchor.top - OFFSET - size.height
  const top = Math.max(EDGE, Math.min(rawTop, view.height - size.height - EDGE))
  const start = rtl ? anchor.right - size.width : anchor.left - 12
  const left = Math.max(EDGE, Math.min(start, view.width - size.width - EDGE))
  const centre = (anchor.left + anchor.right) / 2
  const arrowX = Math.max(12, Math.min(centre - left, size.width - 12))
  return { left: Math.round(left), top: Math.round(top), placement, arrowX: Math.round(arrowX) }
}

/**
 * The one tooltip: its content, its place, and when it opens and closes. Pointer hover opens after
 * an intent delay, but at once while a tooltip is open or was just closed (moving from one marked
 * element to the next); it stays open while the pointer is on the element, its marker or the
 * tooltip itself, and while it travels from one to the other. Focus, clicks and Escape act at once.
 */
export class Tooltip {
  readonly element: HTMLElement
  private readonly body: HTMLElement
  private readonly arrow: HTMLElement
  /** The element whose note is shown, or null. */
  shownFor: Element | null = null
  private pendingFor: Element | null = null
  private showTimer: ReturnType<typeof setTimeout> | undefined
  private hideTimer: ReturnType<typeof setTimeout> | undefined
  private lastClosedAt = -Infinity
  private size: { width: number; height: number } | null = null
  private anchor: Box | null = null

  constructor(
    private readonly doc: Document,
    id: string,
    private readonly labels: TooltipLabels,
    private readonly fill: (el: Element) => { category: string; content: TooltipContent } | null,
    /** Reads where the tooltip should point for an element (its marker, or the element) and the window. */
    private readonly measure: (el: Element) => { anchor: Box; view: { width: number; height: number }; rtl: boolean } | null,
    /** Runs a callback so that no error of ours reaches the page. */
    private readonly guard: (fn: () => void) => void,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.element = doc.createElement('div')
    this.element.setAttribute('role', 'tooltip')
    this.element.id = id
    this.element.hidden = true
    this.arrow = doc.createElement('div')
    this.arrow.className = 'arrow'
    this.body = doc.createElement('div')
    this.element.append(this.arrow, this.body)
  }

  get open(): boolean {
    return this.shownFor !== null
  }

  /** The pointer reached a marked element or its marker. */
  pointerEnter(el: Element): void {
    this.cancelHide()
    if (this.shownFor === el) return
    const warm = this.open || this.now() - this.lastClosedAt < HOVER_INTENT_MS
    if (warm) {
      this.show(el)
      return
    }
    if (this.pendingFor === el) return
    this.cancelShow()
    this.pendingFor = el
    this.showTimer = setTimeout(() => {
      this.pendingFor = null
      this.guard(() => this.show(el))
    }, HOVER_INTENT_MS)
  }

  /** The pointer is over something else, at (x, y). */
  pointerLeave(x: number, y: number): void {
    this.cancelShow()
    if (!this.open || this.hideTimer !== undefined) return
    this.hideTimer = setTimeout(() => this.guard(() => this.hide()), this.towardsTooltip(x, y) ? TRAVEL_GRACE_MS : LEAVE_GRACE_MS)
  }

  /** The pointer is on the tooltip: keep it. */
  pointerInside(): void {
    this.cancelHide()
  }

  show(el: Element): void {
    this.cancelShow()
    this.cancelHide()
    const filled = this.fill(el)
    if (!filled) return
    if (this.shownFor !== el || this.element.dataset.category !== filled.category) {
      const { content } = filled
      const title = this.doc.createElement('p')
      title.className = 'title'
      title.textContent = content.title
      const summary = this.doc.createElement('p')
      summary.textContent = content.summary
      this.body.replaceChildren(title, summary, this.line(this.labels.whoCanSee, content.audience), this.line(this.labels.control, content.control))
      this.element.dataset.category = filled.category
      this.size = null
    }
    this.element.hidden = false
    this.shownFor = el
    this.place()
  }

  /** Shows the open tooltip's content again (it changed). */
  refresh(): void {
    const el = this.shownFor
    if (!el) return
    delete this.element.dataset.category
    this.show(el)
  }

  hide(): void {
    this.cancelShow()
    this.cancelHide()
    if (this.open) this.lastClosedAt = this.now()
    this.shownFor = null
    this.anchor = null
    this.element.hidden = true
  }

  /** Forgets a pending open for an element that went away. */
  forget(el: Element): void {
    if (this.pendingFor === el) this.cancelShow()
    if (this.shownFor === el) this.hide()
  }

  /** Reads the tooltip's own size (call in a read phase; it changes only with its content). */
  readSize(): void {
    if (this.open && !this.size) {
      const r = this.element.getBoundingClientRect()
      this.size = { width: r.width || 300, height: r.height || 120 }
    }
  }

  /** Moves the tooltip to where `measure` says its element now is; closes it when the element is gone. */
  place(measured = this.shownFor ? this.measure(this.shownFor) : null): void {
    if (!this.shownFor) return
    if (!measured) {
      this.hide()
      return
    }
    this.readSize()
    const pos = positionTooltip(measured.anchor, this.size!, measured.view, measured.rtl)
    this.anchor = measured.anchor
    this.element.dataset.placement = pos.placement
    this.element.style.transform = `translate(${pos.left}px, ${pos.top}px)`
    this.arrow.style.left = `${pos.arrowX - 5}px`
  }

  destroy(): void {
    this.cancelShow()
    this.cancelHide()
  }

  /** Whether (x, y) lies between the anchor and the tooltip: the pointer is on its way in. */
  private towardsTooltip(x: number, y: number): boolean {
    if (!this.anchor || !this.size) return false
    const tip = this.element.getBoundingClientRect()
    const left = Math.min(this.anchor.left, tip.left) - 4
    const right = Math.max(this.anchor.right, tip.right) + 4
    const top = Math.min(this.anchor.top, tip.top) - 4
    const bottom = Math.max(this.anchor.bottom, tip.bottom) + 4
    return x >= left && x <= right && y >= top && y <= bottom
  }

  private line(label: string, value: string): HTMLElement {
    const p = this.doc.createElement('p')
    const strong = this.doc.createElement('span')
    strong.className = 'label'
    strong.textContent = `${label}: `
    p.append(strong, this.doc.createTextNode(value))
    return p
  }

  private cancelShow(): void {
    if (this.showTimer !== undefined) clearTimeout(this.showTimer)
    this.showTimer = undefined
    this.pendingFor = null
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer)
    this.hideTimer = undefined
  }
}
