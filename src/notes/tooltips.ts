import type { Category } from '../shared/categories'
import { CATEGORIES } from '../shared/categories'
import { audienceLabel, noteFor } from './index'
import { LANGS, type Lang } from './types'
import de from '../../_locales/de/messages.json'
import en from '../../_locales/en/messages.json'
import es from '../../_locales/es/messages.json'
import ptBR from '../../_locales/pt_BR/messages.json'

/** What the in-page tooltip shows for a category: plain text only. */
export interface TooltipText {
  title: string
  summary: string
  audience: string
  control: string
}

/** The overlay's own words (from _locales), so the content script never calls i18n.getMessage. */
export interface OverlayLabels {
  whoCanSee: string
  control: string
  /** Accessible name of a marker; `$TITLE$` stands for the note's title. */
  markerLabel: string
}

export interface TooltipTable {
  notes: Record<Lang, Record<Category, TooltipText>>
  labels: Record<Lang, OverlayLabels>
}

type Messages = Record<string, { message: string } | undefined>
const LOCALE_MESSAGES: Record<Lang, Messages> = { en, es, 'pt-BR': ptBR, de }

function labelsOf(lang: Lang): OverlayLabels {
  // English is the default locale: a key missing elsewhere falls back to it, as the browser's i18n does.
  const pick = (key: string) => LOCALE_MESSAGES[lang][key]?.message ?? (en as Messages)[key]?.message ?? ''
  return { whoCanSee: pick('tooltipWhoCanSee'), control: pick('tooltipControl'), markerLabel: pick('markerLabel') }
}

/**
 * The tooltip texts of every category in every language, derived from the notes. The content
 * script needs only these, so its build replaces this module with the precomputed table
 * (vite.config.ts) and the full notes stay out of every page.
 */
export function buildTooltipTable(): TooltipTable {
  const table: TooltipTable = { notes: {} as TooltipTable['notes'], labels: {} as TooltipTable['labels'] }
  for (const lang of LANGS) {
    table.labels[lang] = labelsOf(lang)
    table.notes[lang] = {} as Record<Category, TooltipText>
    for (const category of CATEGORIES) {
      const note = noteFor(category, lang)
      table.notes[lang][category] = {
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
  return table.notes[lang][category]
}

export function overlayLabelsFor(lang: Lang): OverlayLabels {
  table ??= buildTooltipTable()
  return table.labels[lang]
}
