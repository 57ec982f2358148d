import { describe, expect, it } from 'vitest'
import { isCategory } from '../../../src/shared/categories'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { fixtureIndex, loadFixture } from '../../fixtures/whatsapp/load'
import { actualLines, expectedLines, runAll, find, withPrivacyReaderLoaded } from './helpers'

const fixtures = fixtureIndex()

describe('WhatsApp Web fixtures: annotations equal data-expect', () => {
  withPrivacyReaderLoaded()

  it('the manifest lists every fixture page and covers generations, languages and views', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15)
    const gens = new Set(fixtures.map((f) => f.generation))
    for (const g of ['2021-23-data-testid', '2024-25-ak8', '2025H2-26-html-div', '2026H2-bare-id']) expect(gens).toContain(g)
    const langs = new Set(fixtures.map((f) => f.lang))
    for (const l of ['en', 'es', 'pt', 'de', 'fr', 'hi']) expect(langs).toContain(l)
    const drawers = new Set(fixtures.map((f) => f.expectedFacts.drawer))
    for (const d of ['none', 'contact-info', 'group-info', 'message-info']) expect(drawers).toContain(d)
  })

  for (const f of fixtures) {
    describe(f.file, () => {
      const doc = loadFixture(f.file)

      it('data-expect values are category ids', () => {
        for (const el of Array.from(doc.querySelectorAll('[data-expect]'))) {
          expect(isCategory(el.getAttribute('data-expect')), el.outerHTML.slice(0, 120)).toBe(true)
        }
      })

      it('matched elements and categories equal the data-expect set', () => {
        const found = runAll(doc)
        expect(actualLines(found)).toEqual(expectedLines(doc))
      })

      it('no element is matched twice (one category per element)', () => {
        for (const entry of runAll(doc).values()) {
          expect(entry.categories, entry.detectors.join(',')).toHaveLength(1)
        }
      })

      it('detectors ignore data-expect (same result with it removed)', () => {
        const copy = loadFixture(f.file)
        const expected = expectedLines(copy)
        for (const el of Array.from(copy.querySelectorAll('[data-expect]'))) el.removeAttribute('data-expect')
        const lines = actualLines(runAll(copy)).map((l) => l.replace(/\[data-expect="[^"]*"\]/g, ''))
        expect(lines).toEqual(expected.map((l) => l.replace(/\[data-expect="[^"]*"\]/g, '')))
      })

      it('facts equal index.json expectedFacts', () => {
        expect(whatsappWebSite.facts(doc)).toEqual({ site: 'whatsapp-web', ...f.expectedFacts })
      })

      it('isReady matches the view', () => {
        expect(whatsappWebSite.isReady(doc)).toBe(f.expectedFacts.view !== 'loading')
      })

      it('detectors do not modify the DOM', () => {
        const before = doc.documentElement.outerHTML
        runAll(doc)
        expect(doc.documentElement.outerHTML).toBe(before)
      })

      // Core detectors (ticks, avatars) are expected wherever chats are shown; the Status and Settings
      // screens legitimately show no ticks (the scanner's health report should take the view into account).
      if (['chat-list', 'one-to-one-chat', 'group-chat'].includes(f.expectedFacts.view)) {
        it('core detectors find something on a chat page', () => {
          for (const d of whatsappWebSite.detectors.filter((x) => x.core)) {
            expect(find(d, doc).length, d.id).toBeGreaterThan(0)
          }
        })
      }
    })
  }
})
