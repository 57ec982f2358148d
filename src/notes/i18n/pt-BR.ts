import type { Translation } from './types'

export const ptBR: Translation = { notes: {}, context: {}, audience: {}, region: {} }
