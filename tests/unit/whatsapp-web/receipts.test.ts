import { find } from './helpers'
import { describe, expect, it } from 'vitest'
import { receipts, tickState } from '../../../src/sites/whatsapp-web/receipts'
import { titledIcons } from '../../../src/sites/whatsapp-web/dom-helpers'
import { DESIGN_SYSTEM_TICKS } from '../../../src/sites/whatsapp-web/selectors'
import { createScanContext } from '../../../src/sites/scan-context'
import { loadFixture, loadHtml } from '../../fixtures/whatsapp/load'

const SVG = '<svg viewBox="0 0 16 11"><title>t</title><path d="M0 0"></path></svg>'

/** An outgoing 2024-era message row around `tick`. */
function outRow(tick: string, dir: 'true' | 'false' = 'true'): string {
  const side = dir === 'true' ? 'out' : 'in'
  return `<div id="main"><div role="application"><div role="row" id="row"><div data-id="${dir}_1@c.us_ABC"><div class="_amjv message-${side}"><div class="_amk4"><div class="copyable-text" data-pre-plain-text="[10:40] Me: "><span dir="ltr" class="selectable-text copyable-text"><span>hi</span></span></div><div class="meta"><span dir="auto">10:40</span>${tick}</div></div></div></div></div></div></div>`
}
const cats = (root: Element | Document) => find(receipts, root).map((m) => m.category)

describe('wa.receipts', () => {
  it('classifies by icon name first (all generations)', () => {
    const cases: Array<[string, string]> = [
      ['msg-time', 'pending'],
      ['msg-check', 'sent-receipt'],
      ['msg-dblcheck', 'delivery-receipt'],
      ['msg-dblcheck-ack', 'read-receipt'],
      ['msg-dblcheck-ack-light', 'read-receipt'],
      ['msg-check-light', 'sent-receipt'],
    ]
    for (const [icon, cat] of cases) {
      expect(cats(loadHtml(outRow(`<span data-icon="${icon}">${SVG}</span>`))), icon).toEqual([cat])
    }
  })

  it('reads 2026 design-system ticks, named only by their svg title (no data-icon)', () => {
    const wds = (name: string, label: string, cls = '') => `<span aria-hidden="false" aria-label="${label}" class="${cls}"><svg viewBox="0 0 16 11"><title>${name}</title><path d="M0 0"></path></svg></span>`
    // wds-ic-delivered is the single tick (sent), wds-ic-read the double one: delivered, or read by label or ack class.
    expect(cats(loadHtml(outRow(wds('wds-ic-delivered', ' Enviado '))))).toEqual(['sent-receipt'])
    expect(cats(loadHtml(outRow(wds('wds-ic-read', ' Entregue '))))).toEqual(['delivery-receipt'])
    expect(cats(loadHtml(outRow(wds('wds-ic-read', ' Lida '))))).toEqual(['read-receipt'])
    expect(cats(loadHtml(outRow(wds('wds-ic-read', '', 'x1rv0e52'))))).toEqual(['read-receipt'])
    // The wrapper is annotated (it carries the label); never on incoming messages.
    const doc = loadHtml(outRow(wds('wds-ic-read', ' Read ')))
    expect(find(receipts, doc)[0]!.element.tagName).toBe('SPAN')
    expect(cats(loadHtml(outRow(wds('wds-ic-read', ' Read '), 'false')))).toEqual([])
    // An svg sitting right in a block with the time: the svg itself, not the block.
    const bare = loadHtml(outRow('<span id="meta-block">10:40<svg><title>wds-ic-read</title></svg></span>'))
    expect(find(receipts, bare).map((m) => m.element.tagName.toLowerCase())).toEqual(['svg'])
    // Where the label can be read it decides (the internal names mislead); otherwise the name does.
    expect(cats(loadHtml(outRow(wds('wds-ic-delivered', ' Delivered '))))).toEqual(['delivery-receipt'])
    expect(cats(loadHtml(outRow(wds('wds-ic-read', ' Okundu '))))).toEqual(['delivery-receipt'])
    expect(cats(loadHtml(outRow(wds('wds-ic-read', ' Прочитано '))))).toEqual(['read-receipt'])
    // The clock: pending, unless a readable label says otherwise. A guessed name is not read.
    expect(cats(loadHtml(outRow(wds('wds-ic-status-pending', ''))))).toEqual(['pending'])
    expect(cats(loadHtml(outRow(wds('wds-ic-status-pending', ' Sent '))))).toEqual(['sent-receipt'])
    expect(cats(loadHtml(outRow(wds('wds-ic-pending', ''))))).toEqual([])
    // Other design-system titles are not ticks.
    expect(cats(loadHtml(outRow(wds('wds-ic-disappearing-messages', ''))))).toEqual([])
  })

  it("reads today's rows, whose ids no longer say who wrote them (bare data-id and conv-msg test id)", () => {
    const row = (tick: string, id = '3A5E7A11C0FFEE001122') =>
      `<div id="main"><div role="application"><div role="row"><div data-id="${id}" data-testid="conv-msg-${id}"><div class="bubble"><span data-icon="tail-out" data-testid="tail-out"></span><div data-testid="msg-meta"><span dir="auto">10:40</span>${tick}</div></div></div></div></div></div>`
    const named = (name: string, label: string, cls = '', svgCls = '') =>
      `<span aria-hidden="false" aria-label="${label}" data-testid="${name}" class="${cls}"><svg class="${svgCls}" viewBox="0 0 16 11"><title>${name}</title><path d="M0 0"></path></svg></span>`
    // The name is in the test id and the svg title; the label decides where it can be read.
    expect(cats(loadHtml(row(named('wds-ic-read', ' Lida ', 'x1rv0e52'))))).toEqual(['read-receipt'])
    expect(cats(loadHtml(row(named('wds-ic-read', ' Entregue '))))).toEqual(['delivery-receipt'])
    expect(cats(loadHtml(row(named('wds-ic-delivered', ' Enviada '))))).toEqual(['sent-receipt'])
    expect(cats(loadHtml(row(named('wds-ic-status-pending', ' Pendente '))))).toEqual(['pending'])
    // A language without words here: the name and the ack class decide, wherever the class sits.
    expect(cats(loadHtml(row(named('wds-ic-read', ' Gelezen ', '', 'x1rv0e52'))))).toEqual(['read-receipt'])
    expect(cats(loadHtml(row(named('wds-ic-read', ' Gelezen ', 'x1rv0e52'))))).toEqual(['read-receipt'])
    expect(cats(loadHtml(row(named('wds-ic-read', ' Afgeleverd '))))).toEqual(['delivery-receipt'])
    // One annotation per tick, on the labelled wrapper.
    expect(find(receipts, loadHtml(row(named('wds-ic-read', ' Lida ')))).map((m) => m.element.getAttribute('data-testid'))).toEqual(['wds-ic-read'])
    // Rows that still say they are someone else's are not.
    expect(cats(loadHtml(row(named('wds-ic-read', ' Lida '), 'false_1@c.us_ABC')))).toEqual([])
    // The chat list names its ticks by data-icon, without a label: the class tells read from delivered.
    const list = (tick: string) => `<div id="pane-side"><div role="row"><span class="preview">${tick}<span dir="ltr">ok</span></span></div></div>`
    const listTick = (name: string, cls = '') => `<span data-icon="${name}" class="${cls}"><svg><title>${name}</title></svg></span>`
    expect(cats(loadHtml(list(listTick('wds-ic-read', 'x1q15gih x1rv0e52'))))).toEqual(['read-receipt'])
    expect(cats(loadHtml(list(listTick('wds-ic-read'))))).toEqual(['delivery-receipt'])
    expect(cats(loadHtml(list(listTick('wds-ic-delivered'))))).toEqual(['sent-receipt'])
    expect(cats(loadHtml(list(listTick('ic-chatlist-clock'))))).toEqual(['pending'])
    // The chat list's ic-schedule clock also marks a message still being decrypted: not read.
    expect(cats(loadHtml(list(listTick('ic-schedule'))))).toEqual([])
  })

  it('finds design-system ticks by their test id, and leaves them out of the shared title query', () => {
    const row = (tick: string) =>
      `<div id="main"><div role="application"><div role="row"><div data-id="3A5E7A11C0FFEE001122" data-testid="conv-msg-3A5E7A11C0FFEE001122"><div data-testid="msg-meta">${tick}</div></div></div></div></div>`
    const onWrapper = (name: string, label = '') => `<span aria-label="${label}" data-testid="${name}"><svg><title>${name}</title></svg></span>`
    // Every design-system tick name gives a state when it is the test id.
    for (const name of DESIGN_SYSTEM_TICKS) {
      const doc = loadHtml(row(onWrapper(name)))
      expect(find(receipts, doc).map((m) => m.element.getAttribute('data-testid')), name).toEqual([name])
      expect(titledIcons(doc, createScanContext()), name).toEqual([])
    }
    // The titles of other design-system icons stay in the shared query.
    expect(titledIcons(loadHtml(row(onWrapper('wds-ic-lock'))), createScanContext()).map((t) => t.textContent)).toEqual(['wds-ic-lock'])
    // A test id on the svg itself: its wrapper is the tick, annotated once.
    const onSvg = loadHtml(row('<span id="tick" aria-label=" Read "><svg data-testid="wds-ic-read"><title>wds-ic-read</title></svg></span>'))
    expect(find(receipts, onSvg).map((m) => [m.element.id, m.category])).toEqual([['tick', 'read-receipt']])
    // Outside any row or the chat list, a tick's test id names no receipt.
    expect(cats(loadHtml(`<div class="drawer">${onWrapper('wds-ic-read', ' Read ')}</div>`))).toEqual([])
    // A subtree scan of the tick itself finds it.
    const doc = loadHtml(row(onWrapper('wds-ic-delivered', ' Sent ')))
    expect(cats(doc.querySelector('[data-testid="wds-ic-delivered"]')!)).toEqual(['sent-receipt'])
  })

  it('leaves the message list out of the test-id query once it shows a tick named by data-icon (one build names all its ticks alike)', () => {
    const legacy = '<span data-icon="msg-dblcheck" aria-label=" Delivered "><svg><title>msg-dblcheck</title></svg></span>'
    const design = (id: string) => `<span id="${id}" aria-label=" Read " data-testid="wds-ic-read"><svg><title>wds-ic-read</title></svg></span>`
    const page = (inList: string) =>
      `<div id="side"><div id="pane-side"><div role="row">${design('in-chat-list')}<span dir="ltr">ok</span></div></div></div>` +
      `<div id="main"><div role="application"><div role="row"><div data-id="true_1@c.us_A" class="message-out"><div class="meta">${legacy}</div></div></div>` +
      `<div role="row" id="second"><div data-id="true_1@c.us_B" class="message-out"><div class="meta">${inList}</div></div></div></div></div>`
    const found = (root: Element | Document) => find(receipts, root).map((m) => m.element.id || m.element.getAttribute('data-icon'))
    // Beside the list (the chat list here), test-id ticks are still found on a legacy page.
    expect(found(loadHtml(page('')))).toEqual(['msg-dblcheck', 'in-chat-list'])
    // Inside it, the page scan does not look for them; a scan of the row (a new or re-rendered message) does.
    const mixed = loadHtml(page(design('in-list')))
    expect(found(mixed)).toEqual(['msg-dblcheck', 'in-chat-list'])
    expect(found(mixed.getElementById('second')!)).toEqual(['in-list'])
    // A list without icon-named ticks is searched for them as before.
    expect(found(loadHtml(page(design('in-list')).replace(legacy, '')))).toEqual(['in-chat-list', 'in-list'])
  })

  it('a long chat in today\'s markup: the context of many titled ticks is checked by one query, with the same result', () => {
    // Named by their svg title alone (no test id), as in the first 2026 builds.
    const tick = (name: string, label: string) => `<span aria-label="${label}"><svg><title>${name}</title></svg></span>`
    const chat = (n: number) => {
      const rows = Array.from({ length: n }, (_, i) => `<div role="row"><div data-id="3A${i}" data-testid="conv-msg-3A${i}"><div data-testid="msg-meta">${tick(i % 2 ? 'wds-ic-read' : 'wds-ic-delivered', i % 2 ? ' Read ' : ' Sent ')}</div></div></div>`)
      // A titled double tick outside any row (e.g. a section icon of a drawer) is never a receipt.
      return `<div id="main"><div role="application">${rows.join('')}</div></div><div class="drawer">${tick('wds-ic-read', ' Read ')}</div>`
    }
    for (const n of [10, 300]) {
      const found = cats(loadHtml(chat(n)))
      expect(found, String(n)).toHaveLength(n)
      expect(found.filter((c) => c === 'read-receipt'), String(n)).toHaveLength(n / 2)
    }
  })

  it('reads the 2024+ blue ack class x1rv0e52 as read without any label', () => {
    expect(cats(loadHtml(outRow(`<span data-icon="msg-dblcheck" class="x1q15gih x1rv0e52">${SVG}</span>`)))).toEqual(['read-receipt'])
  })

  it('uses the aria-label as a second signal on a plain double tick (2021–23, any table language)', () => {
    for (const label of [' Read ', ' Leído ', ' Lida ', ' Gelesen ', ' Lu ', ' पढ़ा गया ', ' Прочитано ']) {
      expect(cats(loadHtml(outRow(`<span data-testid="msg-dblcheck" data-icon="msg-dblcheck" aria-label="${label}">${SVG}</span>`))), label).toEqual(['read-receipt'])
    }
    // Unknown language label: the icon still says delivered.
    expect(cats(loadHtml(outRow(`<span data-icon="msg-dblcheck" aria-label=" Okundu ">${SVG}</span>`)))).toEqual(['delivery-receipt'])
  })

  it('falls back to data-testid when data-icon is missing (2021–23)', () => {
    expect(cats(loadHtml(outRow(`<span data-testid="msg-check">${SVG}</span>`)))).toEqual(['sent-receipt'])
  })

  it('reads test-id names only where no element is named by data-icon (a fallback, not a second scan)', () => {
    // Every generation names icons with data-icon; a page that still does is not scanned again by test id.
    const html = outRow(`<span data-testid="msg-check">${SVG}</span><span data-icon="tail-out"></span>`)
    expect(cats(loadHtml(html))).toEqual([])
  })

  it('accepts a tick with only an aria-label (no icon name)', () => {
    expect(cats(loadHtml(outRow(`<span aria-label=" Delivered ">${SVG}</span>`)))).toEqual(['delivery-receipt'])
    expect(cats(loadHtml(outRow(`<span aria-label=" Sent ">${SVG}</span>`)))).toEqual(['sent-receipt'])
    // …but not a label-only element that draws nothing, nor one holding user text.
    expect(cats(loadHtml(outRow(`<span aria-label=" Read "></span>`)))).toEqual([])
    expect(cats(loadHtml(outRow(`<span aria-label=" Read ">${SVG}<span dir="auto">x</span></span>`)))).toEqual([])
  })

  it('looks for label-only ticks only where no tick is named by an icon (the fallback for such markup)', () => {
    const both = outRow(`<span data-icon="msg-check">${SVG}</span><span aria-label=" Delivered ">${SVG}</span>`)
    expect(cats(loadHtml(both))).toEqual(['sent-receipt'])
  })

  it('follows a state change on the same node: sent → delivered → read', () => {
    const doc = loadHtml(outRow(`<span id="t" data-icon="msg-time" aria-label=" Pending ">${SVG}</span>`))
    const t = doc.getElementById('t')!
    expect(cats(doc)).toEqual(['pending'])
    t.setAttribute('data-icon', 'msg-check')
    t.setAttribute('aria-label', ' Sent ')
    expect(cats(doc)).toEqual(['sent-receipt'])
    t.setAttribute('data-icon', 'msg-dblcheck')
    t.setAttribute('aria-label', ' Delivered ')
    expect(cats(doc)).toEqual(['delivery-receipt'])
    t.classList.add('x1rv0e52')
    expect(cats(doc)).toEqual(['read-receipt'])
    expect(find(receipts, doc)[0]!.element).toBe(t)
  })

  it('never marks ticks on incoming messages', () => {
    expect(cats(loadHtml(outRow(`<span data-icon="msg-dblcheck" class="x1rv0e52">${SVG}</span>`, 'false')))).toEqual([])
    // 2026: direction from the conv-msg test id.
    const html = `<div id="main"><div role="row"><div data-testid="conv-msg-false_1@lid_X"><span data-icon="msg-check">${SVG}</span></div></div><div role="row"><div data-testid="conv-msg-true_1@lid_Y"><span data-icon="msg-check">${SVG}</span></div></div></div>`
    expect(cats(loadHtml(html))).toEqual(['sent-receipt'])
  })

  it('ignores tick icons outside a message or the chat list (e.g. Message info section headings)', () => {
    const html = `<div id="app"><div class="drawer"><header><span data-icon="x"></span></header><section><div><span data-icon="msg-dblcheck" class="x1rv0e52">${SVG}</span>Read</div></section></div></div>`
    expect(cats(loadHtml(html))).toEqual([])
  })

  it('subtree scan: find on an added row returns that row’s ticks only', () => {
    const doc = loadFixture('g2024-es-group.html')
    const before = find(receipts, doc).length
    const list = doc.querySelector('[role="application"]')!
    const tmp = loadHtml(outRow(`<span data-icon="msg-dblcheck" aria-label=" Entregado ">${SVG}</span>`))
    const row = doc.importNode(tmp.getElementById('row')!, true)
    list.appendChild(row)
    const found = find(receipts, row)
    expect(found.map((m) => m.category)).toEqual(['delivery-receipt'])
    expect(row.contains(found[0]!.element)).toBe(true)
    expect(find(receipts, doc).length).toBe(before + 1)
    // The root itself is considered.
    const tick = row.querySelector('[data-icon]')!
    expect(find(receipts, tick).map((m) => m.element)).toEqual([tick])
  })

  it('tickState is a pure function of attributes', () => {
    const doc = loadHtml(`<span id="a" data-icon="status-dblcheck" class="x1rv0e52"></span><span id="b" data-icon="status-dblcheck-ack"></span><span id="c" data-icon="nope"></span>`)
    expect(tickState(doc.getElementById('a')!)).toBe('read')
    expect(tickState(doc.getElementById('b')!)).toBe('read')
    expect(tickState(doc.getElementById('c')!)).toBe(null)
  })

  it('icon names that are Object.prototype members are not ticks', () => {
    // Icon names were looked up in a plain object: "constructor" resolved to a function and gave a
    // match without a category.
    for (const name of ['constructor', 'toString', '__proto__']) {
      expect(cats(loadHtml(outRow(`<span data-icon="${name}">${SVG}</span>`))), name).toEqual([])
    }
  })

  it('hostile fixture: text that looks like a tick is not a tick', () => {
    const doc = loadFixture('g2024-en-hostile.html')
    for (const m of find(receipts, doc)) {
      expect(m.element.hasAttribute('data-icon')).toBe(true)
      expect(m.element.closest('[data-pre-plain-text], span[dir]')).toBe(null)
    }
  })
})

describe('subtree scans of a chat-list row', () => {
  it('a re-rendered chat-list row yields its own tick and avatar only', async () => {
    const { whatsappWebSite } = await import('../../../src/sites/whatsapp-web')
    const doc = loadFixture('g2024-de-chat-list.html')
    const rows = Array.from(doc.querySelectorAll('#pane-side [role="listitem"]'))
    for (const row of rows) {
      const found = whatsappWebSite.detectors.flatMap((d) => find(d, row))
      const expected = Array.from(row.querySelectorAll('[data-expect]'))
      expect(found.map((m) => m.element).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1))).toEqual(expected)
      for (const m of found) expect(m.category).toBe(m.element.getAttribute('data-expect'))
    }
  })
})
