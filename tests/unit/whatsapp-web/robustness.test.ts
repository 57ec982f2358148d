import { describe, expect, it } from 'vitest'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { createScanContext } from '../../../src/sites/scan-context'
import { loadHtml } from '../../fixtures/whatsapp/load'

const ODD: Record<string, string> = {
  empty: '',
  'app only': '<div id="app"></div>',
  'main without header': '<div id="app"><div id="main"><span title="online">online</span></div></div>',
  'header without name': '<div id="app"><div id="main"><header><span title="online">online</span></header></div></div>',
  'empty attributes': '<div id="main"><header><span dir="auto"></span><span title=""></span></header><div role="row"><div data-id=""><span data-icon="">x</span><span data-icon="msg-dblcheck" class=""></span><span aria-label=""></span></div></div></div>',
  'data-id without prefix': '<div id="main"><div data-id="abc"><span data-icon="msg-check"></span></div><div data-testid="conv-msg"><span data-icon="msg-check"></span></div></div>',
  'drawer without body': '<div id="app"><div><header><span data-icon="x"></span></header></div></div>',
  'testid drawer unknown': '<div id="app"><div data-testid="weird-drawer"><span data-icon="lock"></span></div></div>',
  'nested messages': '<div id="main"><div class="message-out"><div class="message-in"><span data-icon="msg-dblcheck"></span></div></div></div>',
  'dialog bars without parent content': '<div role="dialog"><div role="progressbar"></div></div>',
  'privacy header without panel content': '<header><h1>Privacy</h1></header>',
  'svg-only tick': '<div id="pane-side"><svg aria-label=" Read "></svg></div>',
}

describe('odd markup never throws', () => {
  for (const [name, html] of Object.entries(ODD)) {
    it(name, () => {
      const doc = loadHtml(html)
      for (const d of whatsappWebSite.detectors) {
        expect(() => d.find(doc, createScanContext()), d.id).not.toThrow()
        for (const el of Array.from(doc.body.querySelectorAll('*'))) expect(() => d.find(el, createScanContext()), d.id).not.toThrow()
      }
      expect(() => whatsappWebSite.facts(doc)).not.toThrow()
      expect(() => whatsappWebSite.isReady(doc)).not.toThrow()
    })
  }

  it('empty page: nothing found, loading', () => {
    const doc = loadHtml('')
    for (const d of whatsappWebSite.detectors) expect(d.find(doc, createScanContext()), d.id).toEqual([])
    expect(whatsappWebSite.facts(doc)).toEqual({ site: 'whatsapp-web', view: 'loading', businessChat: false, drawer: 'none' })
  })

  it('detached nodes: no throw, no context → no matches for context-bound detectors', () => {
    const doc = loadHtml('')
    const row = doc.createElement('div')
    row.innerHTML = '<div data-id="true_1@c.us_A"><span data-icon="msg-dblcheck" class="x1rv0e52"></span></div><span title="online">online</span><img src="data:,">'
    for (const d of whatsappWebSite.detectors) {
      expect(() => d.find(row, createScanContext()), d.id).not.toThrow()
      for (const el of Array.from(row.querySelectorAll('*'))) expect(() => d.find(el, createScanContext())).not.toThrow()
    }
    // A detached outgoing tick is still a tick (its own row is its context); presence needs #main header.
    const byId = Object.fromEntries(whatsappWebSite.detectors.map((d) => [d.id, d.find(row, createScanContext()).length]))
    expect(byId['wa.presence']).toBe(0)
    expect(byId['wa.receipts']).toBe(1)
  })

  it('detector ids are unique and categories are declared', () => {
    const ids = whatsappWebSite.detectors.map((d) => d.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const d of whatsappWebSite.detectors) {
      expect(d.id.startsWith('wa.')).toBe(true)
      expect(d.categories.length).toBeGreaterThan(0)
    }
  })
})

describe('site', () => {
  it('matches only web.whatsapp.com', () => {
    expect(whatsappWebSite.matchesLocation({ hostname: 'web.whatsapp.com', pathname: '/' })).toBe(true)
    expect(whatsappWebSite.matchesLocation({ hostname: 'web.whatsapp.com', pathname: '/g2024-en-one-to-one.html' })).toBe(true)
    expect(whatsappWebSite.matchesLocation({ hostname: 'whatsapp.com', pathname: '/' })).toBe(false)
    expect(whatsappWebSite.matchesLocation({ hostname: 'web.whatsapp.com.evil.example', pathname: '/' })).toBe(false)
    expect(whatsappWebSite.matchesLocation({ hostname: 'business.facebook.com', pathname: '/wa/manage' })).toBe(false)
  })
  it('isReady needs #app plus #side, #pane-side or the rail', () => {
    expect(whatsappWebSite.isReady(loadHtml('<div id="app"></div>'))).toBe(false)
    expect(whatsappWebSite.isReady(loadHtml('<div id="side"></div>'))).toBe(false)
    expect(whatsappWebSite.isReady(loadHtml('<div id="app"><div id="side"></div></div>'))).toBe(true)
    expect(whatsappWebSite.isReady(loadHtml('<div id="app"><header><div data-navbar-item="true"></div></header></div>'))).toBe(true)
  })
  it('no readiness gate: any app shell is enough, whichever view comes first', () => {
    const ready = (html: string) => whatsappWebSite.isReady(loadHtml(html))
    // A plain header rail (no data-navbar-item, no role=navigation), known by its Status or Settings icon.
    expect(ready('<div id="app"><header><button><span data-icon="settings-refreshed"></span></button></header></div>')).toBe(true)
    expect(ready('<div id="app"><header><button><svg><title>wds-ic-status</title></svg></button></header></div>')).toBe(true)
    // The main pane alone, a drawer alone, a Settings › Privacy panel alone.
    expect(ready('<div id="app"><div id="main"></div></div>')).toBe(true)
    expect(ready('<div id="app"><div><header><span data-icon="x"></span></header><section></section></div></div>')).toBe(true)
    expect(ready('<div id="app"><div><header><h1>Gizlilik</h1></header><div role="button">a</div></div></div>')).toBe(true)
    // Substantial content and no start-up screen: the fallback (the annotator starts it once the page is idle).
    const blocks = '<div><span></span><span></span></div>'.repeat(20)
    expect(ready(`<div id="app">${blocks}</div>`)).toBe(true)
    expect(ready(`<div id="app"><progress></progress>${blocks}</div>`)).toBe(false)
    // The status viewer's progress bars are not a start-up screen.
    expect(ready(`<div id="app"><div role="dialog"><div role="progressbar"></div></div>${blocks}</div>`)).toBe(true)
    // Still loading: a little content, or none.
    expect(ready('<div id="app"><div><span></span></div></div>')).toBe(false)
  })
  it('the first view is told without a chat list: Settings by the filled icon or a Privacy panel, Status by the filled icon', async () => {
    const { viewOf } = await import('../../../src/sites/whatsapp-web')
    const rail = (selected: string) => `<header><button><span data-icon="${selected === 'status' ? 'status-filled-refreshed' : 'status-refreshed'}"></span></button><button><span data-icon="${selected === 'settings' ? 'settings-filled-refreshed' : 'settings-refreshed'}"></span></button></header>`
    expect(viewOf(loadHtml(`<div id="app">${rail('status')}<div role="list"></div></div>`))).toBe('status')
    expect(viewOf(loadHtml(`<div id="app">${rail('settings')}<div></div></div>`))).toBe('settings')
    expect(viewOf(loadHtml(`<div id="app">${rail('')}<div><header><h1>Privacy</h1></header></div></div>`))).toBe('settings')
    expect(viewOf(loadHtml(`<div id="app">${rail('')}<div></div></div>`))).toBe('other')
  })
  it('every declared category is produced by some fixture (see fixtures.test.ts) and is a WhatsApp category', () => {
    const declared = new Set(whatsappWebSite.detectors.flatMap((d) => d.categories))
    expect(declared.size).toBe(20)
  })
})
