import { describe, expect, test, vi } from 'vitest'
import { Annotations, NOTE_ATTRIBUTE } from '../../../src/content/annotations'
import { AttributeRules } from '../../../src/content/attribute-rules'
import { HealthBook } from '../../../src/content/health'
import { outermost, RescanQueue, SPLIT_ABOVE, subtreeSize } from '../../../src/content/rescan-queue'
import type { Detector } from '../../../src/sites/types'

// The scanner's parts, each on its own: annotation bookkeeping, attribute rules, health, the rescan queue.

const noop: Detector = { id: 'test.none', categories: ['about'], find: () => [] }
const unlimited = { elements: Infinity, deadline: Infinity }

function annotations() {
  const log: string[] = []
  const store = new Annotations({ annotated: (el, c) => log.push(`+${el.id} ${c}`), removed: (el) => log.push(`-${el.id}`) })
  return { store, log }
}

describe('Annotations', () => {
  test('marks, counts per category and per detector, and tells the hooks once per change', () => {
    document.body.innerHTML = '<i id="a"></i><i id="b"></i>'
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!]
    const { store, log } = annotations()
    const sent = store.of('d1', 'sent-receipt')
    expect(store.of('d1', 'sent-receipt')).toBe(sent)
    store.addNew(a, sent)
    store.set(b, store.of('d2', 'read-receipt'))
    store.set(b, store.of('d2', 'read-receipt')) // unchanged: no hook
    expect(a.getAttribute(NOTE_ATTRIBUTE)).toBe('sent-receipt')
    expect(store.counts()).toEqual({ 'sent-receipt': 1, 'read-receipt': 1 })
    expect(store.perDetector()).toEqual(new Map([['d1', 1], ['d2', 1]]))
    store.set(a, store.of('d1', 'delivery-receipt'))
    expect(store.counts()).toEqual({ 'delivery-receipt': 1, 'read-receipt': 1 })
    expect(store.elementsOf('delivery-receipt')).toEqual([a])
    store.removeWhere((x) => x.detectorId === 'd2')
    expect(b.hasAttribute(NOTE_ATTRIBUTE)).toBe(false)
    expect(log).toEqual(['+a sent-receipt', '+b read-receipt', '+a delivery-receipt', '-b'])
    expect(store.size).toBe(1)
  })

  test('forgets elements that left the page, by subtree or by identity, without touching them', () => {
    document.body.innerHTML = '<div id="box"><i id="a"></i></div><i id="b"></i>'
    const { store, log } = annotations()
    const a = document.getElementById('a')!
    const b = document.getElementById('b')!
    store.addNew(a, store.of('d', 'about'))
    store.addNew(b, store.of('d', 'about'))
    const box = document.getElementById('box')!
    box.remove()
    store.forgetWithin(box)
    b.remove()
    store.forgetDetached()
    expect(store.size).toBe(0)
    expect(a.getAttribute(NOTE_ATTRIBUTE)).toBe('about')
    expect(log.slice(2)).toEqual(['-a', '-b'])
  })

  test('checkMark puts back a mark the page changed, and removes one it set', () => {
    document.body.innerHTML = '<i id="a"></i><i id="b"></i>'
    const { store } = annotations()
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!]
    store.addNew(a, store.of('d', 'about'))
    a.setAttribute(NOTE_ATTRIBUTE, 'other')
    b.setAttribute(NOTE_ATTRIBUTE, 'about')
    store.checkMark(a)
    store.checkMark(b)
    expect(a.getAttribute(NOTE_ATTRIBUTE)).toBe('about')
    expect(b.hasAttribute(NOTE_ATTRIBUTE)).toBe(false)
  })
})

describe('AttributeRules', () => {
  const rules = new AttributeRules([
    { ...noop, watchedAttributes: ['data-icon', { name: 'class', tokens: ['blue'] }, { name: 'aria-checked', on: '[role="switch"]' }] },
  ])
  const record = (el: Element, attributeName: string, oldValue: string | null) => ({ type: 'attributes', target: el, attributeName, oldValue }) as unknown as MutationRecord

  test('names every watched attribute once', () => {
    expect(rules.names.sort()).toEqual(['aria-checked', 'class', 'data-icon'])
  })

  test('a change matters only under its rule', () => {
    document.body.innerHTML = '<i id="i" class="x blue"></i><b id="s" role="switch"></b><b id="c" role="checkbox"></b>'
    const [i, s, c] = ['i', 's', 'c'].map((id) => document.getElementById(id)!)
    expect(rules.matters(record(i, 'data-icon', 'a'))).toBe(true)
    expect(rules.matters(record(i, 'class', 'x'))).toBe(true) // blue added
    expect(rules.matters(record(i, 'class', 'blue'))).toBe(false) // only x added
    expect(rules.matters(record(s, 'aria-checked', 'false'))).toBe(true)
    expect(rules.matters(record(c, 'aria-checked', 'false'))).toBe(false)
    expect(rules.matters(record(i, 'title', null))).toBe(false)
  })
})

describe('HealthBook', () => {
  test('a failure is reported once and then shown as failed; views and expectations make a detector core', () => {
    const failures: string[] = []
    const book = new HealthBook(
      [{ ...noop, id: 'test.core', core: true, coreViews: ['group-chat'] }, { ...noop, id: 'test.panel', expectedOn: (doc) => !!doc.getElementById('panel') }],
      (id) => failures.push(id),
    )
    book.fail('test.panel', new Error('boom'))
    book.fail('test.panel', new Error('again'))
    expect(failures).toEqual(['test.panel'])
    document.body.innerHTML = '<div id="panel"></div>'
    const expected = book.expectedOn(document)
    expect(expected).toEqual(new Set(['test.panel']))
    expect(book.expectedOn(null)).toEqual(new Set())
    expect(book.report(new Map([['test.core', 2]]), 'group-chat', expected)).toEqual([
      { id: 'test.core', core: true, status: 'ok', matches: 2 },
      { id: 'test.panel', core: true, status: 'failed', matches: 0 },
    ])
    expect(book.report(new Map(), 'status', new Set()).map((h) => [h.core, h.status])).toEqual([[false, 'no-match'], [false, 'failed']])
  })
})

describe('RescanQueue', () => {
  test('scans each queued root once, outermost only, and skips roots that left the page', () => {
    document.body.innerHTML = '<div id="a"><p id="a1"></p></div><div id="b"></div><div id="c"></div>'
    const el = (id: string) => document.getElementById(id)!
    const queue = new RescanQueue()
    queue.addOutermost(new Set([el('a1'), el('a'), el('b')]))
    queue.add(el('b'))
    queue.add(el('c'))
    el('c').remove()
    const scanned: string[] = []
    expect(queue.drain(unlimited, (root) => scanned.push(root.id))).toBe(false)
    expect(scanned.sort()).toEqual(['a', 'b'])
    expect(queue.pending).toBe(false)
  })

  test('a root inside another queued root is left to it', () => {
    document.body.innerHTML = '<div id="a"><p id="a1"></p></div>'
    const queue = new RescanQueue()
    queue.add(document.getElementById('a')!)
    queue.add(document.getElementById('a1')!) // popped first, but inside a queued root
    const scanned: string[] = []
    queue.drain(unlimited, (root) => scanned.push(root.id))
    expect(scanned).toEqual(['a'])
  })

  test('a root larger than SPLIT_ABOVE is split into its children, and the element budget ends a slice', () => {
    const big = document.createElement('div')
    for (let i = 0; i < 4; i++) {
      const child = document.createElement('section')
      child.innerHTML = '<i></i>'.repeat(Math.ceil(SPLIT_ABOVE / 3))
      big.append(child)
    }
    document.body.replaceChildren(big)
    expect(subtreeSize(big, SPLIT_ABOVE)).toBe(SPLIT_ABOVE + 1)
    const queue = new RescanQueue()
    queue.add(big)
    const scanned: Element[] = []
    const scan = vi.fn((root: Element) => scanned.push(root))
    expect(queue.drain({ elements: 1, deadline: Infinity }, scan)).toBe(true)
    expect(scanned).toEqual([big.firstElementChild])
    while (queue.drain({ elements: 1, deadline: Infinity }, scan));
    expect(scanned).toEqual([...big.children])
  })

  test('outermost keeps the roots no other root contains', () => {
    document.body.innerHTML = '<div id="a"><p id="a1"><b id="a2"></b></p></div><div id="b"></div>'
    const el = (id: string) => document.getElementById(id)!
    expect(outermost(new Set([el('a2'), el('b'), el('a1')])).map((e) => e.id)).toEqual(['b', 'a1'])
  })

  test('clear drops everything queued', () => {
    document.body.innerHTML = '<div id="a"></div>'
    const queue = new RescanQueue()
    queue.add(document.getElementById('a')!)
    queue.clear()
    expect(queue.pending).toBe(false)
    expect(queue.drain(unlimited, () => expect.unreachable())).toBe(false)
  })
})
