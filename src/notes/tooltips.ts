import type { Category } from '../shared/categories'
import { CATEGORIES } from '../shared/categories'
import { audienceLabel, noteFor } from './index'
import { LANGS, type Lang } from './types'

/** What the in-page tooltip shows for a category: plain text only. */
export interface TooltipText {
  title: string
  summary: string
  audience: string
  control: string
}

export type TooltipTable = Record<Lang, Record<Category, TooltipText>>

/**
 * The tooltip texts of every category in every language, derived from the notes. The content
 * script needs only these, so its build replaces this module with the precomputed table
 * (vite.config.ts) and the full notes stay out of every page.
 */
export function buildTooltipTable(): TooltipTable {
  const table = {} as TooltipTable
  for (const lang of LANGS) {
    table[lang] = {} as Record<Category, TooltipText>
    for (const category of CATEGORIES) {
      const note = noteFor(category, lang)
      table[lang][category] = {
        title: note.title,
        summary: note.summary,
        audience: note.audience.map((a) => audienceLabel(a.who, lang)).join(', '),
        control: note.controlHint,
      }
    }
  }
  return table
}

let table: TooltipTable | null = null
export function tooltipFor(category: Category, lang: Lang): TooltipText {
  table ??= buildTooltipTable()
  return table[lang][category]
}
