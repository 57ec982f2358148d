import type { NoteBook } from './book'
import type { Note, Source } from './types'

// The sources a tooltip names: the note's main sources (at most 3, official first), each labelled
// so that a reader can tell which page it is before following it: the publisher and the page's
// topic ("WhatsApp Help Center: read receipts"), or the page's own name where that name already
// says who publishes it ("WhatsApp Privacy Policy"). A publisher's name alone names a site, not a
// page, so it is only the last resort of a source with neither topic nor title.

export const TOOLTIP_SOURCES_MAX = 3

export interface TooltipSource {
  label: string
  url: string
}

const KIND_ORDER: Record<Source['kind'], number> = { official: 0, research: 1, press: 2 }

export function tooltipSources(note: Pick<Note, 'sources' | 'mainSources'>, book: Pick<NoteBook, 'publisherName' | 'sourceTopic'>): TooltipSource[] {
  return note.mainSources
    .map((id) => note.sources.find((s) => s.id === id))
    .filter((s): s is Source => s !== undefined && s.url.startsWith('https://'))
    // Stable: official sources first, otherwise in the note's order.
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
    .slice(0, TOOLTIP_SOURCES_MAX)
    .map((s) => ({ label: sourceLabel(s, book), url: s.url }))
}

/** Which page a source is, in a few words of the book's language. */
export function sourceLabel(source: Source, book: Pick<NoteBook, 'publisherName' | 'sourceTopic'>): string {
  const publisher = book.publisherName(source.publisher)
  const topic = book.sourceTopic(source.id).trim() || source.title.trim()
  if (!topic) return publisher
  // "WhatsApp Privacy Policy" already names its publisher: "WhatsApp: WhatsApp Privacy Policy" would repeat it.
  const named = [source.publisher, publisher].some((name) => topic.toLowerCase().includes(name.toLowerCase()))
  return named ? topic : `${publisher}: ${topic}`
}
