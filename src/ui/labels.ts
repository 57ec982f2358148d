import type { CategoryGroup } from '../shared/categories'
import { CATEGORY_GROUPS } from '../shared/categories'
import type { DetectorStatus, SiteId, ViewId } from '../shared/page'
import { audienceLabel, regionLabel } from '../notes'
import type { Audience, Lang, Note, Region, Source } from '../notes/types'
import { t } from './i18n'

// Labels shared by the popup, the library and the welcome page.

/** Audience and region names in the UI language (from the notes, which own their wording). */
export interface Labels {
  audience: Record<Audience, string>
  region: Record<Region, string>
}

// Message keys built from ids. Chrome message names allow only [A-Za-z0-9_@], so '-' → '_'.
const key = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}`

// Records (not arrays) so the compiler complains when an id is added to a union and not here.
const SITES: Record<SiteId, true> = {
  'whatsapp-web': true, 'whatsapp-manager': true, 'meta-app-dashboard': true, 'twilio-console': true,
  '360dialog-hub': true, wati: true, 'generic-console': true,
}
const VIEWS: Record<ViewId, true> = {
  loading: true, 'chat-list': true, 'one-to-one-chat': true, 'group-chat': true, status: true, settings: true,
  'business-dashboard': true, other: true,
}
const KINDS: Record<Source['kind'], true> = { official: true, research: true, press: true }
const AUDIENCES: Record<Audience, true> = {
  'other-person': true, 'group-members': true, 'your-contacts': true, 'anyone-with-number': true,
  'whatsapp-servers': true, 'meta-companies': true, 'business-and-vendors': true, authorities: true,
}
const REGIONS: Record<Region, true> = { all: true, 'european-region': true, india: true, elsewhere: true }
const STATUSES: Record<DetectorStatus, true> = { ok: true, 'no-match': true, failed: true }
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
    ...family('site', SITES),
    ...family('view', VIEWS),
    ...family('group', CATEGORY_GROUPS),
    ...family('sourceKind', KINDS),
    ...family('detectorStatus', STATUSES),
    ...family('confidence', CONFIDENCES),
  ]
}

export function labelsFor(lang: Lang): Labels {
  const audience = {} as Record<Audience, string>
  for (const who of Object.keys(AUDIENCES) as Audience[]) audience[who] = audienceLabel(who, lang)
  const region = {} as Record<Region, string>
  for (const r of Object.keys(REGIONS) as Region[]) region[r] = regionLabel(r, lang)
  return { audience, region }
}
