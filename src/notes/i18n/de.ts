import type { Translation } from './types'

export const de: Translation = { notes: {}, context: {}, audience: {}, region: {} }
