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
  const tip = host?.shadowRoot?.querySelector('[role="tooltip"]')
  if (!tip || tip.hidden) return null
  return { category: tip.getAttribute('data-category'), text: tip.textContent }
}

export function markerCount() {
  const host = document.querySelector('[data-privacy-overlay]')
  return host?.shadowRoot?.querySelectorAll('.marker').length ?? 0
}

/**
 * In a long message list (the ordered region): which annotated elements are on screen, and do
 * exactly those carry a marker at their corner? Returns counts only.
 */
export function listMarkerFit() {
  const list = document.querySelector('#main [role="application"]')
  const host = document.querySelector('[data-privacy-overlay]')
  if (!list || !host?.shadowRoot) return null
  const box = list.getBoundingClientRect()
  const band = { top: Math.max(box.top, 0), bottom: Math.min(box.bottom, innerHeight), left: Math.max(box.left, 0), right: Math.min(box.right, innerWidth) }
  const corners = [...host.shadowRoot.querySelectorAll('.marker')].map((m) => {
    const match = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(m.style.transform)
    return match ? [Number(match[1]), Number(match[2])] : null
  })
  const near = ([x, y]) => corners.some((c) => c && Math.abs(c[0] - x) < 1.5 && Math.abs(c[1] - y) < 1.5)
  let onScreen = 0
  let markedOnScreen = 0
  let markedOffScreen = 0
  for (const el of list.querySelectorAll('[data-privacy-note]')) {
    const r = el.getBoundingClientRect()
    const visible = (r.width > 0 || r.height > 0) && r.bottom > band.top && r.top < band.bottom && r.right > band.left && r.left < band.right
    const marked = near([r.right - 3, r.top - 7])
    if (visible) {
      onScreen++
      if (marked) markedOnScreen++
    } else if (marked) markedOffScreen++
  }
  return { onScreen, markedOnScreen, markedOffScreen }
}

/**
 * Page-wide: do exactly the annotated elements on screen carry a marker at their corner? (Markers
 * come in two waves: the message list's after the first pass, the others from the visibility
 * observer a frame after that.) Counts only.
 */
export function pageMarkerFit() {
  const host = document.querySelector('[data-privacy-overlay]')
  if (!host?.shadowRoot) return null
  const corners = [...host.shadowRoot.querySelectorAll('.marker')].map((m) => {
    const match = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(m.style.transform)
    return match ? [Number(match[1]), Number(match[2])] : null
  })
  const near = ([x, y]) => corners.some((c) => c && Math.abs(c[0] - x) < 1.5 && Math.abs(c[1] - y) < 1.5)
  let onScreen = 0
  let marked = 0
  for (const el of document.querySelectorAll('[data-privacy-note]')) {
    const r = el.getBoundingClientRect()
    if (!(r.width > 0 || r.height > 0) || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) continue
    onScreen++
    if (near([r.right - 3, r.top - 7])) marked++
  }
  return { onScreen, marked, markers: corners.length }
}
