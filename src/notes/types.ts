import type { Category } from '../shared/categories'
import type { CategoryCounts, PageFacts } from '../shared/page'

export const LANGS = ['en', 'es', 'pt-BR', 'de'] as const
export type Lang = (typeof LANGS)[number]

export const AUDIENCES = [
  'other-person',
  'group-members',
  'your-contacts',
  'anyone-with-number',
  'whatsapp-servers',
  'meta-companies',
  'business-and-vendors',
  'authorities',
] as const
export type Audience = (typeof AUDIENCES)[number]

export interface AudienceEntry {
  who: Audience
  /**
   * The condition or scope without which naming this audience would mislead: when it sees it at
   * all ("only if your setting is Everyone") or what it sees ("metadata only, not message
   * content"). Empty when none is needed. Wherever the audience is named, this is named with it.
   */
  condition: string
  /** What this audience sees or does, for the full note (popup, library). */
  detail: string
}

export const REGIONS = ['all', 'european-region', 'india', 'elsewhere'] as const
export type Region = (typeof REGIONS)[number]

export interface SharingEntry {
  region: Region
  text: string
  sources: SourceRef[]
  /** A statement of what WhatsApp/Meta policy says; must rest on at least one official source. */
  policy?: boolean
}

export interface Control {
  /** Exact setting path, e.g. "Settings › Privacy › Read receipts". Empty when no setting exists. */
  path: string
  options: string[]
  /** Exceptions, e.g. "always sent in groups". */
  exceptions: string[]
  /** Reciprocity rule, if any. */
  reciprocity?: string
  sources: SourceRef[]
}

export interface Source {
  id: string
  title: string
  publisher: string
  /** Always https. */
  url: string
  /** ISO date (YYYY-MM or YYYY-MM-DD) or "undated". */
  date: string
  kind: 'official' | 'research' | 'press'
  /**
   * Set when the source was not read directly: a language code when only that language's copy was
   * read, 'mirror' when only a copy on another site was, 'quoted' when only quotations of it were.
   */
  readVia?: string
}

/** Points at a Source by id (sources live in one table so they can be checked once). */
export type SourceRef = string

export interface Claim {
  text: string
  sources: SourceRef[]
  /** Policy claims must rest on at least one official source. */
  policy?: boolean
}

export interface Note {
  category: Category
  title: string
  /** One sentence, at most 160 characters: it fits a tooltip. */
  summary: string
  /** What the event is and which data it carries (times, device, counts, identifiers). */
  generated: Claim[]
  audience: AudienceEntry[]
  sharing: SharingEntry[]
  /** Retention; says plainly when it is unknown. */
  retention: Claim
  /**
   * One line for the tooltip (at most ~110 characters): `retention` shortened, resting on the same
   * sources. Only numbers that `retention` states; "Unknown" wherever `retention` says it is.
   */
  retentionHint: string
  controls: Control[]
  /** One line for the tooltip: the setting to look at. */
  controlHint: string
  /** Where sources disagree or behaviour changed over time. */
  caveats: Claim[]
  sources: Source[]
  /** The sources the tooltip names: at most 3, official first, all among the note's own sources. */
  mainSources: SourceRef[]
  confidence: 'documented' | 'reported' | 'inferred'
  /** ISO date (YYYY-MM-DD) the note was last reviewed against its sources. */
  reviewed: string
}

/** What contextual rules may look at: coarse page facts and counts, never text. */
export interface ContextInput {
  facts: PageFacts
  counts: CategoryCounts
}

export interface ContextNote {
  id: string
  /** Categories this note is about (for placing it in the popup). */
  categories: Category[]
  title: string
  text: string
  sources: Source[]
}
