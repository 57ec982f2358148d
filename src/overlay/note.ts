/**
 * The short note inside the tooltip, built with DOM calls only: every string (the note's words,
 * a source's label, its address) goes in as text or as a checked attribute, never as markup.
 */

/** One source of a note: a label and its address (only https addresses become links). */
export interface NoteSource {
  label: string
  url: string
}

/**
 * What the tooltip says about a category. Only the title is sure to be there: the other sections
 * may arrive later (Overlay.contentChanged), and an empty one is left out.
 */
export interface TooltipContent {
  title: string
  summary?: string
  /** Who can see it (people). */
  audience?: string
  /** Where it may go: servers, Meta companies, a business and its vendors, authorities. */
  sharedWith?: string
  /** How long it may be kept, in one line. */
  kept?: string
  /** The setting that controls it. */
  control?: string
  sources?: readonly NoteSource[]
  /** The words that open its sections, when they come with it (before the overlay's own). */
  labels?: NoteLabels
}

/** The words for the note's sections; a missing label leaves its value unlabelled. */
export interface NoteLabels {
  whoCanSee?: string
  sharedWith?: string
  kept?: string
  control?: string
  sources?: string
  /** The words of the link to the note in the library; without them, or without a way to open it, no link. */
  fullNote?: string
}

/** A hover note stays short: at most this many sources. */
export const MAX_SOURCES = 3

/**
 * The address of a source link, or null when it must not be a link: only absolute https
 * addresses without credentials (no javascript:, data:, http:, relative or malformed ones).
 */
export function safeSourceUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 2000) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || !parsed.hostname) return null
  return parsed.href
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** A note as the tooltip draws it: the title's words, then the nodes of its text and of its links. */
export interface NoteParts {
  title: string
  /** Summary and labelled sections: what a focused marker is described by. */
  text: HTMLElement[]
  /** Sources, and "Read the full note" when `withFullNote`. */
  links: HTMLElement[]
}

/** The note's parts; empty sections are left out (a title-only note has no text and no links). */
export function renderNote(doc: Document, content: TooltipContent, overlayLabels: NoteLabels, withFullNote: boolean): NoteParts {
  const parts: NoteParts = { title: text(content.title), text: [], links: [] }
  // The section labels come with the texts (content scripts carry only the link's words).
  const labels = content.labels ?? overlayLabels
  const summary = text(content.summary)
  if (summary) {
    const p = doc.createElement('p')
    p.className = 'summary'
    p.textContent = summary
    parts.text.push(p)
  }
  const sections: Array<[string, string | undefined, unknown]> = [
    ['audience', labels.whoCanSee, content.audience],
    ['shared-with', labels.sharedWith, content.sharedWith],
    ['kept', labels.kept, content.kept],
    ['control', labels.control, content.control],
  ]
  for (const [name, label, value] of sections) {
    const line = section(doc, name, label, text(value))
    if (line) parts.text.push(line)
  }
  const sources = sourcesLine(doc, labels.sources, content.sources)
  if (sources) parts.links.push(sources)
  const linkWords = text(overlayLabels.fullNote)
  if (withFullNote && linkWords) {
    const p = doc.createElement('p')
    p.className = 'more'
    // A button, not a link: it asks the extension to open its library (no address the page could follow).
    const button = doc.createElement('button')
    button.type = 'button'
    button.className = 'full-note'
    button.textContent = linkWords
    p.append(button)
    parts.links.push(p)
  }
  return parts
}

function section(doc: Document, name: string, label: string | undefined, value: string): HTMLElement | null {
  if (!value) return null
  const p = labelledParagraph(doc, name, label)
  p.append(doc.createTextNode(value))
  return p
}

/** A note section's paragraph, opened by its label ("Who can see it: ") when there is one. */
function labelledParagraph(doc: Document, name: string, label: string | undefined): HTMLElement {
  const p = doc.createElement('p')
  p.dataset.section = name
  const words = text(label)
  if (words) {
    const strong = doc.createElement('span')
    strong.className = 'label'
    strong.textContent = `${words}: `
    p.append(strong)
  }
  return p
}

function sourcesLine(doc: Document, label: string | undefined, sources: unknown): HTMLElement | null {
  if (!Array.isArray(sources)) return null
  const items: HTMLElement[] = []
  for (const source of sources.slice(0, MAX_SOURCES) as unknown[]) {
    const words = text((source as NoteSource | null)?.label)
    if (!words) continue
    const href = safeSourceUrl((source as NoteSource).url)
    if (href) {
      const a = doc.createElement('a')
      a.href = href
      a.target = '_blank'
      a.rel = 'noopener noreferrer'
      a.textContent = words
      items.push(a)
    } else {
      // A label without a usable address stays plain text.
      const span = doc.createElement('span')
      span.textContent = words
      items.push(span)
    }
  }
  if (!items.length) return null
  const p = labelledParagraph(doc, 'sources', label)
  items.forEach((item, i) => {
    if (i > 0) p.append(doc.createTextNode(' · '))
    p.append(item)
  })
  return p
}
