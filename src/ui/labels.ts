import type { CategoryGroup } from '../shared/categories'
import { CATEGORY_GROUPS } from '../shared/categories'
import { DETECTOR_STATUSES, SITE_IDS, VIEW_IDS, type DetectorStatus, type SiteId, type ViewId } from '../shared/page'
import type { NoteBook } from '../notes/book'
import { AUDIENCES, REGIONS, type Audience, type Note, type Region, type Source } from '../notes/types'
import { t } from './i18n'

// Labels shared by the popup, the library and the welcome page.

/** Audience and region names in the page's language (from the notes, which own their wording). */
export interface Labels {
  audience: Record<Audience, string>
  region: Record<Region, string>
}

// Message keys built from ids. Chrome message names allow only [A-Za-z0-9_@], so '-' → '_'.
const key = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}`

// Records (not arrays) so the compiler complains when an id is added to a union and not here.
const KINDS: Record<Source['kind'], true> = { official: true, research: true, press: true }
const CONFIDENCES: Record<Note['confidence'], true> = { documented: true, reported: true, inferred: true }
export const siteLabel = (site: SiteId) => t(key('site', site))
export const viewLabel = (view: ViewId) => t(key('view', view))
export const groupLabel = (group: CategoryGroup) => t(key('group', group))
export const sourceKindLabel = (kind: Source['kind']) => t(key('sourceKind', kind))
export const statusLabel = (status: DetectorStatus) => t(key('detectorStatus', status))
export const confidenceLabel = (c: Note['confidence']) => t(key('confidence', c))

/** Every message key built from an id (the locale test checks they all exist in en). */
export function dynamicKeys(): string[] {
  const family = (prefix: string, ids: object) => Object.keys(ids).map((id) => key(prefix, id))
  return [
    ...SITE_IDS.map((id) => key('site', id)),
    ...VIEW_IDS.map((id) => key('view', id)),
    ...family('group', CATEGORY_GROUPS),
    ...family('sourceKind', KINDS),
    ...DETECTOR_STATUSES.map((id) => key('detectorStatus', id)),
    ...family('confidence', CONFIDENCES),
  ]
}

export function labelsFor(book: NoteBook): Labels {
  const audience = {} as Record<Audience, string>
  for (const who of AUDIENCES) audience[who] = book.audienceLabel(who)
  const region = {} as Record<Region, string>
  for (const r of REGIONS) region[r] = book.regionLabel(r)
  return { audience, region }
}
