// The WhatsApp section of Meta's app dashboard: developers.facebook.com/apps/<id>/whatsapp-business/…
// (API Setup, Configuration with the webhook). Other app dashboard pages are not ours.
import type { Site } from '../types'
import { BUSINESS_DETECTORS } from './detectors'
import { businessFacts, hasMainLayout, sameHost } from './site-common'

export const META_APP_DASHBOARD_HOST = 'developers.facebook.com'
export const META_APP_DASHBOARD_PATH = /^\/apps\/\d+\/whatsapp-business(?:\/|$)/i

export const metaAppDashboardSite: Site = {
  id: 'meta-app-dashboard',
  matchesLocation: ({ hostname, pathname }) =>
    sameHost(hostname, META_APP_DASHBOARD_HOST) && META_APP_DASHBOARD_PATH.test(pathname),
  detectors: BUSINESS_DETECTORS,
  isReady: hasMainLayout,
  facts: (doc) => businessFacts('meta-app-dashboard', hasMainLayout(doc)),
}
