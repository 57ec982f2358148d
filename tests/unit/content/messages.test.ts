import { describe, expect, test } from 'vitest'
import { makeTooltip } from '../../../src/overlay/tooltip'
import { isToBackground, isToContent, ignoreOnce } from '../../../src/messaging/messages'
import { isPageSummary } from '../../../src/shared/page'
import { arrayOf, count, object, oneOf, recordOf, matching } from '../../../src/shared/schema'
import { Annotator } from '../../../src/content/annotator'
import { DEFAULT_SETTINGS } from '../../../src/settings/schema'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { fixtureIndex, loadFixture } from '../../fixtures/whatsapp/load'

const summary = () => ({
  facts: { site: 'whatsapp-web', view: 'group-chat', businessChat: false, drawer: 'none' },
  counts: { 'read-receipt': 2, 'last-seen': 1 },
  total: 3,
  ready: true,
  annotationsOn: true,
  health: [{ id: 'wa.receipts', core: true, status: 'ok', matches: 2 }],
})

describe('the schema kit', () => {
  test('count takes whole numbers in range only', () => {
    const c = count(10)
    expect([0, 3, 10].map(c)).toEqual([true, true, true])
    expect([-1, 11, 2.5, NaN, Infinity, 1e308, '3', null].map(c)).toEqual(Array(8).fill(false))
  })

  test('object takes exactly its keys, each valid; recordOf and arrayOf check every entry', () => {
    const point = object({ x: count(), kind: oneOf(['a', 'b'] as const) })
    expect(point({ x: 1, kind: 'a' })).toBe(true)
    expect(point({ x: 1 })).toBe(false)
    expect(point({ x: 1, kind: 'a', extra: 0 })).toBe(false)
    expect(point(Object.create({ x: 1, kind: 'a' }))).toBe(false)
    expect(point([1, 'a'])).toBe(false)
    expect(arrayOf(point)([{ x: 1, kind: 'b' }, null])).toBe(false)
    expect(arrayOf(count(), 2)([1, 2, 3])).toBe(false)
    expect(recordOf(oneOf(['a'] as const), count())({ a: 1 })).toBe(true)
    expect(recordOf(oneOf(['a'] as const), count())({ a: 1, b: 1 })).toBe(false)
    expect(matching(/^[a-z]+$/)('<b>')).toBe(false)
  })
})

describe('messages', () => {
  test('a page summary message is accepted only with a complete, valid summary', () => {
    expect(isToBackground({ type: 'page-summary', summary: summary() })).toBe(true)
    const broken = { ...summary(), health: [null] }
    expect(isToBackground({ type: 'page-summary', summary: broken })).toBe(false)
    expect(isToBackground({ type: 'page-summary', summary: { ...summary(), facts: { ...summary().facts, businessChat: 1 } } })).toBe(false)
  })

  test('popup requests: annotate-page to the background, show-on-page to the page; nothing else', () => {
    expect(isToBackground({ type: 'annotate-page', tabId: 4 })).toBe(true)
    expect(isToBackground({ type: 'annotate-page', tabId: -4 })).toBe(false)
    expect(isToBackground({ type: 'annotate-page', tabId: 4, extra: true })).toBe(false)
    expect(isToBackground({ type: 'get-tab-summary', tabId: 4 })).toBe(false)
    expect(isToContent({ type: 'show-on-page', category: 'read-receipt' })).toBe(true)
    expect(isToContent({ type: 'show-on-page', category: '<img>' })).toBe(false)
    expect(isToContent({ type: 'get-summary' })).toBe(false)
  })

  test('an ignored message is reported by its kind, never with page-chosen text', () => {
    const lines: string[] = []
    const warn = console.warn
    console.warn = (line: string) => lines.push(line)
    try {
      ignoreOnce('test', { type: '<img src=x onerror=alert(1)>' })
      ignoreOnce('test', { type: 'page-summary' })
    } finally {
      console.warn = warn
    }
    expect(lines.join('\n')).not.toContain('<img')
    expect(lines).toHaveLength(2)
  })
})

describe('summaries of real pages pass their own schema', () => {
  for (const fixture of fixtureIndex()) {
    test(fixture.file, () => {
      const doc = loadFixture(fixture.file)
      const annotator = new Annotator(whatsappWebSite, doc, { ...DEFAULT_SETTINGS }, {
        describe: () => ({ title: '', summary: '', audience: '', control: '' }),
        note: makeTooltip,
        text: { whoCanSee: '', control: '', markerLabel: (t) => t },
        publish: () => {},
        live: false,
      })
      const s = annotator.summary()
      expect(s.health.length).toBeGreaterThan(0)
      expect(isPageSummary(s)).toBe(true)
    })
  }
})
