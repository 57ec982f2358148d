import { describe, expect, it, vi } from 'vitest'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { loadFixture } from '../../fixtures/whatsapp/load'
import { runAll } from '../whatsapp-web/helpers'
import { MESSAGE_LIST } from '../../../src/sites/whatsapp-web/selectors'

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

describe('WhatsApp Web facts with annotations off', () => {
  it('tell a business chat as the scan does', () => {
    for (const file of ['g2024-en-system-messages.html', 'g2026h2-pt-one-to-one.html', 'g2024-en-one-to-one.html']) {
      const doc = loadFixture(file)
      const scanned = [...runAll(doc).values()].some((found) => found.categories.includes('business-chat-notice'))
      expect(whatsappWebSite.facts(doc).businessChat, file).toBe(scanned)
    }
    expect(whatsappWebSite.facts(loadFixture('g2024-en-system-messages.html')).businessChat).toBe(true)
  })

  it('read only the first rows of a long chat for the notice words, as the scan does', () => {
    const doc = loadFixture('g2024-en-system-messages.html')
    const list = doc.querySelector(MESSAGE_LIST)!
    const rows = Array.from(list.querySelectorAll(':scope > [role="row"]'))
    const filler = rows.find((row) => !row.querySelector('[data-expect]'))!
    const spy = vi.spyOn(Element.prototype, 'querySelector')
    for (let i = 0; i < 500; i++) list.prepend(filler.cloneNode(true))
    spy.mockClear()
    expect(whatsappWebSite.facts(doc).businessChat).toBe(false) // the notice now lies past the rows read
    expect(spy.mock.calls.length).toBeLessThan(500)
    spy.mockRestore()
  })
})
