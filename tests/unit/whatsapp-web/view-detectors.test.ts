import { afterEach, describe, expect, it, vi } from 'vitest'
import { sent } from '../harness/recording-polyfill'
import { loadFixture } from '../../fixtures/whatsapp/load'
import { Scanner } from '../../../src/content/scanner'
import { drawerRows } from '../../../src/sites/whatsapp-web/drawers'
import { messageInfo } from '../../../src/sites/whatsapp-web/message-info'
import { statusScreen } from '../../../src/sites/whatsapp-web/status-screen'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { drawerRowsStandIn, handViewDetectorsTo, messageInfoStandIn } from '../../../src/sites/whatsapp-web/view-detectors'
import type { Detector } from '../../../src/sites/types'

// WhatsApp Web's content script carries stand-ins for the drawers' detectors; the background injects
// the detectors themselves (content/view-detectors.ts) the first time a scan meets a drawer, and the
// content script then has the open drawers scanned again. Both sides run here in one realm, as in the page.

vi.mock('webextension-polyfill', () => import('../harness/recording-polyfill'))

// The rest of the unit suite runs with the detectors here (tests/setup/view-detectors-loaded.ts).
afterEach(() => {
  sent.length = 0
  handViewDetectorsTo([drawerRows, messageInfo, statusScreen])
})

const scanner = (doc: Document) => {
  const s = new Scanner(whatsappWebSite.detectors, { isCategoryEnabled: () => true, annotated: () => {}, removed: () => {}, detectorFailed: () => {} })
  s.scan(doc)
  return s
}
const countsOf = (s: Scanner, id: string) => s.health().find((h) => h.id === id)

describe('the drawers’ detectors come when a drawer is first seen', () => {
  it('wa.status finds the rail’s Status item before the Status screen’s part comes, and the screen once it has', async () => {
    const { loadViewDetectorsOnDemand } = await import('../../../src/content/view-detectors-on-demand')
    const { VIEW_DETECTORS_ARRIVED } = await import('../../../src/content/view-detectors-bridge')
    const doc = loadFixture('g2024-en-status.html')
    let s: Scanner | null = null
    loadViewDetectorsOnDemand(doc, (root) => s?.scan(root))
    s = scanner(doc)
    expect(sent).toEqual([{ type: 'load-view-detectors' }])
    expect(countsOf(s, 'wa.status')!.matches).toBe(1)
    ;(globalThis as Record<symbol, (d: readonly Detector[]) => void>)[VIEW_DETECTORS_ARRIVED]!([drawerRows, messageInfo, statusScreen])
    expect(countsOf(s, 'wa.status')!.matches).toBe(5)
  })

  it('stand in for the detectors in what the content script needs before they come', () => {
    const meta = (d: Detector) => ({ id: d.id, categories: d.categories, watchedAttributes: d.watchedAttributes, skipInside: d.skipInside, watchesText: d.watchesText, nesting: d.nesting, core: d.core, coreViews: d.coreViews })
    expect(meta(drawerRowsStandIn)).toEqual(meta(drawerRows))
    expect(meta(messageInfoStandIn)).toEqual(meta(messageInfo))
    expect(whatsappWebSite.detectors).toContain(drawerRowsStandIn)
    expect(whatsappWebSite.detectors).toContain(messageInfoStandIn)
  })

  it('a chat asks for nothing; a drawer asks once, expects nothing until they come, then is scanned again', async () => {
    const { loadViewDetectorsOnDemand } = await import('../../../src/content/view-detectors-on-demand')
    const { VIEW_DETECTORS_ARRIVED } = await import('../../../src/content/view-detectors-bridge')

    const chat = loadFixture('g2024-en-one-to-one.html')
    loadViewDetectorsOnDemand(chat, () => {})
    scanner(chat)
    expect(sent).toEqual([])

    for (const [file, id] of [['g2026-en-group-info.html', 'wa.drawers'], ['g2024-en-message-info.html', 'wa.message-info']] as const) {
      sent.length = 0
      const doc = loadFixture(file)
      const rescanned: Element[] = []
      let s: Scanner | null = null
      loadViewDetectorsOnDemand(doc, (root) => {
        rescanned.push(root)
        s?.scan(root)
      })
      s = scanner(doc)
      s.scan(doc)
      expect(sent).toEqual([{ type: 'load-view-detectors' }])
      // On their way: nothing found, and health raises no warning for the open drawer.
      expect(countsOf(s, id)).toMatchObject({ matches: 0, core: false })

      ;(globalThis as Record<symbol, (d: readonly Detector[]) => void>)[VIEW_DETECTORS_ARRIVED]!([drawerRows, messageInfo, statusScreen])
      expect(rescanned.length).toBeGreaterThan(0)
      expect(countsOf(s, id)).toMatchObject({ status: 'ok', core: true })
      expect(countsOf(s, id)!.matches).toBeGreaterThan(0)
      expect(sent).toHaveLength(1)
    }
  })
})
