import type { Category } from '../../shared/categories'
import type { Audience, Region, SourceRef } from '../types'
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

export interface AudienceTranslation {
  /** Needed exactly when the English entry has a condition. */
  condition?: string
  detail?: string
}

export interface NoteTranslation {
  title?: string
  summary?: string
  generated?: string[]
  /** Audience conditions and details, aligned with the base audience entries. */
  audience?: AudienceTranslation[]
  sharing?: string[]
  retention?: string
  retentionHint?: string
  controls?: ControlTranslation[]
  controlHint?: string
  caveats?: string[]
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
  /** Publishers' names as this language's tooltips give them (e.g. the Help Center's local name, shortened). */
  publisher?: Partial<Record<string, string>>
  /** A few words naming a source's page, for tooltip labels (see ../tooltip-sources.ts). */
  sourceTopic?: Partial<Record<SourceRef, string>>
}
