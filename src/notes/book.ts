import { CATEGORIES, type Category } from '../shared/categories'
import { BASE } from './base'
import { firingRules } from './context-rules'
import { EN_AUDIENCE, EN_CONTEXT, EN_PUBLISHER, EN_REGION, EN_SOURCE_TOPIC } from './i18n/en'
import type { Translation } from './i18n/types'
import { resolveNote, resolveSources } from './resolve'
import type { Audience, ContextInput, ContextNote, Lang, Note, Region, SourceRef } from './types'

/** Every note and label in one language: English base data plus that language's translation. */
export interface NoteBook {
  lang: Lang
  noteFor(category: Category): Note
  allNotes(): Note[]
  contextNotes(input: ContextInput): ContextNote[]
  audienceLabel(who: Audience): string
  regionLabel(region: Region): string
  /** A publisher's name as this language's tooltips give it (unchanged where it has no other). */
  publisherName(publisher: string): string
  /** A few words naming a source's page (its topic); '' when it has none. */
  sourceTopic(id: SourceRef): string
}

const filled = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== ''

/** `translation` is undefined for English (and falls back to English field by field otherwise). */
export function createNoteBook(lang: Lang, translation: Translation | undefined): NoteBook {
  const cache = new Map<Category, Note>()
  const noteFor = (category: Category): Note => {
    let note = cache.get(category)
    if (!note) {
      note = resolveNote(category, BASE[category], translation?.notes[category])
      cache.set(category, note)
    }
    return note
  }
  return {
    lang,
    noteFor,
    allNotes: () => CATEGORIES.map(noteFor),
    contextNotes: (input) =>
      firingRules(input).map((rule) => {
        const en = EN_CONTEXT[rule.id]
        const t = translation?.context[rule.id]
        return {
          id: rule.id,
          categories: [...rule.categories],
          title: filled(t?.title) ? t.title : en.title,
          text: filled(t?.text) ? t.text : en.text,
          sources: resolveSources(rule.sources),
        }
      }),
    audienceLabel: (who) => translation?.audience[who] || EN_AUDIENCE[who],
    regionLabel: (region) => translation?.region[region] || EN_REGION[region],
    publisherName: (publisher) => translation?.publisher?.[publisher] || EN_PUBLISHER[publisher] || publisher,
    sourceTopic: (id) => translation?.sourceTopic?.[id] || EN_SOURCE_TOPIC[id] || '',
  }
}
