// Content script for web.whatsapp.com. The dashboards have their own (dashboards.ts): each page
// compiles only its own site's detectors, which is most of a content script's start-up cost.
import { whatsappWebSite } from '../sites/whatsapp-web'
import { runContentScript } from './run'
import { startPrivacyReading } from '../checkup/content'
import { noteOnDemand } from '../overlay/note-on-demand'
import { loadNote } from './load-note'
import { loadViewDetectorsOnDemand } from './view-detectors-on-demand'

if (whatsappWebSite.matchesLocation(location)) {
  runContentScript(whatsappWebSite, {
    live: true,
    // The note's code and styles come when a note is first wanted: most page loads open none.
    note: noteOnDemand(loadNote),
    alsoStart: (rescan) => {
      startPrivacyReading(document, rescan)
      loadViewDetectorsOnDemand(document, rescan)
    },
  }).catch((error) => console.warn('[Metadata Lens] could not start:', error))
}
