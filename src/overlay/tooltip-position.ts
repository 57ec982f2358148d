import type { Box } from './placement'

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
  /** Set when the note is taller than the room on its side: it is cut to this height and scrolls. */
  maxHeight: number | null
}

/** A note is never cut shorter than this (on a tiny window it may then cover its anchor). */
const MIN_HEIGHT = 120

/**
 * Places a tooltip of the given size at an anchor: below it, or above when there is more room
 * there (flip); aligned with the anchor's start (its right edge in RTL) and shifted to stay in the
 * window (shift); the arrow points at the anchor's centre. A note taller than the room on either
 * side is cut to that room (it scrolls) rather than laid over its own anchor. Pure geometry.
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
  const room = Math.floor(placement === 'bottom' ? below : above)
  const maxHeight = size.height > room ? Math.max(MIN_HEIGHT, room) : null
  const height = maxHeight ?? size.height
  const rawTop = placement === 'bottom' ? anchor.bottom + OFFSET : anchor.top - OFFSET - height
  const top = Math.max(EDGE, Math.min(rawTop, view.height - height - EDGE))
  const start = rtl ? anchor.right - size.width : anchor.left - 12
  const left = Math.max(EDGE, Math.min(start, view.width - size.width - EDGE))
  const centre = (anchor.left + anchor.right) / 2
  const arrowX = Math.max(12, Math.min(centre - left, size.width - 12))
  return { left: Math.round(left), top: Math.round(top), placement, arrowX: Math.round(arrowX), maxHeight }
}
