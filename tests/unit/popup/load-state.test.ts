import { beforeEach, describe, expect, it, vi } from 'vitest'
import { makeSummary } from './fixtures'

// The loader talks to the browser; a small fake stands in for webextension-polyfill.
const fake = vi.hoisted(() => ({
  tabs: { query: vi.fn(), sendMessage: vi.fn() },
  runtime: { sendMessage: vi.fn() },
  permissions: { contains: vi.fn() },
  storage: { sync: { get: vi.fn(), set: vi.fn() } },
  i18n: { getUILanguage: vi.fn(() => 'pt-BR') },
}))
vi.mock('webextension-polyfill', () => ({ default: fake }))

const { fetchSummary, loadPopupState, tabParam, withSummary } = await import('../../../src/popup/load-state')

beforeEach(() => {
  vi.clearAllMocks()
  fake.tabs.query.mockResolvedValue([{ id: 77 }])
  fake.permissions.contains.mockImplementation(async ({ origins }: { origins: string[] }) =>
    origins.some((o) => o.includes('wati')),
  )
  fake.storage.sync.get.mockResolvedValue({})
  fake.storage.sync.set.mockResolvedValue(undefined)
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
  it('asks the content script first', async () => {
    const summary = makeSummary()
    fake.tabs.sendMessage.mockResolvedValue(summary)
    expect(await fetchSummary(5)).toEqual(summary)
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(5, { type: 'get-summary' })
    expect(fake.runtime.sendMessage).not.toHaveBeenCalled()
  })

  it('falls back to the background when no content script answers', async () => {
    const summary = makeSummary()
    fake.tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection'))
    fake.runtime.sendMessage.mockResolvedValue({ summary })
    expect(await fetchSummary(5)).toEqual(summary)
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'get-tab-summary', tabId: 5 })
  })

  it('returns null when neither knows the tab, or a reply is malformed', async () => {
    fake.tabs.sendMessage.mockResolvedValue({ nonsense: true })
    fake.runtime.sendMessage.mockResolvedValue({ summary: null })
    expect(await fetchSummary(5)).toBeNull()
    fake.runtime.sendMessage.mockRejectedValue(new Error('no background'))
    expect(await fetchSummary(5)).toBeNull()
  })
})

describe('loadPopupState', () => {
  it('uses ?tab= over the active tab and builds a supported state', async () => {
    fake.tabs.sendMessage.mockResolvedValue(makeSummary())
    const state = await loadPopupState('?tab=3')
    expect(fake.tabs.query).not.toHaveBeenCalled()
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(3, { type: 'get-summary' })
    expect(state.kind).toBe('supported')
    expect(state.tabId).toBe(3)
    expect(state.lang).toBe('pt-BR')
    expect(state.notes['read-receipt']?.category).toBe('read-receipt')
    expect(state.consoles.find((c) => c.id === 'wati')?.granted).toBe(true)
    expect(state.consoles.find((c) => c.id === 'twilio-console')?.granted).toBe(false)
    expect(state.settingsProblems).toEqual([])
  })

  it('uses the active tab without ?tab= and falls back to elsewhere', async () => {
    fake.tabs.sendMessage.mockRejectedValue(new Error('none'))
    fake.runtime.sendMessage.mockResolvedValue({ summary: null })
    const state = await loadPopupState('')
    expect(fake.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true })
    expect(state.kind).toBe('elsewhere')
    expect(state.tabId).toBe(77)
  })

  it('reports repaired settings', async () => {
    fake.tabs.sendMessage.mockResolvedValue(makeSummary())
    fake.storage.sync.get.mockResolvedValue({ settings: { version: 1, markerStyle: 'glitter' } })
    const state = await loadPopupState('?tab=3')
    expect(state.settingsProblems.length).toBeGreaterThan(0)
    expect(state.settings.markerStyle).toBe('dot')
    expect(fake.storage.sync.set).toHaveBeenCalled()
  })
})

describe('withSummary', () => {
  it('switches between supported and elsewhere, keeping settings and consoles', async () => {
    fake.tabs.sendMessage.mockRejectedValue(new Error('none'))
    fake.runtime.sendMessage.mockResolvedValue({ summary: null })
    const elsewhere = await loadPopupState('?tab=3')
    const supported = withSummary(elsewhere, makeSummary())
    expect(supported.kind).toBe('supported')
    expect(supported.consoles).toBe(elsewhere.consoles)
    expect(withSummary(supported, null).kind).toBe('elsewhere')
  })
})
