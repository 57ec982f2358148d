import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema'

// storage.sync and storage.local stand in as plain maps.
const fake = vi.hoisted(() => {
  const areas = { sync: new Map<string, unknown>(), local: new Map<string, unknown>() }
  const area = (m: Map<string, unknown>) => ({
    get: vi.fn(async (key: string) => (m.has(key) ? { [key]: m.get(key) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) m.set(k, structuredClone(v))
    }),
    remove: vi.fn(async (key: string) => void m.delete(key)),
  })
  return { areas, storage: { sync: area(areas.sync), local: area(areas.local), onChanged: { addListener: vi.fn(), removeListener: vi.fn() } } }
})
vi.mock('webextension-polyfill', () => ({ default: { storage: fake.storage } }))

const storage = await import('../../../src/settings/storage')

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, disabledSites: [], disabledCategories: [], ...over })

beforeEach(() => {
  fake.areas.sync.clear()
  fake.areas.local.clear()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('repaired-settings notice', () => {
  it('a repair by any reader (e.g. a content script) is kept until the popup clears it after showing it', async () => {
    fake.areas.sync.set('settings', { version: 1, enabled: 'yes', markerStyle: 'glitter' })
    await storage.loadSettings() // the background's repair for a content script, long before the popup opens
    expect(fake.areas.sync.get('settings')).toMatchObject({ enabled: true, markerStyle: 'dot' })
    // the second reader sees repaired settings, yet the notice is still there for the popup
    expect((await storage.loadSettingsChecked()).problems).toEqual([])
    const notice = await storage.pendingRepairNotice()
    expect(notice.length).toBe(2)
    expect(await storage.pendingRepairNotice()).toEqual(notice) // reading does not consume it
    await storage.clearRepairNotice()
    expect(await storage.pendingRepairNotice()).toEqual([])
  })

  it('no repair, no notice; a damaged notice reads as none', async () => {
    fake.areas.sync.set('settings', settings())
    await storage.loadSettings()
    expect(await storage.pendingRepairNotice()).toEqual([])
    fake.areas.local.set(storage.REPAIR_NOTICE_KEY, 'not a list')
    expect(await storage.pendingRepairNotice()).toEqual([])
  })
})

describe('a content script\'s settings', () => {
  it('takes stored settings the schema accepts, and defaults when none are stored, without asking the background', async () => {
    const repair = vi.fn(async () => settings())
    expect(await storage.loadPageSettings(repair)).toEqual(settings())
    fake.areas.sync.set('settings', settings({ markerStyle: 'outline', disabledCategories: ['last-seen'] }))
    expect(await storage.loadPageSettings(repair)).toMatchObject({ markerStyle: 'outline', disabledCategories: ['last-seen'] })
    expect(repair).not.toHaveBeenCalled()
  })

  it('a damaged value is repaired by the background; defaults if it cannot answer, or answers with something else', async () => {
    fake.areas.sync.set('settings', { version: 1, enabled: 'yes', markerStyle: 'outline' })
    const repaired = settings({ markerStyle: 'outline' })
    expect(await storage.loadPageSettings(async () => repaired)).toEqual(repaired)
    expect(await storage.loadPageSettings(async () => Promise.reject(new Error('restarting')))).toEqual(DEFAULT_SETTINGS)
    expect(await storage.loadPageSettings(async () => ({ enabled: 'yes' }))).toEqual(DEFAULT_SETTINGS)
    // The page itself rewrote nothing: that is the background's part.
    expect(fake.areas.sync.get('settings')).toEqual({ version: 1, enabled: 'yes', markerStyle: 'outline' })
  })

  it('a change the schema accepts is applied; another is repaired by the background and its answer applied', async () => {
    const applied: Settings[] = []
    const repaired = settings({ disabledCategories: ['last-seen'] })
    const repair = vi.fn(async () => repaired)
    storage.watchPageSettings((s) => applied.push(s), repair)
    const listener = fake.storage.onChanged.addListener.mock.calls.at(-1)![0] as (changes: object, area: string) => void
    listener({ settings: { newValue: settings({ enabled: false }) } }, 'sync')
    listener({ settings: { newValue: settings({ enabled: true }) } }, 'local')
    // A value without a key the schema requires (as an older writer may leave): not damaged enough
    // to be rewritten, yet not accepted as it is.
    const { categoryMarkerStyles: _left, ...partial } = repaired
    listener({ settings: { newValue: partial } }, 'sync')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(repair).toHaveBeenCalledTimes(1)
    expect(applied).toEqual([settings({ enabled: false }), repaired])
    // An answer that is not settings changes nothing; nor does a background that cannot answer.
    repair.mockImplementationOnce(async () => ({ enabled: 'yes' }) as never).mockImplementationOnce(() => Promise.reject(new Error('restarting')))
    listener({ settings: { newValue: partial } }, 'sync')
    listener({ settings: { newValue: partial } }, 'sync')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(applied).toHaveLength(2)
  })
})

describe('settings saver', () => {
  it('130 rapid changes become a handful of writes, the last value wins', async () => {
    vi.useFakeTimers()
    const write = vi.fn(async (_s: Settings) => {})
    const saver = storage.createSettingsSaver({ write, minGapMs: 1000, now: () => Date.now() })
    for (let i = 0; i < 130; i++) {
      saver.save(settings({ enabled: i % 2 === 0 }))
      await vi.advanceTimersByTimeAsync(20) // a click every 20 ms: 2.6 s in all
    }
    await vi.advanceTimersByTimeAsync(2000)
    // one write at once, then at most one per second: far under storage.sync's 120 a minute
    expect(write.mock.calls.length).toBeGreaterThanOrEqual(2)
    expect(write.mock.calls.length).toBeLessThanOrEqual(4)
    expect(write.mock.calls.at(-1)![0].enabled).toBe(false) // i = 129
  })

  it('a single change is written at once', async () => {
    const write = vi.fn(async (_s: Settings) => {})
    const saver = storage.createSettingsSaver({ write })
    saver.save(settings({ enabled: false }))
    expect(write).toHaveBeenCalledTimes(1)
  })

  it('reports a failed write with its error and the intended settings; a later success is reported too', async () => {
    const failures: Array<[string, Settings]> = []
    const saved: Settings[] = []
    let fail = true
    const saver = storage.createSettingsSaver({
      write: async () => {
        if (fail) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded')
      },
      minGapMs: 0,
      onFailed: (error, intended) => failures.push([error, intended]),
      onSaved: (s) => saved.push(s),
    })
    saver.save(settings({ markerStyle: 'outline' }))
    await saver.flush()
    expect(failures).toEqual([['QUOTA_BYTES_PER_ITEM quota exceeded', settings({ markerStyle: 'outline' })]])
    fail = false
    saver.save(failures[0][1])
    await saver.flush()
    expect(saved).toEqual([settings({ markerStyle: 'outline' })])
  })

  it('flush writes what is still waiting (the popup closes)', async () => {
    vi.useFakeTimers()
    const write = vi.fn(async (_s: Settings) => {})
    const saver = storage.createSettingsSaver({ write, minGapMs: 1000 })
    saver.save(settings({ enabled: false }))
    saver.save(settings({ enabled: true, markerStyle: 'outline' }))
    expect(write).toHaveBeenCalledTimes(1)
    await saver.flush()
    expect(write).toHaveBeenCalledTimes(2)
    expect(write.mock.calls[1][0].markerStyle).toBe('outline')
  })
})
