import type { NoteBook } from './book'
import type { Note, Source } from './types'

// The sources a tooltip names: the note's main sources (at most 3, official first), each labelled
// by its publisher, plus its topic where two of them share a publisher (two Help Center pages).

export const TOOLTIP_SOURCES_MAX = 3

export interface TooltipSource {
  label: string
  url: string
}

const KIND_ORDER: Record<Source['kind'], number> = { official: 0, research: 1, press: 2 }

export function tooltipSources(note: Pick<Note, 'sources' | 'mainSources'>, book: Pick<NoteBook, 'publisherName' | 'sourceTopic'>): TooltipSource[] {
  const chosen = note.mainSources
    .map((id) => note.sources.find((s) => s.id === id))
    .filter((s): s is Source => s !== undefined && s.url.startsWith('https://'))
    // Stable: official sources first, otherwise in the note's order.
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
    .slice(0, TOOLTIP_SOURCES_MAX)
  const shared = (s: Source) => chosen.filter((other) => other.publisher === s.publisher).length > 1
  return chosen.map((s) => {
    const publisher = book.publisherName(s.publisher)
    const topic = shared(s) ? book.sourceTopic(s.id) : ''
    return { label: topic ? `${publisher}: ${topic}` : publisher, url: s.url }
  })
}
