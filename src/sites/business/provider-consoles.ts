// Provider consoles (Twilio, 360dialog, WATI): run only where the user granted the origin; the
// whole host is in scope (the detectors themselves are structural and precise).
import type { Site } from '../types'
import { PROVIDER_CONSOLES, type ConsoleSiteId } from './consoles'
import { BUSINESS_DETECTORS } from './detectors'
import { businessFacts, hasMainLayout, sameHost } from './site-common'

function consoleSite(id: ConsoleSiteId): Site {
  const entry = PROVIDER_CONSOLES.find((c) => c.id === id)
  const hostname = entry ? entry.hostname : ''
  return {
    id,
    matchesLocation: (location) => !!hostname && sameHost(location.hostname, hostname),
    detectors: BUSINESS_DETECTORS,
    isReady: hasMainLayout,
    facts: (doc) => businessFacts(id, hasMainLayout(doc)),
  }
}

export const twilioConsoleSite: Site = consoleSite('twilio-console')
export const dialog360HubSite: Site = consoleSite('360dialog-hub')
export const watiSite: Site = consoleSite('wati')

export const consoleSites: readonly Site[] = [twilioConsoleSite, dialog360HubSite, watiSite]
