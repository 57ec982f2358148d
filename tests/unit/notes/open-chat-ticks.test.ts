import { describe, expect, it } from 'vitest'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { MESSAGE_LIST } from '../../../src/sites/whatsapp-web/selectors'
import { contextNotes } from '../../../src/notes'
import { loadFixture } from '../../fixtures/whatsapp/load'
import { runAll } from '../whatsapp-web/helpers'

// The "blue ticks mean yours were on too" rule may only rest on ticks inside the open one-to-one
// conversation. The page fact behind it must ignore chat-list previews.

/** Annotate like the scanner does: each found element gets data-privacy-note. */
function annotate(doc: Document): void {
  for (const found of runAll(doc).values()) found.element.setAttribute('data-privacy-note', found.categories[0]!)
}

const fire = (doc: Document) => {
  const facts = whatsappWebSite.facts(doc)
  const counts = { 'read-receipt': doc.querySelectorAll('[data-privacy-note="read-receipt"]').length }
  return contextNotes({ facts, counts }, 'en').some((n) => n.id === 'reciprocal-read-receipts')
}

describe('readTicksInOpenChat', () => {
  it('is set when the open one-to-one chat shows blue ticks, and the rule fires', () => {
    const doc = loadFixture('g2024-en-one-to-one.html')
    annotate(doc)
    expect(doc.querySelector(`${MESSAGE_LIST} [data-privacy-note="read-receipt"]`)).not.toBeNull()
    expect(whatsappWebSite.facts(doc).readTicksInOpenChat).toBe(true)
    expect(fire(doc)).toBe(true)
  })

  it('ignores blue ticks that are only in chat-list previews (e.g. a group preview)', () => {
    const doc = loadFixture('g2024-en-one-to-one.html')
    annotate(doc)
    // Keep only the ticks outside the open conversation: the previews.
    for (const el of doc.querySelectorAll(`${MESSAGE_LIST} [data-privacy-note="read-receipt"]`)) el.removeAttribute('data-privacy-note')
    expect(doc.querySelectorAll('[data-privacy-note="read-receipt"]').length).toBeGreaterThan(0)
    expect(whatsappWebSite.facts(doc).readTicksInOpenChat).toBeUndefined()
    expect(fire(doc)).toBe(false)
  })

  it('is absent on a page that has not been scanned', () => {
    expect(whatsappWebSite.facts(loadFixture('g2024-en-one-to-one.html')).readTicksInOpenChat).toBeUndefined()
  })
})
