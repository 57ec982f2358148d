import { beforeEach, describe, expect, it, vi } from 'vitest'
import { makeSummary } from './fixtures'

// The loader talks to the browser; a small fake stands in for webextension-polyfill.
const fake = vi.hoisted(() => ({
  tabs: { query: vi.fn(), sendMessage: vi.fn() },
  runtime: { sendMessage: vi.fn() },
  permissions: { contains: vi.fn() },
  storage: {
    sync: { get: vi.fn(), set: vi.fn() },
    session: { get: vi.fn() },
    onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
  },
  i18n: { getUILanguage: vi.fn(() => 'pt-BR') },
}))
vi.mock('webextension-polyfill', () => ({ default: fake }))

const { fetchSummary, loadPopupState, tabParam, watchSummary, withSummary } = await import('../../../src/popup/load-state')

/** storage.session holding `summary` for `tabId` (as the background stores it). */
function stored(tabId: number, summary: unknown) {
  fake.storage.session.get.mockImplementation(async (key: string) => (key === `tab-summary:${tabId}` ? { [key]: summary } : {}))
}

beforeEach(() => {
  vi.clearAllMocks()
  fake.tabs.query.mockResolvedValue([{ id: 77 }])
  fake.permissions.contains.mockImplementation(async ({ origins }: { origins: string[] }) =>
    origins.some((o) => o.includes('wati')),
  )
  fake.storage.sync.get.mockResolvedValue({})
  fake.storage.sync.set.mockResolvedValue(undefined)
  fake.storage.session.get.mockResolvedValue({})
})

describe('tabParam', () => {
  it('reads ?tab=<id> and rejects anything else', () => {
    expect(tabParam('?tab=12')).toBe(12)
    expect(tabParam('')).toBeNull()
    expect(tabParam('?tab=-1')).toBeNull()
    expect(tabParam('?tab=1.5')).toBeNull()
    expect(tabParam('?tab=abc')).toBeNull()
  })
})

describe('fetchSummary', () => {
  it('reads the summary the background stored for the tab, and never asks the page', async () => {
    const summary = makeSummary()
    stored(5, summary)
    expect(await fetchSummary(5)).toEqual(summary)
    expect(fake.tabs.sendMessage).not.toHaveBeenCalled()
    expect(fake.runtime.sendMessage).not.toHaveBeenCalled()
  })

  it('returns null when nothing is stored for the tab, or storage fails', async () => {
    expect(await fetchSummary(5)).toBeNull()
    fake.storage.session.get.mockRejectedValue(new Error('no storage'))
    expect(await fetchSummary(5)).toBeNull()
  })

  // Each of these once reached the popup (isPageSummary looked at health only as an array).
  const malformed: Array<[string, (s: any) => void]> = [
    ['a null health entry', (s) => (s.health = [null])],
    ['a health entry of the wrong type', (s) => (s.health = ['wa.receipts'])],
    ['a health status outside the list', (s) => (s.health[0].status = 'fine')],
    ['HTML as a detector id', (s) => (s.health[0].id = '<img src=x onerror=alert(1)>')],
    ['a count of 1e308', (s) => (s.counts['read-receipt'] = 1e308)],
    ['a negative count', (s) => (s.counts['read-receipt'] = -1)],
    ['a fractional total', (s) => (s.total = 2.5)],
    ['a total of Infinity', (s) => (s.total = Infinity)],
    ['an unknown category', (s) => (s.counts['<b>x</b>'] = 1)],
    ['HTML as the view', (s) => (s.facts.view = '<script>alert(1)</script>')],
    ['a drawer outside the list', (s) => (s.facts.drawer = 'settings')],
    ['businessChat as a string', (s) => (s.facts.businessChat = 'yes')],
    ['missing facts', (s) => delete s.facts],
    ['null facts', (s) => (s.facts = null)],
    ['an extra field', (s) => (s.text = 'hello')],
    ['counts as an array', (s) => (s.counts = [1, 2])],
  ]
  it.each(malformed)('treats a summary with %s as none', async (_, corrupt) => {
    const summary = structuredClone(makeSummary()) as any
    summary.health = [{ id: 'wa.receipts', core: true, status: 'ok', matches: 3 }]
    stored(5, summary)
    expect(await fetchSummary(5)).not.toBeNull() // the base is valid: the corruption alone decides
    corrupt(summary)
    expect(await fetchSummary(5)).toBeNull()
  })
})

describe('watchSummary', () => {
  it('passes on each change of its own tab, validated, and unsubscribes', () => {
    const seen: unknown[] = []
    const stop = watchSummary(5, (s) => seen.push(s))
    const listener = fake.storage.onChanged.addListener.mock.calls[0]![0]
    const summary = makeSummary()
    listener({ 'tab-summary:5': { newValue: summary } }, 'session')
    listener({ 'tab-summary:6': { newValue: summary } }, 'session')
    listener({ 'tab-summary:5': { newValue: { ...summary, health: [null] } } }, 'session')
    listener({ 'tab-summary:5': { newValue: summary } }, 'sync')
    listener({ 'tab-summary:5': {} }, 'session')
    expect(seen).toEqual([summary, null, null])
    stop()
    expect(fake.storage.onChanged.removeListener).toHaveBeenCalledWith(listener)
  })
})

describe('loadPopupState', () => {
  it('uses ?tab= over the active tab and builds a supported state', async () => {
    stored(3, makeSummary())
    const state = await loadPopupState('?tab=3')
    expect(fake.tabs.query).not.toHaveBeenCalled()
    expect(fake.tabs.sendMessage).not.toHaveBeenCalled()
    expect(state.kind).toBe('supported')
    expect(state.tabId).toBe(3)
    expect(state.lang).toBe('pt-BR')
    expect(state.notes['read-receipt']?.category).toBe('read-receipt')
    expect(state.consoles.find((c) => c.id === 'wati')?.granted).toBe(true)
    expect(state.consoles.find((c) => c.id === 'twilio-console')?.granted).toBe(false)
    expect(state.settingsProblems).toEqual([])
  })

  it('uses the active tab without ?tab= and falls back to elsewhere', async () => {
    const state = await loadPopupState('')
    expect(fake.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true })
    expect(state.kind).toBe('elsewhere')
    expect(state.tabId).toBe(77)
  })

  it('reports repaired settings', async () => {
    stored(3, makeSummary())
    fake.storage.sync.get.mockResolvedValue({ settings: { version: 1, markerStyle: 'glitter' } })
    const state = await loadPopupState('?tab=3')
    expect(state.settingsProblems.length).toBeGreaterThan(0)
    expect(state.settings.markerStyle).toBe('dot')
    expect(fake.storage.sync.set).toHaveBeenCalled()
  })
})

describe('withSummary', () => {
  it('switches between supported and elsewhere, keeping settings and consoles', async () => {
    const elsewhere = await loadPopupState('?tab=3')
    const supported = withSummary(elsewhere, makeSummary())
    expect(supported.kind).toBe('supported')
    expect(supported.consoles).toBe(elsewhere.consoles)
    expect(withSummary(supported, null).kind).toBe('elsewhere')
  })
})
