// Content script for WhatsApp Web, Meta's WhatsApp dashboards and granted provider consoles.
import { siteFor } from './sites'
import { runContentScript } from './run'

const site = siteFor(location)
if (site) {
  runContentScript(site, { live: true }).catch((error) => console.warn('[Metadata Lens] could not start:', error))
}
