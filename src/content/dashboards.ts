// Content script for Meta's WhatsApp dashboards and the provider consoles the person granted.
import { businessSites } from '../sites/business'
import { runContentScript } from './run'
import { makeTooltip } from '../overlay/tooltip'

const site = businessSites.find((candidate) => candidate.matchesLocation(location))
if (site) {
  runContentScript(site, { live: true, note: makeTooltip }).catch((error) => console.warn('[Metadata Lens] could not start:', error))
}
