import type { ContextNote, Lang } from '../../notes/types'
import type { PersonalRule } from '../personal-rules'
import { checkupSources } from '../sources'
import { EN } from './en'
import type { CheckupTexts } from './types'

export type { CheckupTexts } from './types'

// Like the notes, the popup loads one language: each import() below is its own chunk. English is
// the fallback and always present.

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<CheckupTexts>> = {
  es: () => import('./es').then((m) => m.ES),
  'pt-BR': () => import('./pt-BR').then((m) => m.PT_BR),
  de: () => import('./de').then((m) => m.DE),
}

const loaded = new Map<Lang, CheckupTexts>([['en', EN]])

export async function loadCheckupTexts(lang: Lang): Promise<CheckupTexts> {
  const have = loaded.get(lang)
  if (have) return have
  const load = LOADERS[lang as Exclude<Lang, 'en'>]
  if (!load) return EN
  const texts = await load()
  loaded.set(lang, texts)
  return texts
}

/** The texts of a language whose loadCheckupTexts has finished; English until then. */
export function checkupTexts(lang: Lang): CheckupTexts {
  return loaded.get(lang) ?? EN
}

/** A personal rule as a context note in the person's language. */
export function personalNote(rule: PersonalRule, lang: Lang): ContextNote {
  const t = checkupTexts(lang).personal[rule.id] ?? EN.personal[rule.id]
  return { id: rule.id, categories: [...rule.categories], title: t.title, text: t.text, sources: checkupSources(rule.sources) }
}
