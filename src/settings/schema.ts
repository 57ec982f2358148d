import { CATEGORIES, type Category } from '../shared/categories'
import { SITE_IDS, isSiteId, type SiteId } from '../shared/page'
import { arrayOf, boolean, literal, object, oneOf, recordOf, type Infer } from '../shared/schema'

export const SETTINGS_VERSION = 1
export const SETTINGS_KEY = 'settings'

export const MARKER_STYLES = ['dot', 'outline', 'tooltip-only'] as const
export type MarkerStyle = (typeof MARKER_STYLES)[number]

/** A category's own marker style: the page-wide ones, or a hairline ring around the element (quieter). */
export const CATEGORY_MARKER_STYLES = ['dot', 'ring', 'outline', 'tooltip-only'] as const
export type CategoryMarkerStyle = (typeof CATEGORY_MARKER_STYLES)[number]
/** Profile photos are on every chat-list row: a ring keeps the list from looking spotted. */
export const DEFAULT_CATEGORY_MARKER_STYLES: Readonly<Partial<Record<Category, CategoryMarkerStyle>>> = Object.freeze({
  'profile-photo': 'ring',
})

const isCategoryId = oneOf(CATEGORIES)
const isMarkerStyle = oneOf(MARKER_STYLES)
const isCategoryMarkerStyle = oneOf(CATEGORY_MARKER_STYLES)

/** The one schema of stored settings; the type and every check on read come from it. */
export const isSettings = object({
  version: literal(SETTINGS_VERSION),
  /** Annotations everywhere. */
  enabled: boolean,
  /** Sites where annotations are off. */
  disabledSites: arrayOf(isSiteId, SITE_IDS.length),
  /** Categories whose markers are hidden. */
  disabledCategories: arrayOf(isCategoryId, CATEGORIES.length),
  markerStyle: isMarkerStyle,
  /** Categories drawn in another style than markerStyle. */
  categoryMarkerStyles: recordOf(isCategoryId, isCategoryMarkerStyle, CATEGORIES.length),
})
export type Settings = Infer<typeof isSettings>

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  disabledCategories: [],
  markerStyle: 'dot',
  categoryMarkerStyles: DEFAULT_CATEGORY_MARKER_STYLES,
})

export interface ParsedSettings {
  settings: Settings
  /** Human-readable problems found; non-empty means the stored value should be rewritten. */
  problems: string[]
}

/**
 * A stored value the schema accepts, in canonical order (defaults when nothing is stored); null for
 * a damaged value, which only parseSettings repairs (the content scripts leave that to the background).
 */
export function acceptedSettings(raw: unknown): Settings | null {
  const value = raw === undefined ? DEFAULT_SETTINGS : raw
  return isSettings(value) ? canonical(value) : null
}

/**
 * Reads any stored value into valid settings: a value the schema accepts is only put in canonical
 * order; anything else is repaired field by field (each field by its part of the same schema).
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = []
  const accepted = acceptedSettings(raw)
  if (accepted) return { settings: accepted, problems }
  const base = canonical(DEFAULT_SETTINGS)
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: base, problems: ['stored settings were not an object; defaults restored'] }
  }
  const r = raw as Record<string, unknown>
  if (r.version !== SETTINGS_VERSION) problems.push(`unknown settings version ${String(r.version)}; read what could be read`)
  if (boolean(r.enabled)) base.enabled = r.enabled
  else if ('enabled' in r) problems.push('"enabled" was not true/false; default used')
  if (Array.isArray(r.disabledSites)) {
    base.disabledSites = r.disabledSites.filter(isSiteId)
    if (base.disabledSites.length !== r.disabledSites.length) problems.push('unknown sites dropped')
  } else if ('disabledSites' in r) problems.push('"disabledSites" was not a list; default used')
  if (Array.isArray(r.disabledCategories)) {
    base.disabledCategories = r.disabledCategories.filter(isCategoryId)
    if (base.disabledCategories.length !== r.disabledCategories.length) problems.push('unknown categories dropped')
  } else if ('disabledCategories' in r) problems.push('"disabledCategories" was not a list; default used')
  if (isMarkerStyle(r.markerStyle)) base.markerStyle = r.markerStyle
  else if ('markerStyle' in r) problems.push('unknown marker style; default used')
  const perCategory = r.categoryMarkerStyles
  if (perCategory && typeof perCategory === 'object' && !Array.isArray(perCategory)) {
    base.categoryMarkerStyles = {}
    for (const [category, style] of Object.entries(perCategory)) {
      if (isCategoryId(category) && isCategoryMarkerStyle(style)) base.categoryMarkerStyles[category] = style
      else problems.push('unknown category marker style dropped')
    }
  } else if ('categoryMarkerStyles' in r) problems.push('"categoryMarkerStyles" was not a map; default used')
  const known = new Set(Object.keys(DEFAULT_SETTINGS))
  const unknown = Object.keys(r).filter((k) => !known.has(k))
  if (unknown.length) problems.push(`unknown settings dropped: ${unknown.length}`)
  return { settings: canonical(base), problems }
}

/** Without duplicates, categories in their canonical order; never sharing arrays with the input. */
function canonical(settings: Settings): Settings {
  return {
    ...settings,
    disabledSites: [...new Set<SiteId>(settings.disabledSites)],
    disabledCategories: [...new Set<Category>(settings.disabledCategories)].sort(
      (a, b) => CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b),
    ),
    categoryMarkerStyles: { ...settings.categoryMarkerStyles },
  }
}

export function annotationsActive(settings: Settings, site: SiteId): boolean {
  return settings.enabled && !settings.disabledSites.includes(site)
}
