// Bad input for the whole WhatsApp Web pipeline (scanner + detectors + facts): view switches in a
// row, markup with none of the known signals, and UI-like words in messages and names.
import { describe, expect, it } from 'vitest'
import { NOTE_ATTRIBUTE, Scanner } from '../../../src/content/scanner'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { fixtureHtml, loadFixture, loadHtml } from '../../fixtures/whatsapp/load'

function scannerFor(tracked: Set<Element>): Scanner {
  return new Scanner(whatsappWebSite.detectors, {
    isCategoryEnabled: () => true,
    annotated: (el) => tracked.add(el),
    removed: (el) => tracked.delete(el),
    detectorFailed: (id, error) => {
      throw new Error(`${id} failed: ${String(error)}`)
    },
  })
}

/** The #app content of a fixture page, to swap into a live document as WhatsApp swaps views. */
function appOf(file: string): string {
  return new DOMParser().parseFromString(fixtureHtml(file), 'text/html').getElementById('app')!.innerHTML
}

describe('bad input', () => {
  it('50 view switches (chat → settings → status → chat) leave no stale annotation or marker, and nothing grows', () => {
    const views = ['g2024-en-one-to-one.html', 'g2024-en-settings-privacy.html', 'g2024-en-status.html', 'g2026-en-group-info.html'].map(appOf)
    const doc = loadHtml('<div id="app"></div>')
    const app = doc.getElementById('app')!
    const tracked = new Set<Element>()
    const scanner = scannerFor(tracked)
    const sizes: number[] = []
    for (let i = 0; i < 50; i++) {
      const removed = Array.from(app.childNodes)
      app.innerHTML = views[i % views.length]!
      // What a MutationObserver would report for the swap.
      scanner.applyMutations([{ type: 'childList', target: app, addedNodes: app.childNodes, removedNodes: removed as unknown as NodeList } as unknown as MutationRecord])
      for (const el of tracked) expect(el.isConnected, 'a marker on a removed element').toBe(true)
      expect(scanner.size).toBe(doc.querySelectorAll(`[${NOTE_ATTRIBUTE}]`).length)
      sizes.push(scanner.size)
    }
    // Each view always comes back to the same number of annotations: nothing piles up.
    for (let i = views.length; i < sizes.length; i++) expect(sizes[i]).toBe(sizes[i - views.length])
    expect(tracked.size).toBe(scanner.size)
  }, 120_000)

  it('markup with none of the known signals: no annotation, and health says the layout was not recognised', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<div class="r${i}"><div class="a"></div><div class="t">Item ${i}: last seen today at 10:41, online, 3 participants ✓✓</div></div>`).join('')
    const doc = loadHtml(`<div id="app"><div class="shell"><div class="col">${rows}</div></div></div>`)
    expect(whatsappWebSite.isReady(doc)).toBe(true) // substantial content, no start-up screen
    const scanner = scannerFor(new Set())
    scanner.scan(doc)
    expect(scanner.size).toBe(0)
    const view = whatsappWebSite.facts(doc).view
    expect(view).toBe('other')
    // The popup warns when a core detector found nothing: your own avatar is on every screen.
    expect(scanner.health(view).some((h) => h.core && h.status === 'no-match')).toBe(true)
  })

  it('a loaded page of any known view reports no core detector without matches', () => {
    for (const file of ['g2024-en-settings-privacy.html', 'gnext-en-status-plain-rail.html', 'g2024-en-message-info.html', 'g2024-fr-contact-info.html']) {
      const doc = loadFixture(file)
      const scanner = scannerFor(new Set())
      scanner.scan(doc)
      const failing = scanner.health(whatsappWebSite.facts(doc).view).filter((h) => h.core && h.status !== 'ok')
      expect(failing.map((h) => h.id), file).toEqual([])
    }
  })

  it('a Settings › Privacy panel whose rows are not found makes its detector core, so the popup warns', () => {
    const doc = loadFixture('g2024-en-settings-privacy.html')
    for (const row of Array.from(doc.querySelectorAll('.prow'))) row.removeAttribute('role')
    const scanner = scannerFor(new Set())
    scanner.scan(doc)
    const privacy = scanner.health(whatsappWebSite.facts(doc).view).find((h) => h.id === 'wa.privacy-settings')
    expect(privacy).toMatchObject({ core: true, status: 'no-match' })
  })

  it('UI-like words in messages and names are never annotated', () => {
    const doc = loadFixture('g2024-en-hostile.html')
    const scanner = scannerFor(new Set())
    scanner.scan(doc)
    for (const el of Array.from(doc.querySelectorAll(`[${NOTE_ATTRIBUTE}]`))) {
      expect(el.closest('[data-pre-plain-text], .selectable-text, span[dir]'), el.outerHTML.slice(0, 80)).toBe(null)
    }
  })
})
