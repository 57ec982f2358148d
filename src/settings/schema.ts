import { CATEGORIES, isCategory, type Category } from '../shared/categories'
import type { SiteId } from '../shared/page'

export const SETTINGS_VERSION = 1
export const SETTINGS_KEY = 'settings'

export type MarkerStyle = 'dot' | 'outline' | 'tooltip-only'
export const MARKER_STYLES: readonly MarkerStyle[] = ['dot', 'outline', 'tooltip-only']

/** A category's own marker style: the page-wide ones, or a hairline ring around the element (quieter). */
export type CategoryMarkerStyle = MarkerStyle | 'ring'
export const CATEGORY_MARKER_STYLES: readonly CategoryMarkerStyle[] = ['dot', 'ring', 'outline', 'tooltip-only']
/** Profile photos are on every chat-list row: a ring keeps the list from looking spotted. */
export const DEFAULT_CATEGORY_MARKER_STYLES: Readonly<Partial<Record<Category, CategoryMarkerStyle>>> = Object.freeze({
  'profile-photo': 'ring',
})

const SITE_IDS: readonly SiteId[] = [
  'whatsapp-web', 'whatsapp-manager', 'meta-app-dashboard', 'twilio-console', '360dialog-hub', 'wati', 'generic-console',
]

export interface Settings {
  version: typeof SETTINGS_VERSION
  /** Annotations everywhere. */
  enabled: boolean
  /** Sites where annotations are off. */
  disabledSites: SiteId[]
  /** Categories whose markers are hidden. */
  disabledCategories: Category[]
  markerStyle: MarkerStyle
  /** Categories drawn in another style than markerStyle. */
  categoryMarkerStyles: Partial<Record<Category, CategoryMarkerStyle>>
}

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

/** Reads any stored value into valid settings. Unknown or corrupt parts fall back to defaults. */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = []
  const base: Settings = {
    ...DEFAULT_SETTINGS,
    disabledSites: [],
    disabledCategories: [],
    categoryMarkerStyles: { ...DEFAULT_CATEGORY_MARKER_STYLES },
  }
  if (raw === undefined) return { settings: base, problems }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: base, problems: ['stored settings were not an object; defaults restored'] }
  }
  const r = raw as Record<string, unknown>
  if (r.version !== SETTINGS_VERSION) problems.push(`unknown settings version ${String(r.version)}; read what could be read`)
  if (typeof r.enabled === 'boolean') base.enabled = r.enabled
  else if ('enabled' in r) problems.push('"enabled" was not true/false; default used')
  if (Array.isArray(r.disabledSites)) {
    base.disabledSites = r.disabledSites.filter((s): s is SiteId => SITE_IDS.includes(s as SiteId))
    if (base.disabledSites.length !== r.disabledSites.length) problems.push('unknown sites dropped')
  } else if ('disabledSites' in r) problems.push('"disabledSites" was not a list; default used')
  if (Array.isArray(r.disabledCategories)) {
    base.disabledCategories = r.disabledCategories.filter(isCategory)
    if (base.disabledCategories.length !== r.disabledCategories.length) problems.push('unknown categories dropped')
  } else if ('disabledCategories' in r) problems.push('"disabledCategories" was not a list; default used')
  if (MARKER_STYLES.includes(r.markerStyle as MarkerStyle)) base.markerStyle = r.markerStyle as MarkerStyle
  else if ('markerStyle' in r) problems.push('unknown marker style; default used')
  const perCategory = r.categoryMarkerStyles
  if (perCategory && typeof perCategory === 'object' && !Array.isArray(perCategory)) {
    base.categoryMarkerStyles = {}
    for (const [category, style] of Object.entries(perCategory)) {
      if (isCategory(category) && CATEGORY_MARKER_STYLES.includes(style as CategoryMarkerStyle)) {
        base.categoryMarkerStyles[category] = style as CategoryMarkerStyle
      } else problems.push('unknown category marker style dropped')
    }
  } else if ('categoryMarkerStyles' in r) problems.push('"categoryMarkerStyles" was not a map; default used')
  base.disabledSites = [...new Set(base.disabledSites)]
  base.disabledCategories = [...new Set(base.disabledCategories)].sort(
    (a, b) => CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b),
  )
  return { settings: base, problems }
}

export function annotationsActive(settings: Settings, site: SiteId): boolean {
  return settings.enabled && !settings.disabledSites.includes(site)
}
