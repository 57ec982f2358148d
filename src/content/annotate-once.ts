// Injected on demand by "Annotate this page" (activeTab + scripting) on a dashboard or an unknown
// console. (On WhatsApp Web the background injects that site's own content script instead.)
import { businessSites, genericConsoleSite } from '../sites/business'
import { runContentScript } from './run'
import { makeTooltip } from '../overlay/tooltip'

const site = businessSites.find((candidate) => candidate.matchesLocation(location)) ?? genericConsoleSite
runContentScript(site, { live: false, note: makeTooltip }).catch((error) => console.warn('[Metadata Lens] could not annotate this page:', error))
