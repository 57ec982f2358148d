import type { Category } from '../shared/categories'
import { CATEGORIES } from '../shared/categories'
import { tooltipAudienceLines } from './audience'
import { noteBook } from './index'
import { tooltipSources } from './tooltip-sources'
import { LANGS, type Lang } from './types'
import de from '../../_locales/de/messages.json'
import en from '../../_locales/en/messages.json'
import es from '../../_locales/es/messages.json'
import ptBR from '../../_locales/pt_BR/messages.json'

/** What the in-page tooltip shows for a category: plain text only. */
export interface TooltipText {
  title: string
  summary: string
  /** People who may see it (the other person, group members, your contacts, anyone with your number), each with its condition. '' if none. */
  audience: string
  /** Where it goes beyond those people: WhatsApp's servers, other Meta companies, the business and its vendors, authorities, each with its condition. '' if none. */
  sharedWith: string
  /** How long it may be kept: one short line; says plainly when the sources don't say. */
  kept: string
  control: string
  /** The note's main sources, at most 3, official first: a short label and an https url. */
  sources: { label: string; url: string }[]
  /** The words that open its sections, in its language (added by the background when it sends it). */
  labels?: SectionLabels
}

/** The overlay's own words (from _locales), so the content script never calls i18n.getMessage. */
export interface OverlayLabels {
  whoCanSee: string
  sharedWith: string
  kept: string
  control: string
  sources: string
  /** Link text to the whole note (popup or library). */
  fullNote: string
  /** Accessible name of a marker; `$TITLE$` stands for the note's title. */
  markerLabel: string
}

/** The words that open a note's sections: they come from the background with the texts they label. */
export type SectionLabels = Pick<OverlayLabels, 'whoCanSee' | 'sharedWith' | 'kept' | 'control' | 'sources'>

/** The overlay's own words a content script gets with the texts: a marker's name and the note's link. */
export type LocalOverlayLabels = Pick<OverlayLabels, 'fullNote' | 'markerLabel'>

export interface TooltipTable {
  notes: Record<Lang, Partial<Record<Category, TooltipText>>>
  labels: Record<Lang, OverlayLabels>
}

/** Texts for one site's categories in every language. */
export interface Tooltips {
  tooltipFor(category: Category, lang: Lang): TooltipText | undefined
  overlayLabelsFor(lang: Lang): OverlayLabels
}

type Messages = Record<string, { message: string } | undefined>
const LOCALE_MESSAGES: Record<Lang, Messages> = { en, es, 'pt-BR': ptBR, de }

function labelsOf(lang: Lang): OverlayLabels {
  // English is the default locale: a key missing elsewhere falls back to it, as the browser's i18n does.
  const pick = (key: string) => LOCALE_MESSAGES[lang][key]?.message ?? (en as Messages)[key]?.message ?? ''
  return {
    whoCanSee: pick('tooltipWhoCanSee'),
    sharedWith: pick('tooltipSharedWith'),
    kept: pick('tooltipKept'),
    control: pick('tooltipControl'),
    sources: pick('tooltipSources'),
    fullNote: pick('tooltipFullNote'),
    markerLabel: pick('markerLabel'),
  }
}

/** The tooltip text of one category in one language, derived from its note. */
export function tooltipText(category: Category, lang: Lang): TooltipText {
  const book = noteBook(lang)
  const note = book.noteFor(category)
  const { audience, sharedWith } = tooltipAudienceLines(note.audience, (entry) => book.audienceLabel(entry.who))
  return {
    title: note.title,
    summary: note.summary,
    audience,
    sharedWith,
    kept: note.retentionHint,
    control: note.controlHint,
    sources: tooltipSources(note, book),
  }
}

/** The tooltip texts of the given categories in every language. */
export function buildTooltipTable(categories: readonly Category[] = CATEGORIES): TooltipTable {
  const table: TooltipTable = { notes: {} as TooltipTable['notes'], labels: {} as TooltipTable['labels'] }
  for (const lang of LANGS) {
    table.labels[lang] = labelsOf(lang)
    table.notes[lang] = {}
    for (const category of categories) table.notes[lang][category] = tooltipText(category, lang)
  }
  return table
}

/**
 * Tooltips for a set of categories, computed on first use. The background imports a module made
 * with this (tooltips-<site>.ts), which its build replaces with a precomputed table
 * (vite.config.ts). Pages get one language of it from the background; none of the notes reach a page.
 */
export function tooltipsOf(categories: readonly Category[]): Tooltips & { buildTable(): TooltipTable } {
  let table: TooltipTable | null = null
  const get = () => (table ??= buildTooltipTable(categories))
  return {
    buildTable: get,
    tooltipFor: (category, lang) => get().notes[lang]?.[category],
    overlayLabelsFor: (lang) => get().labels[lang],
  }
}
