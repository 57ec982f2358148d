import type { Lang } from '../types'
import type { Translation } from './types'
import { de } from './de'
import { es } from './es'
import { ptBR } from './pt-BR'

export const TRANSLATIONS: Record<Exclude<Lang, 'en'>, Translation> = { es, 'pt-BR': ptBR, de }
