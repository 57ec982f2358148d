import { describe, expect, it, vi } from 'vitest'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { loadFixture } from '../../fixtures/whatsapp/load'
import { runAll } from '../whatsapp-web/helpers'

// Facts are taken at each summary of a live page: a question the scan's counts already answer must
// not walk the message list again.

function annotate(doc: Document): void {
  for (const found of runAll(doc).values()) found.element.setAttribute('data-privacy-note', found.categories[0]!)
}

const readTickQueries = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter(([s]) => String(s).includes('read-receipt')).length

describe('WhatsApp Web facts after a scan', () => {
  it('with no blue tick counted, the list is not searched for one', () => {
    const doc = loadFixture('g2024-en-one-to-one.html')
    annotate(doc)
    const spy = vi.spyOn(doc, 'querySelector')
    expect(whatsappWebSite.facts(doc, { 'delivery-receipt': 2 }).readTicksInOpenChat).toBeUndefined()
    expect(readTickQueries(spy)).toBe(0)
  })

  it('with blue ticks counted, the open chat is searched for them', () => {
    const doc = loadFixture('g2024-en-one-to-one.html')
    annotate(doc)
    const spy = vi.spyOn(doc, 'querySelector')
    expect(whatsappWebSite.facts(doc, { 'read-receipt': 1 }).readTicksInOpenChat).toBe(true)
    expect(readTickQueries(spy)).toBe(1)
  })
})
