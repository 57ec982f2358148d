import type { PageFacts, SiteId } from '../../shared/page'

/** Host comparison tolerant of case and a trailing dot. */
export function sameHost(hostname: string, expected: string): boolean {
  return hostname.toLowerCase().replace(/\.$/, '') === expected
}

/** The app's main layout is present (a landmark), so health may be judged. */
export function hasMainLayout(doc: Document): boolean {
  try {
    return doc.querySelector('main, [role="main"]') !== null
  } catch {
    return false
  }
}

export function businessFacts(site: SiteId, ready: boolean): PageFacts {
  return { site, view: ready ? 'business-dashboard' : 'loading', businessChat: false, drawer: 'none' }
}
