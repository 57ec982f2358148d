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
