// Scan cost, counted rather than timed (tests never assert wall-clock times; `npm run bench` measures
// real Chromium). What is counted is the DOM queries the detectors and facts make: a long chat must
// not make them run per row, and a scan of an added row must never query outside that row.
import { afterEach, describe, expect, it } from 'vitest'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { loadFixture } from '../../fixtures/whatsapp/load'
import { find } from './helpers'

const FIXTURES = ['g2024-es-group.html', 'g2022-de-group.html', 'g2026-en-group-info.html', 'g2024-en-one-to-one.html']

/**
 * Ordinary messages, the bulk of any long chat: outgoing with a tick (sent, delivered, read) and
 * incoming, in the 2024–25 markup (class + data-id) and the 2026 one (conv-msg test id).
 */
function ordinaryRow(i: number): string {
  const out = i % 3 !== 2
  const id = `${out}_4915550000000@c.us_3EB0${String(i).padStart(8, '0')}`
  const [icon, label, blue] = [['msg-check', ' Sent ', ''], ['msg-dblcheck', ' Delivered ', ''], ['msg-dblcheck', ' Read ', ' x1rv0e52']][i % 3]!
  const tick = out ? `<span aria-label="${label}" data-icon="${icon}" class="x1q15gih${blue}"><svg><title>${icon}</title></svg></span>` : ''
  const body = `<div class="copyable-text" data-pre-plain-text="[10:00, 1/3/2026] Someone: "><span class="selectable-text copyable-text" dir="ltr"><span>Message ${i} read delivered last seen</span></span></div><div><span>10:00</span>${tick}</div>`
  return i % 2
    ? `<div role="row"><div data-id="${id}" class="focusable-list-item"><div class="_amjv ${out ? 'message-out' : 'message-in'}">${body}</div></div></div>`
    : `<div role="row"><div data-testid="conv-msg-${id}">${body}</div></div>`
}

function longChat(fixture: string, extraRows: number): Document {
  const doc = loadFixture(fixture)
  const list = doc.querySelector('#main [role="application"]')!
  const holder = doc.createElement('div')
  holder.innerHTML = Array.from({ length: extraRows }, (_, i) => ordinaryRow(i)).join('')
  list.append(...Array.from(holder.children))
  return doc
}

type QueryCall = { on: Element | Document; method: string }
const QUERY_METHODS = ['querySelectorAll', 'querySelector', 'closest', 'matches'] as const
let restore: Array<() => void> = []

/** Records every query the code under test makes (outermost calls only: the test shim's own are not counted). */
function recordQueries(): QueryCall[] {
  const calls: QueryCall[] = []
  let depth = 0
  for (const proto of [Element.prototype, Document.prototype] as unknown as Array<Record<string, unknown>>) {
    for (const method of QUERY_METHODS) {
      const original = proto[method] as ((...args: unknown[]) => unknown) | undefined
      if (typeof original !== 'function') continue
      proto[method] = function (this: Element | Document, ...args: unknown[]) {
        if (depth === 0) calls.push({ on: this, method })
        depth++
        try {
          return original.apply(this, args)
        } finally {
          depth--
        }
      }
      restore.push(() => {
        proto[method] = original
      })
    }
  }
  return calls
}

afterEach(() => {
  for (const undo of restore.splice(0)) undo()
})

describe('scan cost does not grow per message row', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture}: a full scan makes no more DOM queries with 1,000 extra messages as with 100`, () => {
      const count = (rows: number) => {
        const doc = longChat(fixture, rows)
        const calls = recordQueries()
        for (const d of whatsappWebSite.detectors) find(d, doc)
        for (const undo of restore.splice(0)) undo()
        return calls.length
      }
      const small = count(100)
      expect(small).toBeGreaterThan(0)
      expect(count(1000)).toBe(small)
    })

    it(`${fixture}: page facts make the same queries with 1,000 extra messages as with 100`, () => {
      const count = (rows: number) => {
        const doc = longChat(fixture, rows)
        const calls = recordQueries()
        whatsappWebSite.facts(doc, {})
        for (const undo of restore.splice(0)) undo()
        return calls.length
      }
      const small = count(100)
      expect(small).toBeGreaterThan(0)
      expect(count(1000)).toBe(small)
    })
  }
})

describe('a scan of an added row stays inside that row', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture}: no collection query on the document or on an element outside the row`, () => {
      const doc = longChat(fixture, 20)
      const rows = Array.from(doc.querySelectorAll('#main [role="application"] > [role="row"]')).slice(-10)
      expect(rows.length).toBe(10)
      const calls = recordQueries()
      for (const row of rows) for (const d of whatsappWebSite.detectors) find(d, row)
      const collections = calls.filter((c) => c.method === 'querySelectorAll' || c.method === 'querySelector')
      expect(collections.length).toBeGreaterThan(0)
      const outside = collections.filter((c) => !rows.some((row) => row === c.on || row.contains(c.on as Node)))
      expect(outside.map((c) => `${c.method} on ${(c.on as Element).tagName ?? '#document'}`)).toEqual([])
    })
  }
})
