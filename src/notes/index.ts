import { CATEGORIES, type Category } from '../shared/categories'
import { BASE, REVIEWED } from './base'
import { firingRules } from './context-rules'
import { EN_AUDIENCE, EN_CONTEXT, EN_REGION } from './i18n/en'
import { TRANSLATIONS } from './i18n'
import { resolveNote, resolveSources } from './resolve'
import { LANGS, type Audience, type ContextInput, type ContextNote, type Lang, type Note, type Region } from './types'

// Public API of the notes knowledge base. Pure data and functions: no UI, no webextension APIs.

export type * from './types'
export { LANGS } from './types'

export { resolveLang } from './lang'

const isLang = (lang: string): lang is Lang => (LANGS as readonly string[]).includes(lang)
const safeLang = (lang: Lang): Lang => (isLang(lang) ? lang : 'en')

const cache = new Map<string, Note>()

export function noteFor(category: Category, lang: Lang): Note {
  const l = safeLang(lang)
  const key = `${l}|${category}`
  let note = cache.get(key)
  if (!note) {
    const t = l === 'en' ? undefined : TRANSLATIONS[l].notes[category]
    note = resolveNote(category, BASE[category], t, REVIEWED)
    cache.set(key, note)
  }
  return note
}

export function allNotes(lang: Lang): Note[] {
  return CATEGORIES.map((category) => noteFor(category, lang))
}

export function contextNotes(input: ContextInput, lang: Lang): ContextNote[] {
  const l = safeLang(lang)
  return firingRules(input).map((rule) => {
    const en = EN_CONTEXT[rule.id]
    const t = l === 'en' ? undefined : TRANSLATIONS[l].context[rule.id]
    return {
      id: rule.id,
      categories: [...rule.categories],
      title: t?.title?.trim() ? t.title : en.title,
      text: t?.text?.trim() ? t.text : en.text,
      sources: resolveSources(rule.sources),
    }
  })
}

export function audienceLabel(who: Audience, lang: Lang): string {
  const l = safeLang(lang)
  return (l === 'en' ? undefined : TRANSLATIONS[l].audience[who]) || EN_AUDIENCE[who]
}

export function regionLabel(region: Region, lang: Lang): string {
  const l = safeLang(lang)
  return (l === 'en' ? undefined : TRANSLATIONS[l].region[region]) || EN_REGION[region]
}
