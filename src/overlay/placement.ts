/**
 * Where a marker goes: in free space next to its element, never on the page's text or on another
 * marker. The page is only read here (rectangles of the element, a few ancestors and the text
 * around it); drawMarker writes the result afterwards, in the write phase, so a placement never forces a layout.
 */

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** dot: a small disc beside the element (the handle); ring / outline / underline: drawn around or under it. */
export type Shape = 'dot' | 'ring' | 'outline' | 'underline'

export interface Placement {
  shape: Shape
  left: number
  top: number
  width: number
  height: number
}

/** What the person chose for a category: a dot, a hairline ring around it, or a dashed outline. */
export type Preferred = 'dot' | 'ring' | 'outline'

/** The dot's diameter and the ring painted around it (overlay.css: 1.5 px white, then 1 px dark). */
export const DOT = 9
const HALO = 3
/** Space kept between a dot's halo and what it sits next to. */
const GAP = 1
const NUDGES = [0, 2, -2, 4, -4]

/** What was read around one element: everything placement needs, in viewport coordinates. */
export interface Surroundings {
  /** The area whose text is all in `texts`; a marker is placed only inside it. */
  known: Box
  /** Text rectangles in `known`, the element's own included. */
  texts: Box[]
  /** The element's own first and last line of text, if it has text. */
  firstLine: Box | null
  lastLine: Box | null
  /** A table cell the marker stays inside (beside the cell's text). */
  cell: Box | null
  /**
   * For an element with no text, the picture inside it when the picture is narrower (a chart's
   * svg in a full-width figure): the dot goes beside the picture, not at the block's far edge.
   */
  graphic: Box | null
  rtl: boolean
}

export interface View {
  width: number
  height: number
}

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom

/** The area a dot at (x, y) paints, halo included. */
export function dotFootprint(x: number, y: number): Box {
  return { left: x - HALO, top: y - HALO, right: x + DOT + HALO, bottom: y + DOT + HALO }
}

/** The area a placed marker keeps other markers out of. */
export function footprint(p: Placement): Box {
  return p.shape === 'dot'
    ? dotFootprint(p.left, p.top)
    : { left: p.left, top: p.top, right: p.left + p.width, bottom: p.top + p.height }
}

/**
 * Dot positions to try, best first: after the element's label (its text), before it, after or
 * before the element itself (vertically centred), then at its end corners above and below.
 * "After" is the reading direction's end: the right in left-to-right pages, the left in RTL.
 */
function dotCandidates(r: Box, s: Surroundings): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const mid = (b: Box) => Math.round((b.top + b.bottom) / 2 - DOT / 2)
  const after = (b: Box) => (s.rtl ? b.left - GAP - HALO - DOT : b.right + GAP + HALO)
  const before = (b: Box) => (s.rtl ? b.right + GAP + HALO : b.left - GAP - HALO - DOT)
  if (s.firstLine) {
    out.push([after(s.firstLine), mid(s.firstLine)])
    if (s.lastLine && s.lastLine !== s.firstLine) out.push([after(s.lastLine), mid(s.lastLine)])
    out.push([before(s.firstLine), mid(s.firstLine)])
  }
  if (!s.firstLine && s.graphic) out.push([after(s.graphic), mid(s.graphic)], [before(s.graphic), mid(s.graphic)])
  out.push([after(r), mid(r)], [before(r), mid(r)])
  const endX = s.rtl ? r.left : r.right - DOT
  out.push([endX, r.top - GAP - HALO - DOT], [endX, r.bottom + GAP + HALO])
  // A large element with no text (a photo) can carry the dot on its own corner, like a badge.
  if (!s.firstLine && r.right - r.left >= 28 && r.bottom - r.top >= 28) {
    out.push([s.rtl ? r.left + 2 : r.right - DOT - 2, r.bottom - DOT - 2])
  }
  return out
}

/**
 * Chooses the marker for an element's box. A dot goes to the first candidate that lies in the
 * window, in the area whose text was read (and inside its table cell), and clear of text and of
 * markers already placed (`taken`). With no room, the element is underlined, or else outlined.
 */
export function placeMarker(r: Box, s: Surroundings, taken: Box[], view: View, preferred: Preferred): Placement {
  if (preferred !== 'dot') return around(r, preferred)
  const screen: Box = { left: 0, top: 0, right: view.width, bottom: view.height }
  const free = (b: Box) =>
    inside(b, screen) &&
    inside(b, s.known) &&
    (!s.cell || inside(b, s.cell)) &&
    !s.texts.some((t) => intersects(b, t)) &&
    !taken.some((t) => intersects(b, t))
  for (const [x, y] of dotCandidates(r, s)) {
    // A pixel or three up or down clears a line of text whose box only just reaches the spot
    // (fonts differ between browsers and systems).
    for (const dy of NUDGES) {
      if (free(dotFootprint(x, y + dy))) return { shape: 'dot', left: x, top: y + dy, width: DOT, height: DOT }
    }
  }
  const under: Box = { left: r.left, top: r.bottom + 1, right: r.right, bottom: r.bottom + 3 }
  if (r.right - r.left >= 6 && free(under)) {
    return { shape: 'underline', left: under.left, top: under.top, width: under.right - under.left, height: 2 }
  }
  return around(r, 'outline')
}

/** A ring or outline drawn 2 px outside the element's box. */
function around(r: Box, shape: 'ring' | 'outline'): Placement {
  return { shape, left: r.left - 2, top: r.top - 2, width: r.right - r.left + 4, height: r.bottom - r.top + 4 }
}

/** Ancestors that bound a row of content: the text beside an element is inside them. */
const ROW = 'tr, li, [role="row"], [role="listitem"], [role="option"], [role="gridcell"], [role="cell"]'
const CELL = 'td, th, [role="cell"], [role="gridcell"]'
/** Pictures that stand for a textless element's content. */
const GRAPHIC = 'svg, img, canvas, video'
/** How far up to look for an ancestor that holds the element's surroundings. */
const MAX_CLIMB = 12
/** Text nodes read per element at most (a row holds a few; this only guards against huge subtrees). */
const MAX_TEXTS = 300
/** Room around the element the surroundings should cover (a dot with its halo and gap). */
const REACH = DOT + 2 * HALO + 2 * GAP + 2

/**
 * Reads what is around an element: the nearest ancestor that covers the element with room to
 * spare (or a row, whichever comes first), and the rectangles of its text. Reads only.
 */
export function readSurroundings(
  el: Element,
  r: Box,
  rectOf: (el: Element) => Box,
  stopAt: Element | null,
): Surroundings {
  const wanted: Box = { left: r.left - REACH, top: r.top - REACH, right: r.right + REACH, bottom: r.bottom + REACH }
  let root: Element = el
  let known: Box = r
  for (let i = 0, up = el.parentElement; i < MAX_CLIMB && up && up !== stopAt; i++, up = up.parentElement) {
    root = up
    known = rectOf(up)
    if (inside(wanted, known) || up.matches(ROW)) break
  }
  const doc = el.ownerDocument
  const texts: Box[] = []
  let firstLine: Box | null = null
  let lastLine: Box | null = null
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */)
  const range = doc.createRange()
  let count = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++count > MAX_TEXTS) {
      known = r // too much to read: trust nothing around the element
      break
    }
    if (!/\S/.test((node as Text).data)) continue
    range.selectNodeContents(node)
    const own = el.contains(node)
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width === 0 || rect.height === 0) continue
      const box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }
      texts.push(box)
      if (own) {
        firstLine ??= box
        lastLine = box
      }
    }
  }
  range.detach()
  const cellEl = el.closest(CELL)
  const cell = cellEl ? rectOf(cellEl) : null
  const rtl = el.closest('[dir="rtl"], [dir="ltr"]')?.getAttribute('dir') === 'rtl'
  return { known, texts, firstLine, lastLine, cell, graphic: firstLine ? null : graphicOf(el, r, rectOf), rtl }
}

/** The picture inside a textless element, when it is clearly narrower than the element. */
function graphicOf(el: Element, r: Box, rectOf: (el: Element) => Box): Box | null {
  const pic = el.matches(GRAPHIC) ? null : el.querySelector(GRAPHIC)
  if (!pic) return null
  const g = rectOf(pic)
  return g.right - g.left > 0 && r.right - r.left - (g.right - g.left) > REACH ? g : null
}

/** Writes a placement to its marker (the write phase: no reads). */
export function drawMarker(marker: HTMLElement, p: Placement, r: DOMRect, invisible: boolean): void {
  if (marker.dataset.shape !== p.shape) marker.dataset.shape = p.shape
  marker.toggleAttribute('data-invisible', invisible)
  marker.toggleAttribute('data-round', p.shape === 'ring' && Math.abs(r.width - r.height) <= 4)
  marker.style.transform = `translate(${Math.round(p.left * 2) / 2}px, ${Math.round(p.top * 2) / 2}px)`
  marker.style.width = p.shape === 'dot' ? '' : `${p.width}px`
  marker.style.height = p.shape === 'dot' ? '' : `${p.height}px`
}

/** Surroundings that allow no dot at all (an element not read this frame): it is outlined. */
export const NOWHERE: Surroundings = {
  known: { left: 0, top: 0, right: 0, bottom: 0 },
  texts: [],
  firstLine: null,
  lastLine: null,
  cell: null,
  graphic: null,
  rtl: false,
}

export function onScreen(r: DOMRect, view: Window): boolean {
  return r.bottom > 0 && r.right > 0 && r.top < view.innerHeight && r.left < view.innerWidth && (r.width > 0 || r.height > 0)
}
