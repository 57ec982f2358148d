// Injected on demand by "Annotate this page" (activeTab + scripting) on an unknown console.
import { genericConsoleSite } from '../sites/business'
import { siteFor } from './sites'
import { runContentScript } from './run'
import * as tooltips from '../notes/tooltips-business'

runContentScript(siteFor(location) ?? genericConsoleSite, { live: false, tooltips }).catch((error) =>
  console.warn('[Metadata Lens] could not annotate this page:', error),
)
