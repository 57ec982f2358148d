import { queryAll } from '../shared/dom'

/** The part of the viewport a region shows (its box clipped to the window). */
export interface Band {
  top: number
  bottom: number
  left: number
  right: number
}

export type RectOf = (el: Element) => Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right' | 'width' | 'height'>

/** Lists with more children than this are searched by halves; smaller ones are just looked into. */
const SEARCH_ABOVE = 24
/** Sized children below the band to pass before a walk stops (slack for uneven rows). */
const PAST_END_SLACK = 3
/** Nested lists searched by halves, at most (a row inside a day group inside the list…). */
const MAX_DEPTH = 4

const isSized = (r: ReturnType<RectOf>) => r.width > 0 || r.height > 0

function crosses(r: ReturnType<RectOf>, band: Band): boolean {
  return r.bottom > band.top && r.top < band.bottom && r.right > band.left && r.left < band.right
}

/**
 * The elements matching `selector` inside `root` that are on screen (intersect `band`). A long
 * list lays its children out top to bottom in document order, so the children on screen are
 * found by binary search, about log2(n) rectangle reads, and only those are looked into: no
 * per-element bookkeeping, and a list of thousands costs little more than one of ten.
 *
 * A list not laid out in document order may have elements missed: they get no marker (their
 * annotation and tooltip stay), never a misplaced one.
 */
export function visibleWithin(root: Element, band: Band, selector: string, rectOf: RectOf): Element[] {
  const out: Element[] = []
  if (band.bottom > band.top && band.right > band.left) collect(root, band, selector, rectOf, out, 0)
  return out
}

function collect(node: Element, band: Band, selector: string, rectOf: RectOf, out: Element[], depth: number): void {
  const children = node.children
  if (children.length <= SEARCH_ABOVE || depth >= MAX_DEPTH) {
    for (const el of queryAll(node, selector)) if (crosses(rectOf(el), band)) out.push(el)
    return
  }
  // The first child whose box ends below the band's top. Unsized children (hidden, or
  // display: contents) say nothing about position: the search looks at the next sized one.
  let lo = 0
  let hi = children.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    let probe = mid
    let r: ReturnType<RectOf> | null = null
    for (; probe < hi; probe++) {
      const candidate = rectOf(children[probe]!)
      if (isSized(candidate)) {
        r = candidate
        break
      }
    }
    if (!r) hi = mid
    else if (r.bottom <= band.top) lo = probe + 1
    else hi = mid
  }
  let pastEnd = 0
  for (let i = lo; i < children.length && pastEnd < PAST_END_SLACK; i++) {
    const child = children[i]!
    const r = rectOf(child)
    if (isSized(r) && r.top >= band.bottom) {
      pastEnd++
      continue
    }
    // An unsized child may still hold visible descendants (display: contents).
    if (!isSized(r) || crosses(r, band)) collect(child, band, selector, rectOf, out, depth + 1)
  }
}
