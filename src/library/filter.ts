import { groupOf } from '../shared/categories'
import type { Note } from '../notes/types'
import { groupLabel } from '../ui/labels'

/** Lower case, no diacritics: "Confirmação" matches "confirmacao". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase()
}

/** Notes whose title, summary, category id or category group (in the UI language) contain every word of the query. */
export function filterNotes(notes: readonly Note[], query: string): Note[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (!words.length) return [...notes]
  return notes.filter((n) => {
    const hay = fold([n.title, n.summary, n.category, n.category.replace(/-/g, ' '), groupLabel(groupOf(n.category))].join(' '))
    return words.every((w) => hay.includes(w))
  })
}
