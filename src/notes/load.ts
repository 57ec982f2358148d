import type { NoteBook } from './book'
import type { Translation } from './i18n/types'
import type { Lang } from './types'

// Extension pages load the notes of one language only: each import() below becomes its own chunk,
// fetched when that language is chosen (English base data in one chunk, each translation in another).

const TRANSLATIONS: Record<Exclude<Lang, 'en'>, () => Promise<Translation>> = {
  es: () => import('./i18n/es').then((m) => m.es),
  'pt-BR': () => import('./i18n/pt-BR').then((m) => m.ptBR),
  de: () => import('./i18n/de').then((m) => m.de),
}

const loading = new Map<Lang, Promise<NoteBook>>()
const loaded = new Map<Lang, NoteBook>()

export function loadNoteBook(lang: Lang): Promise<NoteBook> {
  let pending = loading.get(lang)
  if (!pending) {
    pending = Promise.all([import('./book'), lang === 'en' ? undefined : TRANSLATIONS[lang]()]).then(([{ createNoteBook }, t]) => {
      const book = createNoteBook(lang, t)
      loaded.set(lang, book)
      return book
    })
    loading.set(lang, pending)
  }
  return pending
}

/** The book of a language whose loadNoteBook has finished, if any. */
export function loadedNoteBook(lang: Lang): NoteBook | undefined {
  return loaded.get(lang)
}
