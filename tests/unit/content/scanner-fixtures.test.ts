import { describe, expect, test } from 'vitest'
import { Scanner, NOTE_ATTRIBUTE } from '../../../src/content/scanner'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { fixtureIndex, loadFixture } from '../../fixtures/whatsapp/load'
import { withPrivacyReaderLoaded } from '../whatsapp-web/helpers'

// The scanner on real fixtures: the first pass equals the fixture marks, and a rescan of any
// marked element's parent alone (as after a re-render) finds it again, even where detectors are
// skipped inside the message list.
const hooks = {
  isCategoryEnabled: () => true,
  annotated: () => {},
  removed: () => {},
  detectorFailed: (id: string, error: unknown) => {
    throw new Error(`${id} failed: ${String(error)}`)
  },
}

describe('Scanner with the WhatsApp Web detectors', () => {
  withPrivacyReaderLoaded()
  for (const fixture of fixtureIndex()) {
    test(`${fixture.file}: full scan and subtree rescans agree with the marks`, () => {
      const doc = loadFixture(fixture.file)
      const scanner = new Scanner(whatsappWebSite.detectors, hooks)
      scanner.scan(doc)
      const expected = [...doc.querySelectorAll('[data-expect]')]
      for (const el of expected) expect(el.getAttribute(NOTE_ATTRIBUTE)).toBe(el.getAttribute('data-expect'))
      expect(doc.querySelectorAll(`[${NOTE_ATTRIBUTE}]:not([data-expect])`)).toHaveLength(0)

      for (const el of expected) {
        const parent = el.parentElement!
        scanner.scan(parent) // reconciles the subtree: keeps what still matches
        expect(el.getAttribute(NOTE_ATTRIBUTE), `rescan of the parent of a ${el.getAttribute('data-expect')}`).toBe(
          el.getAttribute('data-expect'),
        )
      }
    })
  }
})

describe('The sliced first pass with the WhatsApp Web detectors', () => {
  for (const fixture of fixtureIndex()) {
    test(`${fixture.file}: equals a plain full scan`, async () => {
      const plain = loadFixture(fixture.file)
      new Scanner(whatsappWebSite.detectors, hooks).scan(plain)
      const sliced = loadFixture(fixture.file)
      await new Scanner(whatsappWebSite.detectors, hooks).scanInSlices(sliced, () => Promise.resolve(), 3)
      const marks = (doc: Document) => [...doc.querySelectorAll('*')].map((el) => el.getAttribute(NOTE_ATTRIBUTE))
      expect(marks(sliced)).toEqual(marks(plain))
    })
  }
})
