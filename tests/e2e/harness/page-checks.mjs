// Functions evaluated inside fixture pages. They read only our own attributes and the fixtures'
// data-expect marks (never page text), and describe elements by tag, class and data attributes.

/** Differences between the data-expect marks of a fixture and the annotations made. */
export function annotationProblems() {
  const describe = (el) => {
    const attrs = ['data-icon', 'data-testid', 'role', 'aria-label', 'title']
      .filter((a) => el.hasAttribute(a))
      .map((a) => `${a}="${String(el.getAttribute(a)).slice(0, 24)}"`)
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}` : ''
    return `<${el.tagName.toLowerCase()}${cls} ${attrs.join(' ')}>`
  }
  const problems = []
  for (const el of document.querySelectorAll('[data-expect]')) {
    const want = el.getAttribute('data-expect')
    const got = el.getAttribute('data-privacy-note')
    if (want !== got) problems.push(`expected ${want}, got ${got ?? 'nothing'} on ${describe(el)}`)
  }
  for (const el of document.querySelectorAll('[data-privacy-note]:not([data-expect])')) {
    problems.push(`unexpected ${el.getAttribute('data-privacy-note')} on ${describe(el)}`)
  }
  return problems
}

export function expectedCount() {
  return document.querySelectorAll('[data-expect]').length
}

/** The visible tooltip's category and text, or null. */
export function tooltipState() {
  const host = document.querySelector('[data-privacy-overlay]')
  const tip = host?.shadowRoot?.querySelector('.tooltip')
  if (!tip || tip.hidden) return null
  return { category: tip.getAttribute('data-category'), text: tip.textContent }
}

export function markerCount() {
  const host = document.querySelector('[data-privacy-overlay]')
  return host?.shadowRoot?.querySelectorAll('.marker').length ?? 0
}

/**
 * Which annotated elements are on screen, and which carry a marker next to them (within a few
 * pixels of their box, or around it): page-wide (markers come in two waves: the message list's
 * after the first pass, the others from the visibility observer a frame later) and within the
 * message list (the ordered region, where an off-screen element must have none). Counts only.
 */
export function markerFit() {
  const host = document.querySelector('[data-privacy-overlay]')
  if (!host?.shadowRoot) return null
  const boxes = [...host.shadowRoot.querySelectorAll('.marker')].filter((m) => !m.hidden).map((m) => m.getBoundingClientRect())
  const near = (a, b) => a.left - b.right <= 6 && b.left - a.right <= 6 && a.top - b.bottom <= 6 && b.top - a.bottom <= 6
  const marked = (r) => boxes.some((m) => near(m, r))
  const sized = (r) => r.width > 0 || r.height > 0
  const crosses = (r, b) => r.bottom > b.top && r.top < b.bottom && r.right > b.left && r.left < b.right
  const viewport = { top: 0, bottom: innerHeight, left: 0, right: innerWidth }
  const page = { onScreen: 0, marked: 0, markers: boxes.length }
  for (const el of document.querySelectorAll('[data-privacy-note]')) {
    const r = el.getBoundingClientRect()
    if (!sized(r) || !crosses(r, viewport)) continue
    page.onScreen++
    if (marked(r)) page.marked++
  }
  const list = document.querySelector('#main [role="application"]')
  let inList = null
  if (list) {
    const box = list.getBoundingClientRect()
    const band = { top: Math.max(box.top, 0), bottom: Math.min(box.bottom, innerHeight), left: Math.max(box.left, 0), right: Math.min(box.right, innerWidth) }
    inList = { onScreen: 0, markedOnScreen: 0, markedOffScreen: 0 }
    const listBoxes = boxes.filter((m) => crosses(m, box))
    for (const el of list.querySelectorAll('[data-privacy-note]')) {
      const r = el.getBoundingClientRect()
      if (sized(r) && crosses(r, band)) {
        inList.onScreen++
        if (marked(r)) inList.markedOnScreen++
      } else if (sized(r) && !crosses(r, { ...band, top: band.top - 20, bottom: band.bottom + 20 }) && listBoxes.some((m) => near(m, r))) {
        inList.markedOffScreen++
      }
    }
  }
  return { page, list: inList }
}
