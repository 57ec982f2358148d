import type { Site } from '../sites/types'
import { whatsappWebSite } from '../sites/whatsapp-web'
import { businessSites } from '../sites/business'

/** Every site annotated automatically (manifest matches or a granted provider console). */
export const KNOWN_SITES: readonly Site[] = [whatsappWebSite, ...businessSites]

/** The site for this location; checked before anything touches the DOM. */
export function siteFor(location: Pick<Location, 'hostname' | 'pathname'>): Site | undefined {
  return KNOWN_SITES.find((site) => site.matchesLocation(location))
}
