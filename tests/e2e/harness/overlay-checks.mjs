// Functions evaluated inside fixture pages for the overlay suite: marker geometry against the
// page's text, and the overlay host's health. They describe page elements by tag and class only.

/**
 * Markers that overlap the page's text or another marker. Text rectangles come from
 * Range.getClientRects over every visible text node of the page (the glyph boxes, not the line
 * boxes); a dot marker counts with its ring, an outline-shaped one by its four edges (it surrounds
 * its element on purpose, and only its hairline is drawn).
 */
export function markerOverlaps() {
  const host = document.querySelector('[data-privacy-overlay]')
  const root = host?.shadowRoot
  if (!root) return { markers: 0, texts: 0, problems: ['no overlay'] }
  const inView = (r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
  const grow = (r, d) => ({ left: r.left - d, top: r.top - d, right: r.right + d, bottom: r.bottom + d })
  const hit = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5
  const name = (el) => `<${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : ''}>`
  const box = (r) => `[${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.right - r.left)}x${Math.round(r.bottom - r.top)}]`
  const markers = []
  for (const m of root.querySelectorAll('.marker')) {
    const r = m.getBoundingClientRect()
    if (m.hidden || !inView(r) || getComputedStyle(m).opacity === '0') continue
    const shape = m.dataset.shape ?? 'dot'
    const parts = shape === 'dot'
      ? [grow(r, 2.5)]
      : shape === 'underline'
        ? [r]
        : [
            { left: r.left, top: r.top, right: r.right, bottom: r.top + 2 },
            { left: r.left, top: r.bottom - 2, right: r.right, bottom: r.bottom },
            { left: r.left, top: r.top, right: r.left + 2, bottom: r.bottom },
            { left: r.right - 2, top: r.top, right: r.right, bottom: r.bottom },
          ]
    markers.push({ category: m.dataset.category, shape, rect: r, parts })
  }
  const texts = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data.trim()) continue
    const parent = node.parentElement
    if (!parent || parent.closest('script, style, template')) continue
    const style = getComputedStyle(parent)
    if (style.visibility === 'hidden' || style.opacity === '0') continue
    range.selectNodeContents(node)
    for (const r of range.getClientRects()) if (inView(r)) texts.push({ rect: r, parent })
  }
  const problems = []
  markers.forEach((m, i) => {
    for (const t of texts) {
      if (m.parts.some((p) => hit(p, t.rect))) problems.push(`${m.category} ${m.shape} marker ${box(m.rect)} covers text in ${name(t.parent)} ${box(t.rect)}`)
    }
    for (const other of markers.slice(i + 1)) {
      if (m.shape === 'dot' && other.shape === 'dot' && hit(m.parts[0], other.parts[0])) {
        problems.push(`${m.category} marker ${box(m.rect)} overlaps ${other.category} marker ${box(other.rect)}`)
      }
    }
  })
  return { markers: markers.length, texts: texts.length, problems }
}

/**
 * Annotated elements on screen and markers drawn, once placement has settled: every on-screen
 * annotated element has a marker within a few pixels of its box (or around it), and no marker
 * is left over.
 */
export function markersSettled() {
  const host = document.querySelector('[data-privacy-overlay]')
  if (!host?.shadowRoot) return false
  const markers = [...host.shadowRoot.querySelectorAll('.marker')].filter((m) => !m.hidden).map((m) => m.getBoundingClientRect())
  const near = (a, b) => a.left - b.right <= 6 && b.left - a.right <= 6 && a.top - b.bottom <= 6 && b.top - a.bottom <= 6
  let onScreen = 0
  for (const el of document.querySelectorAll('[data-privacy-note]')) {
    const r = el.getBoundingClientRect()
    if (!(r.width > 0 || r.height > 0) || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue
    onScreen++
    if (!markers.some((m) => near(m, r))) return false
  }
  return onScreen > 0 && markers.length === onScreen
}

/** The visible, pointer-reachable markers: category and centre, in page coordinates. */
export function markerTargets() {
  const root = document.querySelector('[data-privacy-overlay]')?.shadowRoot
  if (!root) return []
  const out = []
  for (const m of root.querySelectorAll('.marker')) {
    const r = m.getBoundingClientRect()
    if (m.hidden || r.width === 0 || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) continue
    // Dots and underlines take the pointer; rings and outlines lie around their element, which does.
    if (!['dot', 'underline'].includes(m.dataset.shape ?? 'dot')) continue
    out.push({ category: m.dataset.category, x: r.left + r.width / 2, y: r.top + r.height / 2 })
  }
  return out
}
