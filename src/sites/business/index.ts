// Business dashboards: known Meta sites and provider consoles, plus the on-demand generic console.
import type { Site } from '../types'
import { metaAppDashboardSite } from './meta-app-dashboard'
import { consoleSites, dialog360HubSite, twilioConsoleSite, watiSite } from './provider-consoles'
import { whatsappManagerSite } from './whatsapp-manager'
import { genericConsoleSite } from './generic'

/** Known Meta sites and provider consoles (matched by location). Not the generic console. */
export const businessSites: Site[] = [whatsappManagerSite, metaAppDashboardSite, ...consoleSites]

export {
  genericConsoleSite,
  whatsappManagerSite,
  metaAppDashboardSite,
  twilioConsoleSite,
  dialog360HubSite,
  watiSite,
}
export { BUSINESS_DETECTORS } from './detectors'
export {
  PROVIDER_CONSOLES,
  CONSOLE_SCRIPT_PREFIX,
  allConsoleOrigins,
  consoleForPermissionOrigin,
  consolesFromGranted,
  patternCovers,
  planRegistrationSync,
  type ConsoleSiteId,
  type ProviderConsole,
  type RegistrationPlan,
} from './consoles'
