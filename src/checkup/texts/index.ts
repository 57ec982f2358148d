import type { ContextNote, Lang } from '../../notes/types'
import type { PersonalRule } from '../personal-rules'
import { checkupSources } from '../sources'
import { DE } from './de'
import { EN } from './en'
import { ES } from './es'
import { PT_BR } from './pt-BR'
import type { CheckupTexts } from './types'

export type { CheckupTexts } from './types'

const TEXTS: Record<Lang, CheckupTexts> = { en: EN, es: ES, 'pt-BR': PT_BR, de: DE }

export function checkupTexts(lang: Lang): CheckupTexts {
  return TEXTS[lang] ?? EN
}

/** A personal rule as a context note in the person's language. */
export function personalNote(rule: PersonalRule, lang: Lang): ContextNote {
  const t = checkupTexts(lang).personal[rule.id] ?? EN.personal[rule.id]
  return { id: rule.id, categories: [...rule.categories], title: t.title, text: t.text, sources: checkupSources(rule.sources) }
}
