import type { Category } from '../../shared/categories'
import type { Audience, Region } from '../types'
import type { ContextRuleId } from '../context-rules'

// Translation tables. Arrays are index-aligned with the English base arrays (./base.ts).
// Every field is optional so a missing piece falls back to English field by field; the unit
// tests check that every shipped language is nevertheless complete.

export interface ControlTranslation {
  path?: string
  options?: string[]
  exceptions?: string[]
  reciprocity?: string
}

export interface NoteTranslation {
  title?: string
  summary?: string
  generated?: string[]
  /** Audience qualifiers, aligned with base audience entries. */
  audience?: string[]
  sharing?: string[]
  retention?: string
  controls?: ControlTranslation[]
  controlHint?: string
  caveats?: string[]
  /** Store labels are taxonomy names and stay in English unless given. */
  storeLabels?: { apple?: string; google?: string }
}

export interface ContextTranslation {
  title?: string
  text?: string
}

export interface Translation {
  notes: Partial<Record<Category, NoteTranslation>>
  context: Partial<Record<ContextRuleId, ContextTranslation>>
  audience: Partial<Record<Audience, string>>
  region: Partial<Record<Region, string>>
}
