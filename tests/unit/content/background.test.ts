import { beforeEach, describe, expect, test, vi } from 'vitest'

// The background with a fake `browser`: it answers only this extension, keeps per-tab state,
// sets the badge, flips annotations on the shortcut, and keeps console scripts equal to grants.

type Listener = (...args: any[]) => any
const listeners: Record<string, Listener[]> = {}
const on = (name: string) => ({ addListener: (fn: Listener) => (listeners[name] ??= []).push(fn) })
const fake = vi.hoisted(() => ({ state: {} as Record<string, any> }))

vi.mock('webextension-polyfill', () => {
  const state = fake.state
  Object.assign(state, { created: [] as string[], badge: {} as Record<number, string>, sync: {} as Record<string, unknown>, session: {}, granted: [] as string[], registered: [] as any[], executed: [] as any[], hosts: {} as Record<number, string> })
  const browser = {
    runtime: {
      id: 'own-id',
      onMessage: on('message'),
      onInstalled: on('installed'),
      sendMessage: vi.fn(),
      getURL: (path: string) => `ext://own-id/${path}`,
    },
    tabs: {
      onRemoved: on('tabRemoved'),
      onUpdated: on('tabUpdated'),
      create: async ({ url }: { url: string }) => void state.created.push(url),
    },
    commands: { onCommand: on('command') },
    permissions: {
      onAdded: on('permAdded'),
      onRemoved: on('permRemoved'),
      getAll: async () => ({ origins: state.granted }),
    },
    scripting: {
      getRegisteredContentScripts: async () => state.registered,
      registerContentScripts: async (scripts: any[]) => void state.registered.push(...scripts),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        state.registered = state.registered.filter((s: any) => !ids.includes(s.id))
      },
      // A `func` injection answers with the tab's host name (state.hosts, per tab).
      executeScript: async (details: any) => {
        if (details.func) return [{ frameId: 0, result: state.hosts[details.target.tabId] ?? 'example.com' }]
        state.executed.push(details)
        return [{ frameId: 0, result: undefined }]
      },
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void (state.badge[tabId] = text),
      setBadgeBackgroundColor: async () => {},
    },
    storage: {
      sync: { get: async (k: string) => ({ [k]: state.sync[k] }), set: async (v: any) => void Object.assign(state.sync, v) },
      session: {
        get: async (k: string) => (k in state.session ? { [k]: state.session[k] } : {}),
        set: async (v: any) => void Object.assign(state.session, v),
        remove: async (k: string) => void delete state.session[k],
      },
      onChanged: on('storageChanged'),
    },
  }
  return { default: browser }
})

const summary = (total: number) => ({
  facts: { site: 'whatsapp-web', view: 'one-to-one-chat', businessChat: false, drawer: 'none' },
  counts: { 'read-receipt': total },
  total,
  ready: true,
  annotationsOn: true,
  health: [],
})
const send = (msg: unknown, sender: object) => listeners.message[0](msg, sender)
const fromTab = (tabId: number) => ({ id: 'own-id', tab: { id: tabId }, frameId: 0 })

beforeEach(async () => {
  vi.stubGlobal('__DASHBOARDS_SCRIPT__', 'content/dashboards.js')
  vi.stubGlobal('__ANNOTATE_ONCE_SCRIPT__', 'content/annotate-once.js')
  vi.stubGlobal('__WHATSAPP_WEB_SCRIPT__', 'content/whatsapp-web.js')
  vi.stubGlobal('__PRIVACY_READER_SCRIPT__', 'content/privacy-reader.js')
  vi.stubGlobal('__NOTE_SCRIPT__', 'content/note.js')
  vi.stubGlobal('__VIEW_DETECTORS_SCRIPT__', 'content/view-detectors.js')
  await import('../../../src/background/main')
})

describe('background', () => {
  test('a page summary from our content script sets the tab badge and is stored for the popup, per tab', async () => {
    await send({ type: 'page-summary', summary: summary(7) }, fromTab(3))
    expect(fake.state.badge[3]).toBe('7')
    expect(fake.state.session['tab-summary:3']).toEqual(summary(7))
    await send({ type: 'page-summary', summary: summary(0) }, fromTab(3))
    expect(fake.state.badge[3]).toBe('')
    expect(fake.state.session['tab-summary:3'].total).toBe(0)
    // A new document in the tab, or the tab closed: its summary goes.
    listeners.tabUpdated[0](3, { status: 'loading' })
    await vi.waitFor(() => expect(fake.state.session['tab-summary:3']).toBeUndefined())
  })

  test('the popup can no longer ask for a summary by message (summaries flow one way)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(send({ type: 'get-tab-summary', tabId: 3 }, { id: 'own-id' })).toBeUndefined()
    warn.mockRestore()
  })

  test('messages from elsewhere or of the wrong shape are ignored, logged once, never thrown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(send({ type: 'page-summary', summary: summary(5) }, { id: 'other-extension', tab: { id: 4 }, frameId: 0 })).toBeUndefined()
    expect(send({ type: 'page-summary', summary: { total: 'lots' } }, fromTab(4))).toBeUndefined()
    expect(send({ type: 'page-summary', summary: { total: 'lots' } }, fromTab(4))).toBeUndefined()
    expect(send('<script>', fromTab(4))).toBeUndefined()
    expect(fake.state.badge[4]).toBeUndefined()
    expect(warn).toHaveBeenCalledTimes(2) // once per kind
    warn.mockRestore()
  })

  test('the shortcut turns annotations off and on through the settings', async () => {
    await listeners.command[0]('toggle-annotations')
    expect((fake.state.sync.settings as { enabled: boolean }).enabled).toBe(false)
    await listeners.command[0]('toggle-annotations')
    expect((fake.state.sync.settings as { enabled: boolean }).enabled).toBe(true)
  })

  test('console scripts follow the granted permissions', async () => {
    fake.state.granted = ['https://console.twilio.com/*']
    listeners.permAdded[0]()
    await vi.waitFor(() => expect(fake.state.registered.map((s: any) => s.id)).toEqual(['metadata-lens-console-twilio']))
    expect(fake.state.registered[0].js).toEqual(['content/dashboards.js'])
    fake.state.granted = []
    listeners.permRemoved[0]()
    await vi.waitFor(() => expect(fake.state.registered).toEqual([]))
  })

  test('"Annotate this page" injects the one-shot script into that tab; on WhatsApp Web, that site\'s own script', async () => {
    fake.state.executed.length = 0
    fake.state.hosts[11] = 'web.whatsapp.com'
    expect(await send({ type: 'annotate-page', tabId: 9 }, { id: 'own-id' })).toEqual({ ok: true })
    expect(await send({ type: 'annotate-page', tabId: 11 }, { id: 'own-id' })).toEqual({ ok: true })
    expect(fake.state.executed).toEqual([
      { target: { tabId: 9 }, files: ['content/annotate-once.js'] },
      { target: { tabId: 11 }, files: ['content/whatsapp-web.js'] },
    ])
  })

  test('a content script gets the tooltip texts of the categories it asks for, in the language it asks for', async () => {
    const { noteFor } = await import('../../../src/notes')
    const reply = await send({ type: 'tooltip-texts', lang: 'de', categories: ['read-receipt', 'business-analytics'] }, fromTab(3))
    expect(Object.keys(reply.texts).sort()).toEqual(['business-analytics', 'read-receipt'])
    expect(reply.texts['read-receipt'].title).toBe(noteFor('read-receipt', 'de').title)
    expect(reply.texts['read-receipt'].summary).toBe(noteFor('read-receipt', 'de').summary)
    expect(reply.texts['business-analytics'].control).toBe(noteFor('business-analytics', 'de').controlHint)
    // Each text brings the words that open its sections (content scripts do not carry them).
    const { overlayLabelsFor } = await import('../../../src/notes/tooltips-whatsapp-web')
    const { whoCanSee, sharedWith, kept, control, sources, fullNote, markerLabel } = overlayLabelsFor('de')
    expect(reply.texts['read-receipt'].labels).toEqual({ whoCanSee, sharedWith, kept, control, sources })
    // With them, the words of a marker's name and of the note's link, in that language only.
    expect(reply.labels).toEqual({ fullNote, markerLabel })
    expect(markerLabel).toContain('$TITLE$')
    expect(fullNote).not.toBe(overlayLabelsFor('en').fullNote)
    // The content script checks the answer with the same schema it would use in a page.
    const { isTooltipTextsReply } = await import('../../../src/messaging/messages')
    expect(isTooltipTextsReply(reply)).toBe(true)
    // A language or category the extension does not know is no request at all.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(send({ type: 'tooltip-texts', lang: 'fr', categories: ['read-receipt'] }, fromTab(3))).toBeUndefined()
    expect(send({ type: 'tooltip-texts', lang: 'en', categories: ['<b>'] }, fromTab(3))).toBeUndefined()
    warn.mockRestore()
  })

  test('"Read the full note" opens the library at that category; anything else opens nothing', async () => {
    fake.state.created.length = 0
    expect(await send({ type: 'open-library', category: 'last-seen' }, fromTab(3))).toEqual({ ok: true })
    expect(fake.state.created).toEqual(['ext://own-id/src/library/index.html#last-seen'])
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(send({ type: 'open-library', category: '../popup/index.html' }, fromTab(3))).toBeUndefined()
    expect(send({ type: 'open-library', category: 'last-seen' }, { id: 'other-extension', tab: { id: 3 }, frameId: 0 })).toBeUndefined()
    warn.mockRestore()
    expect(fake.state.created).toHaveLength(1)
  })

  // WhatsApp Web's on-demand scripts: the privacy reader, the note, the drawers' and Status screen's detectors.
  test.each([
    ['load-privacy-reader', 'content/privacy-reader.js'],
    ['load-note', 'content/note.js'],
    ['load-view-detectors', 'content/view-detectors.js'],
  ] as const)('%s: %s is loaded into the top frame of a WhatsApp Web tab that asks, and nowhere else', async (type, file) => {
    fake.state.executed.length = 0
    const wa = { ...fromTab(5), url: 'https://web.whatsapp.com/' }
    expect(await send({ type }, wa)).toEqual({ ok: true })
    expect(fake.state.executed).toEqual([{ target: { tabId: 5, frameIds: [0] }, files: [file] }])
    expect(await send({ type }, { ...wa, frameId: 2 })).toEqual({ ok: false })
    expect(await send({ type }, { ...fromTab(6), url: 'https://business.facebook.com/' })).toEqual({ ok: false })
    expect(await send({ type }, { id: 'own-id', url: 'https://web.whatsapp.com/' })).toEqual({ ok: false })
    expect(fake.state.executed).toHaveLength(1)
  })

  test('settings a content script found damaged are repaired, rewritten and answered', async () => {
    fake.state.sync.settings = { version: 1, enabled: 'yes', markerStyle: 'outline' }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const reply = await send({ type: 'repair-settings' }, fromTab(4))
    warn.mockRestore()
    expect(reply).toMatchObject({ enabled: true, markerStyle: 'outline' })
    expect(fake.state.sync.settings).toEqual(reply)
  })

  test('a fresh install opens the welcome page; an update opens nothing', async () => {
    fake.state.created.length = 0
    listeners.installed[0]({ reason: 'update', previousVersion: '0.0.9' })
    listeners.installed[0]({ reason: 'install' })
    await vi.waitFor(() => expect(fake.state.created).toHaveLength(1))
    expect(fake.state.created[0]).toMatch(/^ext:\/\/own-id\/.*welcome/)
  })
})
