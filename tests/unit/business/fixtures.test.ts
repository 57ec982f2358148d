import { describe as group, expect, it } from 'vitest'
import { BUSINESS_CATEGORIES } from '../../../src/shared/categories'
import { businessSites, genericConsoleSite } from '../../../src/sites/business'
import type { Site } from '../../../src/sites/types'
import { expectedMatches, fixtureIndex, loadFixture } from '../../fixtures/business/load'
import { keyed, runSite } from './helpers'

const ALL_SITES: Site[] = [...businessSites, genericConsoleSite]
const entries = fixtureIndex()

group('business fixtures: detectors find exactly the data-expect set', () => {
  it('index lists every fixture with a known site', () => {
    expect(entries.length).toBeGreaterThanOrEqual(8)
    for (const e of entries) expect(ALL_SITES.map((s) => s.id)).toContain(e.site)
  })

  for (const entry of entries) {
    group(entry.file, () => {
      const site = ALL_SITES.find((s) => s.id === entry.site)!

      it('site matches the fixture location (generic is on demand)', () => {
        expect(site.matchesLocation({ hostname: entry.host, pathname: entry.path })).toBe(true)
        const known = businessSites.filter((s) => s.matchesLocation({ hostname: entry.host, pathname: entry.path }))
        expect(known.map((s) => s.id)).toEqual(entry.site === 'generic-console' ? [] : [entry.site])
      })

      it('annotates exactly the expected elements with the expected categories', () => {
        const doc = loadFixture(entry.file)
        const expected = expectedMatches(doc)
        expect(expected.length).toBeGreaterThan(0)
        expect(keyed(runSite(site, doc))).toEqual(keyed(expected))
      })

      it('uses only business categories and one category per element', () => {
        const doc = loadFixture(entry.file)
        const matches = runSite(site, doc)
        for (const m of matches) expect(BUSINESS_CATEGORIES as readonly string[]).toContain(m.category)
        expect(new Set(matches.map((m) => m.element)).size).toBe(matches.length)
      })

      it('expectedCounts in index.json equal the data-expect counts', () => {
        const counts: Record<string, number> = {}
        for (const m of expectedMatches(loadFixture(entry.file))) counts[m.category] = (counts[m.category] ?? 0) + 1
        expect(counts).toEqual(entry.expectedCounts)
      })

      it('facts are coarse and match index.json once ready', () => {
        const doc = loadFixture(entry.file)
        expect(site.isReady(doc)).toBe(true)
        expect(site.facts(doc)).toEqual(entry.expectedFacts)
      })

      it('scanning each annotated subtree alone finds the same element (added-subtree scans)', () => {
        const doc = loadFixture(entry.file)
        for (const exp of expectedMatches(doc)) {
          const found = runSite(site, exp.element)
          expect(found.some((m) => m.element === exp.element && m.category === exp.category), exp.category).toBe(true)
        }
      })

      it('does not modify the DOM', () => {
        const doc = loadFixture(entry.file)
        const before = doc.documentElement.outerHTML
        runSite(site, doc)
        expect(doc.documentElement.outerHTML).toBe(before)
      })

      it('the generic console finds no more than the known site does (precision)', () => {
        const doc = loadFixture(entry.file)
        const generic = keyed(runSite(genericConsoleSite, doc))
        expect(generic).toEqual(keyed(expectedMatches(doc)))
      })
    })
  }
})
