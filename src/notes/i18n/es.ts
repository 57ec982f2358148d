import type { Translation } from './types'

export const es: Translation = { notes: {}, context: {}, audience: {}, region: {} }
