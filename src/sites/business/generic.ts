// Any other console, run only on demand (the user asks for this page). Same structural detectors:
// tables/grids with header keywords, labelled lists, key/value pairs. Never prose.
import type { Site } from '../types'
import { BUSINESS_DETECTORS } from './detectors'
import { businessFacts } from './site-common'

function bodyHasContent(doc: Document): boolean {
  try {
    return !!doc.body && doc.body.childElementCount > 0
  } catch {
    return false
  }
}

export const genericConsoleSite: Site = {
  id: 'generic-console',
  matchesLocation: () => true,
  detectors: BUSINESS_DETECTORS,
  isReady: bodyHasContent,
  facts: (doc) => businessFacts('generic-console', bodyHasContent(doc)),
}
