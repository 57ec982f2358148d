import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { makeTooltip } from '../../../src/overlay/tooltip'
import { Annotator } from '../../../src/content/annotator'
import { NOTE_ATTRIBUTE } from '../../../src/content/scanner'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema'
import type { PageSummary } from '../../../src/shared/page'
import type { Detector, Site } from '../../../src/sites/types'
import { queryAll } from '../../../src/shared/dom'
import { receipts } from '../../../src/sites/whatsapp-web/receipts'

// The lifecycle: waiting for the app, the first sliced pass, live batches, settings in each phase.

const bold: Detector = {
  id: 'test.bold',
  categories: ['read-receipt'],
  find: (root) => queryAll(root, 'b').map((element) => ({ element, category: 'read-receipt' as const })),
}
const italic: Detector = {
  id: 'test.italic',
  categories: ['last-seen'],
  find: (root) => queryAll(root, 'i').map((element) => ({ element, category: 'last-seen' as const })),
}

let ready = false
function siteWith(detectors: Detector[]): Site {
  return {
    id: 'whatsapp-web',
    matchesLocation: () => true,
    detectors,
    isReady: () => ready,
    facts: () => ({ site: 'whatsapp-web', view: 'one-to-one-chat', businessChat: false, drawer: 'none' }),
  }
}

function annotator(site: Site, settings: Settings = { ...DEFAULT_SETTINGS }): { a: Annotator; published: PageSummary[] } {
  const published: PageSummary[] = []
  const a = new Annotator(site, document, settings, {
    describe: () => ({ title: '', summary: '', audience: '', control: '' }),
    note: makeTooltip,
    text: { whoCanSee: '', control: '', markerLabel: (t) => t },
    publish: (summary) => published.push(summary),
  })
  return { a, published }
}

const marks = (selector = `[${NOTE_ATTRIBUTE}]`) => document.querySelectorAll(selector).length
const settle = () => vi.advanceTimersByTimeAsync(3000)
const off = (...categories: Settings['disabledCategories']): Settings => ({ ...DEFAULT_SETTINGS, disabledCategories: categories })

beforeEach(() => {
  vi.useFakeTimers()
  ready = false
  document.body.innerHTML = '<b></b><b></b><i></i>'
})

afterEach(() => {
  vi.useRealTimers()
  document.querySelector('[data-privacy-overlay]')?.remove()
  document.body.replaceChildren()
})

describe('Annotator lifecycle', () => {
  test('waits while the app is not ready, then runs the first pass and goes live', async () => {
    const { a, published } = annotator(siteWith([bold]))
    a.start()
    await settle()
    expect(a.state).toBe('waiting')
    expect(marks()).toBe(0)
    expect(published.at(-1)?.ready).toBe(false)
    ready = true
    document.body.append(document.createElement('b'))
    await settle()
    expect(a.state).toBe('live')
    expect(marks()).toBe(3)
    expect(published.at(-1)?.total).toBe(3)
    a.stop()
    expect(a.state).toBe('stopped')
    expect(marks()).toBe(0)
  })

  test('settings while waiting: the first pass uses the latest ones', async () => {
    const { a } = annotator(siteWith([bold, italic]))
    a.start()
    a.applySettings(off('read-receipt'))
    ready = true
    document.body.append(document.createElement('u'))
    await settle()
    expect(marks('b[data-privacy-note]')).toBe(0)
    expect(marks('i[data-privacy-note]')).toBe(1)
    a.stop()
  })

  test('a category switched on during the first pass gets one more pass (pass-again)', async () => {
    ready = true
    document.body.innerHTML = '<b></b>'.repeat(1200) + '<i></i>'
    const { a } = annotator(siteWith([bold, italic]), off('read-receipt'))
    a.start()
    // Until the pass starts, then one step into it (it yields after detection).
    while (a.state !== 'scanning') await vi.advanceTimersByTimeAsync(10)
    a.applySettings(off())
    expect(a.state).toBe('scanning')
    await settle()
    expect(a.state).toBe('live')
    expect(marks('b[data-privacy-note]')).toBe(1200)
    a.stop()
  }, 30_000)

  test('settings while live: off drops at once, on comes back by a sliced pass; disabling the site stops', async () => {
    ready = true
    const { a, published } = annotator(siteWith([bold, italic]))
    a.start()
    await settle()
    expect(marks()).toBe(3)
    a.applySettings(off('read-receipt'))
    expect(marks()).toBe(1)
    a.applySettings(off())
    await settle()
    expect(marks()).toBe(3)
    a.applySettings({ ...DEFAULT_SETTINGS, disabledSites: ['whatsapp-web'] })
    expect(a.state).toBe('stopped')
    expect(marks()).toBe(0)
    await settle()
    expect(published.at(-1)?.annotationsOn).toBe(false)
    a.applySettings({ ...DEFAULT_SETTINGS })
    await settle()
    expect(a.state).toBe('live')
    expect(marks()).toBe(3)
    a.stop()
  })

  test('a page that replaces <body> is observed anew: new elements are annotated, old ones forgotten', async () => {
    ready = true
    const { a, published } = annotator(siteWith([bold]))
    a.start()
    await settle()
    expect(published.at(-1)?.total).toBe(2)
    const fresh = document.createElement('body')
    fresh.innerHTML = '<b></b>'
    document.documentElement.replaceChild(fresh, document.body)
    await settle()
    expect(marks()).toBe(1)
    fresh.append(document.createElement('b'))
    await settle()
    expect(marks()).toBe(2)
    expect(published.at(-1)?.total).toBe(2)
    fresh.lastElementChild!.remove()
    await settle()
    expect(published.at(-1)?.total).toBe(1)
    a.stop()
  })

  test('a large insertion is rescanned in several slices, not in one task', async () => {
    ready = true
    const calls: number[] = []
    const counting: Detector = { ...bold, find: (root, ctx) => (calls.push(queryAll(root, '*').length), bold.find(root, ctx)) }
    const { a } = annotator(siteWith([counting]))
    a.start()
    await settle()
    calls.length = 0
    const block = document.createElement('div')
    block.innerHTML = '<div><b></b><u></u></div>'.repeat(1000)
    document.body.append(block)
    await settle()
    expect(marks('b[data-privacy-note]')).toBe(1002)
    // The block (3,001 elements) was split: no single scan saw it whole.
    expect(Math.max(...calls)).toBeLessThan(3001)
    a.stop()
  }, 30_000)
})

describe('Annotator: rescan', () => {
  test('a part of the page is scanned again when what a detector finds there changed without the page changing', async () => {
    // A detector that learns late what to find (as WhatsApp Web's privacy detector once its reader has come).
    let knowsItalic = false
    const late: Detector = {
      id: 'test.late',
      categories: ['last-seen'],
      find: (root) => (knowsItalic ? queryAll(root, 'i').map((element) => ({ element, category: 'last-seen' as const })) : []),
    }
    ready = true
    const { a } = annotator(siteWith([bold, late]))
    a.start()
    await settle()
    expect(a.state).toBe('live')
    expect(marks(`i[${NOTE_ATTRIBUTE}]`)).toBe(0)
    knowsItalic = true
    a.rescan(document.body)
    await settle()
    expect(marks(`i[${NOTE_ATTRIBUTE}]`)).toBe(1)
    expect(marks()).toBe(3)
    a.stop()
  })
})

describe('Annotator: a row whose direction changes in place', () => {
  test('is rescanned when its data-id flips between incoming and outgoing', async () => {
    ready = true
    const id = '4915550000000@c.us_3EB0000001'
    document.body.innerHTML = `<div id="main"><div role="application"><div role="row"><div data-id="false_${id}"><span data-icon="msg-dblcheck" aria-label=" Delivered "></span></div></div></div></div>`
    const { a } = annotator(siteWith([receipts]))
    a.start()
    await settle()
    expect(marks()).toBe(0)
    document.querySelector('[data-id]')!.setAttribute('data-id', `true_${id}`)
    await settle()
    expect(document.querySelector('[data-icon]')!.getAttribute(NOTE_ATTRIBUTE)).toBe('delivery-receipt')
    document.querySelector('[data-id]')!.setAttribute('data-id', `false_${id}`)
    await settle()
    expect(marks()).toBe(0)
    a.stop()
  })
})

describe('Annotator: stripped marks', () => {
  test('a mark the page strips comes back, and the counts stay true when the element then goes', async () => {
    ready = true
    const { a, published } = annotator(siteWith([bold]))
    a.start()
    await settle()
    const first = document.querySelector('b')!
    first.removeAttribute(NOTE_ATTRIBUTE)
    await settle()
    expect(first.getAttribute(NOTE_ATTRIBUTE)).toBe('read-receipt')
    first.removeAttribute(NOTE_ATTRIBUTE)
    first.remove()
    await settle()
    expect(published.at(-1)?.total).toBe(1)
    a.stop()
  })
})
