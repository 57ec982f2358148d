import { runDetector } from '../../../src/content/detection'
import { Scanner } from '../../../src/content/scanner'
import type { Detector } from '../../../src/sites/types'
import { createScanContext } from '../../../src/sites/scan-context'
import { describe, expect, it } from 'vitest'
import { genericConsoleSite } from '../../../src/sites/business'
import {
  analyticsDetector,
  customerPhoneDetector,
  messageStatusDetector,
  phoneQualityDetector,
  templateDetector,
  webhookDetector,
} from '../../../src/sites/business/detectors'
import { isE164Like, isPhoneLike } from '../../../src/sites/business/text'
import { loadFixture, loadHtml } from '../../fixtures/business/load'
import { runSite } from './helpers'

const body = (html: string) => loadHtml(`<html><body><main>${html}</main></body></html>`)
const cats = (root: Document | Element) => runSite(genericConsoleSite, root).map((m) => m.category)

describe('decoys in the generic console stay unannotated', () => {
  const doc = loadFixture('generic-console.html')
  const matched = new Set(runSite(genericConsoleSite, doc).map((m) => m.element))
  const inside = (selector: string) => Array.from(doc.querySelectorAll(selector)).filter((el) => [...matched].some((m) => el === m || el.contains(m)))

  it('no annotation in prose, headings, the blog article or the form', () => {
    expect(inside('p')).toEqual([])
    expect(inside('h1, h2')).toEqual([])
    expect(inside('article')).toEqual([])
    expect(inside('form')).toEqual([])
  })

  it('the orders table (ids that look like numbers, "Delivered" parcels) is untouched', () => {
    const orders = Array.from(doc.querySelectorAll('table'))[2]
    expect(orders.textContent).toContain('Order ID')
    expect([...matched].filter((m) => orders.contains(m))).toEqual([])
  })

  it('the non-messaging chart and tiles are untouched', () => {
    expect(inside('aside .tile, figure')).toEqual([])
  })
})

describe('precision rules', () => {
  it('a phone-like number in a paragraph or list item is not a customer number', () => {
    expect(cats(body('<p>Call +1 202 555 0143</p><ul><li>+1 202 555 0144</li><li>+1 202 555 0145</li></ul>'))).toEqual([])
  })

  it('a column of long numbers without + and without a phone header is not phones', () => {
    const doc = body('<table><tr><th>Reference</th></tr><tr><td>4915123456789</td></tr><tr><td>4915123456790</td></tr></table>')
    expect(cats(doc)).toEqual([])
  })

  it('an all-E.164 column counts even under an unknown header, but not under "From"', () => {
    const rows = '<tr><td>+4915123456789</td></tr><tr><td>+4915123456790</td></tr>'
    expect(cats(body(`<table><tr><th>Ziel</th></tr>${rows}</table>`))).toEqual(['customer-phone-number', 'customer-phone-number'])
    expect(cats(body(`<table><tr><th>From</th></tr>${rows}</table>`))).toEqual([])
    // one E.164 value alone is not a column
    expect(cats(body('<table><tr><th>Ziel</th></tr><tr><td>+4915123456789</td></tr></table>'))).toEqual([])
  })

  it('a plain Status column needs message context; "read" alone gives it', () => {
    const parcel = '<table><tr><th>Parcel</th><th>Status</th></tr><tr><td>A1</td><td>Delivered</td></tr><tr><td>A2</td><td>Sent</td></tr></table>'
    expect(cats(body(parcel))).toEqual([])
    const msgs = '<table><tr><th>Parcel</th><th>Status</th></tr><tr><td>A1</td><td>Delivered</td></tr><tr><td>A2</td><td>Read</td></tr></table>'
    expect(cats(body(msgs))).toEqual(['business-message-status', 'business-message-status'])
  })

  it('Portuguese: Destinatário / Status da mensagem / Lida / Entregue; template Categoria / Utilidade', () => {
    const doc = body(`
      <div role="table" aria-label="Mensagens">
        <div role="row"><span role="columnheader">Destinatário</span><span role="columnheader">Status da mensagem</span></div>
        <div role="row"><span role="cell">+55 11 91234-5678</span><span role="cell">Lida</span></div>
        <div role="row"><span role="cell">(11) 3456-7890</span><span role="cell">Entregue</span></div>
      </div>
      <table><thead><tr><th>Nome do modelo</th><th>Categoria</th><th>Idioma</th></tr></thead>
        <tbody><tr><td>pedido_confirmado</td><td>Utilidade</td><td>Português (BR)</td></tr></tbody></table>`)
    expect(cats(doc).sort()).toEqual(
      ['business-message-status', 'business-message-status', 'business-template', 'customer-phone-number', 'customer-phone-number'].sort(),
    )
  })

  it('status inputs and editable cells are never annotated', () => {
    const doc = body('<table><tr><th>To</th><th>Status</th></tr><tr><td><input value="+14155550123"></td><td><input value="read"></td></tr><tr><td contenteditable="true">+14155550124</td><td>read</td></tr></table>')
    expect(cats(doc)).toEqual(['business-message-status'])
  })

  it('webhook: only the callback URL field, not other inputs; unlabelled lists need Graph field names', () => {
    const doc = body(`
      <label for="u">Callback URL</label><input id="u" type="url" value="https://x.example/hook">
      <label for="t">Verify token</label><input id="t" type="text" value="abc">
      <input type="text" aria-label="Search">
      <ul><li>messages</li><li>orders</li></ul>
      <ul><li>messages</li><li>message_template_status_update</li></ul>
      <ul><li>Messages</li><li>Security</li></ul>`)
    const found = runSite(genericConsoleSite, doc)
    expect(found.map((m) => m.element.tagName).sort()).toEqual(['INPUT', 'UL'])
    expect(found.every((m) => m.category === 'webhook-config')).toBe(true)
  })

  it('a quality word without a quality key, and TIER_ in code, are not phone quality', () => {
    expect(cats(body('<div><span>Priority</span><span>High</span></div><pre><code>TIER_1K</code></pre><p>Tier: <span>TIER_1K</span></p>'))).toEqual([])
    expect(cats(body('<div><span>Tier</span> <span>TIER_1K</span></div>'))).toEqual(['business-phone-quality'])
    expect(cats(body('<span role="img" aria-label="Quality rating: Low"></span>'))).toEqual(['business-phone-quality'])
  })

  it('metric tiles: hidden tiles are skipped; "N/A" and "—" cells do not break a metric column', () => {
    expect(cats(body('<div hidden><span>Messages sent</span><b>1,204</b></div>'))).toEqual([])
    expect(cats(body('<div><span>Messages sent</span><b>1,204</b></div>'))).toEqual(['business-analytics'])
    const t = '<table><tr><th>Template</th><th>Read rate</th></tr><tr><td>a</td><td>87%</td></tr><tr><td>b</td><td>N/A</td></tr><tr><td>c</td><td>—</td></tr></table>'
    expect(cats(body(t)).sort()).toEqual(['business-analytics', 'business-template', 'business-template', 'business-template'])
  })

  it('a one-word icon label is not a chart', () => {
    expect(cats(body('<span><svg role="img" aria-label="Read"><path d="M0 0"/></svg></span>'))).toEqual([])
    expect(cats(body('<svg role="img" aria-label="Messages read per day"><path d="M0 0"/></svg>'))).toEqual(['business-analytics'])
  })

  it('template cards need a list labelled as templates', () => {
    const cards = '<ul><li><b>spring</b><span>MARKETING</span></li></ul>'
    expect(cats(body(cards))).toEqual([])
    expect(cats(body(`<h2>Templates</h2>${cards}`))).toEqual(['business-template'])
  })

  it('template categories need a templates table', () => {
    const ads = '<table><tr><th>Campaign</th><th>Category</th></tr><tr><td>Spring</td><td>Marketing</td></tr></table>'
    expect(cats(body(ads))).toEqual([])
  })
})

describe('phone value shapes', () => {
  it('accepts E.164 and local formats; rejects dates, short ids, words', () => {
    for (const v of ['+14155550123', '+1 415-555-0123', 'whatsapp:+447700900123', '(202) 555-0199', '0151 23456789', '919876543210'])
      expect(isPhoneLike(v), v).toBe(true)
    for (const v of ['2025-05-12', '12/05/2025', '12345', 'SM123456789', '1,240', '+1 202 555 0143 ext', ''])
      expect(isPhoneLike(v), v).toBe(false)
    expect(isE164Like('+4915123456789')).toBe(true)
    expect(isE164Like('4915123456789')).toBe(false)
  })
})

describe('odd markup: never throws, returns []', () => {
  const detectors = [messageStatusDetector, analyticsDetector, phoneQualityDetector, templateDetector, customerPhoneDetector, webhookDetector]
  const odd = [
    '<table></table>',
    '<table><tr></tr><tr><td>read</td></tr></table>',
    '<div role="grid"><div role="row"></div><div role="gridcell">read</div></div>',
    '<table><thead><tr><th>Status</th></tr></thead><tbody><tr></tr><tr><td></td></tr></tbody></table>',
    '<dl><dt>Message status</dt></dl><dd>read</dd>',
    '<ul role="listbox" aria-labelledby="missing"><li role="option"></li></ul>',
    '<svg><title></title></svg><figure></figure><canvas></canvas>',
    '<input aria-labelledby="nope nope2"><label for="">x</label>',
    '<table><tr><th>To</th><th>Status</th></tr><tr><td><table><tr><th>Status</th></tr><tr><td>read</td></tr></table></td></tr></table>',
  ]
  for (const html of odd) {
    it(html.slice(0, 60), () => {
      const doc = body(html)
      for (const d of detectors) {
        expect(() => d.find(doc, createScanContext())).not.toThrow()
        for (const el of Array.from(doc.querySelectorAll('*'))) expect(() => d.find(el, createScanContext())).not.toThrow()
      }
    })
  }

  it('a root whose DOM methods throw: the scanner run gives [] and reports the failure', () => {
    const hostile = { nodeType: 1, querySelectorAll: () => { throw new Error('boom') }, matches: () => { throw new Error('boom') } }
    for (const d of detectors) {
      const failures: unknown[] = []
      expect(runDetector(d, hostile as unknown as Element, createScanContext(), (e) => failures.push(e))).toEqual([])
      expect(failures, d.id).toHaveLength(1)
    }
  })

  it('non-element roots and a detached fragment give []', () => {
    for (const d of detectors) {
      expect(runDetector(d, null as unknown as Document, createScanContext())).toEqual([])
      expect(runDetector(d, document.createTextNode('read') as unknown as Element, createScanContext())).toEqual([])
      expect(d.find(document.createElement('div'), createScanContext())).toEqual([])
    }
  })

  it('an empty table of the odd list yields nothing', () => {
    expect(cats(body(odd[0]))).toEqual([])
    expect(cats(body(odd[3]))).toEqual([])
  })
})

describe('business detectors through the scanner', () => {
  it('a throwing business detector is reported as failed in health, and the others still annotate', () => {
    const boom: Detector = { ...messageStatusDetector, id: 'biz.boom', find: () => { throw new Error('boom') } }
    const failed: string[] = []
    const scanner = new Scanner([boom, phoneQualityDetector], {
      isCategoryEnabled: () => true,
      annotated: () => {},
      removed: () => {},
      detectorFailed: (id) => failed.push(id),
    })
    const doc = loadHtml('<dl><dt>Quality rating</dt><dd>High</dd></dl>')
    scanner.scan(doc)
    expect(failed).toEqual(['biz.boom'])
    expect(scanner.health().find((h) => h.id === 'biz.boom')?.status).toBe('failed')
    expect(scanner.counts()['business-phone-quality']).toBe(1)
  })
})
