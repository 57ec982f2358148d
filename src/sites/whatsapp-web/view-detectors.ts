// The detectors of the drawers (contact info, group info, message info) and of the Status screen
// (status-screen.ts) are not part of WhatsApp Web's content script: most visits open none, so the
// background injects them (content/view-detectors.ts, same isolated world) the first time a scan
// meets a drawer or the Status screen. Until they have come, their stand-ins here find nothing and
// health does not expect them to (an open drawer raises no warning while they are on their way;
// wa.status still finds the rail's Status item); when they come, the content script has the page
// beside the message list scanned again (content/view-detectors-on-demand.ts).

import type { Detector, Match, ScanContext } from '../types'
import { drawerScopes } from './drawer-roots'
import { MESSAGE_LIST } from './selectors'

let arrived: ReadonlyMap<string, Detector> | null = null
let wanted: (() => void) | null = null

/**
 * The detectors have come (`next`), or are gone (null, tests); until they come, a drawer seen calls
 * `needed` (which loads them). Without either (one-shot runs), drawers find nothing.
 */
export function handViewDetectorsTo(next: readonly Detector[] | null, needed: (() => void) | null = null): void {
  arrived = next && new Map(next.map((d) => [d.id, d]))
  wanted = needed
}

/** What the content script knows of a detector before it has come: what settings, health and the page observer need at start. */
function standIn(stub: Pick<Detector, 'id' | 'categories' | 'watchedAttributes'>): Detector {
  return {
    ...stub,
    skipInside: MESSAGE_LIST,
    expectedOn: (doc) => arrived?.get(stub.id)?.expectedOn?.(doc) ?? false,
    find(root, ctx) {
      const real = arrived?.get(stub.id)
      if (real) return real.find(root, ctx)
      // (Asking never throws: the loader's message goes out as a promise.)
      if (wanted && drawerScopes(root).length > 0) wanted()
      return []
    },
  }
}

/**
 * The Status screen's matches (status-screen.ts) once they have come; until then none, and a scan
 * for which `onScreen` holds asks for them.
 */
export function statusScreenMatches(root: Element | Document, ctx: ScanContext, onScreen: () => boolean): Match[] {
  const real = arrived?.get('wa.status-screen')
  if (real) return real.find(root, ctx)
  if (wanted && onScreen()) wanted()
  return []
}

/** Stand-ins of drawers.ts and message-info.ts (tests/unit/whatsapp-web/view-detectors.test.ts keeps them alike). */
export const drawerRowsStandIn = standIn({
  id: 'wa.drawers',
  categories: ['phone-number', 'about', 'disappearing-messages', 'encryption-notice', 'group-participants'],
  watchedAttributes: ['data-icon'],
})
export const messageInfoStandIn = standIn({ id: 'wa.message-info', categories: ['message-info'] })
