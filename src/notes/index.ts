import type { Category } from '../shared/categories'
import { createNoteBook, type NoteBook } from './book'
import { TRANSLATIONS } from './i18n'
import { LANGS, type Audience, type ContextInput, type ContextNote, type Lang, type Note, type Region } from './types'

// Synchronous API over every language at once, for tests and build-time tables (tooltips).
// Extension pages load one language instead (./load.ts). Pure data and functions: no UI, no
// webextension APIs.

export type * from './types'
export { AUDIENCES, LANGS, REGIONS } from './types'
export type { NoteBook } from './book'

export { resolveLang } from './lang'

const isLang = (lang: string): lang is Lang => (LANGS as readonly string[]).includes(lang)
const safeLang = (lang: Lang): Lang => (isLang(lang) ? lang : 'en')

const books = new Map<Lang, NoteBook>()
export function noteBook(lang: Lang): NoteBook {
  const l = safeLang(lang)
  let book = books.get(l)
  if (!book) {
    book = createNoteBook(l, l === 'en' ? undefined : TRANSLATIONS[l])
    books.set(l, book)
  }
  return book
}

export const noteFor = (category: Category, lang: Lang): Note => noteBook(lang).noteFor(category)
export const allNotes = (lang: Lang): Note[] => noteBook(lang).allNotes()
export const contextNotes = (input: ContextInput, lang: Lang): ContextNote[] => noteBook(lang).contextNotes(input)
export const audienceLabel = (who: Audience, lang: Lang): string => noteBook(lang).audienceLabel(who)
export const regionLabel = (region: Region, lang: Lang): string => noteBook(lang).regionLabel(region)
