import { describe, expect, it } from 'vitest'
import {
  CONSOLE_SCRIPT_PREFIX,
  PROVIDER_CONSOLES,
  allConsoleOrigins,
  consoleForPermissionOrigin,
  consolesFromGranted,
  patternCovers,
  planRegistrationSync,
} from '../../../src/sites/business'
import { businessSites } from '../../../src/sites/business'

const ids = (list: { id: string }[]) => list.map((c) => c.id)

describe('PROVIDER_CONSOLES', () => {
  it('has unique ids and script ids, https match patterns, and a site for each', () => {
    expect(ids([...PROVIDER_CONSOLES])).toEqual(['twilio-console', '360dialog-hub', 'wati'])
    expect(new Set(PROVIDER_CONSOLES.map((c) => c.scriptId)).size).toBe(PROVIDER_CONSOLES.length)
    for (const c of PROVIDER_CONSOLES) {
      expect(c.scriptId.startsWith(CONSOLE_SCRIPT_PREFIX)).toBe(true)
      for (const o of c.origins) expect(o).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/)
      const site = businessSites.find((s) => s.id === c.id)!
      expect(site.matchesLocation({ hostname: c.hostname, pathname: '/' })).toBe(true)
    }
    expect(allConsoleOrigins()).toEqual(['https://console.twilio.com/*', 'https://hub.360dialog.com/*', 'https://app.wati.io/*'])
  })
})

describe('consoleForPermissionOrigin', () => {
  it('finds a console by its pattern or bare origin, case-insensitively', () => {
    expect(consoleForPermissionOrigin('https://console.twilio.com/*')?.id).toBe('twilio-console')
    expect(consoleForPermissionOrigin('https://console.twilio.com')?.id).toBe('twilio-console')
    expect(consoleForPermissionOrigin('https://console.twilio.com/')?.id).toBe('twilio-console')
    expect(consoleForPermissionOrigin('HTTPS://Hub.360dialog.com/*')?.id).toBe('360dialog-hub')
    expect(consoleForPermissionOrigin('https://app.wati.io/*')?.id).toBe('wati')
  })

  it('returns undefined for other origins, http, wildcards and junk', () => {
    for (const o of ['https://twilio.com/*', 'http://console.twilio.com/*', 'https://*.twilio.com/*', '<all_urls>', '*://*/*', 'https://app.wati.io/path/*', '', 'nonsense'])
      expect(consoleForPermissionOrigin(o), o).toBeUndefined()
    expect(consoleForPermissionOrigin(undefined as unknown as string)).toBeUndefined()
  })
})

describe('consolesFromGranted', () => {
  it('lists consoles whose origins are granted, in registry order', () => {
    expect(ids(consolesFromGranted(['https://app.wati.io/*', 'https://web.whatsapp.com/*', 'https://console.twilio.com/*']))).toEqual(['twilio-console', 'wati'])
    expect(consolesFromGranted([])).toEqual([])
  })

  it('honours broad grants (a wildcard host or <all_urls> covers a console)', () => {
    expect(ids(consolesFromGranted(['https://*.twilio.com/*']))).toEqual(['twilio-console'])
    expect(ids(consolesFromGranted(['<all_urls>']))).toEqual(['twilio-console', '360dialog-hub', 'wati'])
    expect(ids(consolesFromGranted(['*://*/*']))).toEqual(['twilio-console', '360dialog-hub', 'wati'])
  })

  it('a narrower path or other scheme does not cover a console', () => {
    expect(consolesFromGranted(['https://console.twilio.com/us1/*', 'http://app.wati.io/*'])).toEqual([])
    expect(patternCovers('https://console.twilio.com/us1/*', 'https://console.twilio.com/*')).toBe(false)
    expect(patternCovers('https://*.wati.io/*', 'https://app.wati.io/*')).toBe(true)
    expect(patternCovers('https://*.wati.io/*', 'https://app.wati.io.evil.example/*')).toBe(false)
    expect(patternCovers('https://*.wati.io/*', 'https://notwati.io/*')).toBe(false)
    expect(patternCovers('https://*.wati.io/*', 'https://wati.io/*')).toBe(true)
  })

  it('ignores non-string entries', () => {
    expect(ids(consolesFromGranted([42 as unknown as string, 'https://app.wati.io/*']))).toEqual(['wati'])
  })
})

describe('planRegistrationSync', () => {
  const twilio = PROVIDER_CONSOLES[0]
  const wati = PROVIDER_CONSOLES[2]
  const SCRIPT = 'content/dashboards.js'
  const ours = (...ids: string[]) => ids.map((id) => ({ id, js: [SCRIPT] }))

  it('registers newly granted consoles', () => {
    const plan = planRegistrationSync(['https://console.twilio.com/*', 'https://app.wati.io/*'], [], SCRIPT)
    expect(ids(plan.register)).toEqual(['twilio-console', 'wati'])
    expect(plan.unregister).toEqual([])
  })

  it('unregisters consoles whose permission was removed, and nothing already in sync', () => {
    const plan = planRegistrationSync(['https://app.wati.io/*'], ours(twilio.scriptId, wati.scriptId), SCRIPT)
    expect(plan.register).toEqual([])
    expect(plan.unregister).toEqual([twilio.scriptId])
  })

  it('is empty when registrations already equal the grants', () => {
    expect(planRegistrationSync(['https://console.twilio.com/*'], ours(twilio.scriptId), SCRIPT)).toEqual({ register: [], unregister: [] })
  })

  it('replaces a registration an older build left pointing at another file', () => {
    const plan = planRegistrationSync(['https://console.twilio.com/*'], [{ id: twilio.scriptId, js: ['content/content-script.js'] }], SCRIPT)
    expect(plan.unregister).toEqual([twilio.scriptId])
    expect(ids(plan.register)).toEqual(['twilio-console'])
  })

  it('leaves script ids of others alone, removes our stale unknown ids, ignores duplicates and junk', () => {
    const registered = [
      { id: 'whatsapp-web-main', js: ['other.js'] },
      ...ours(`${CONSOLE_SCRIPT_PREFIX}retired`, twilio.scriptId, twilio.scriptId),
      null,
      { id: 7 },
    ] as unknown as { id: string }[]
    const plan = planRegistrationSync([], registered, SCRIPT)
    expect(plan.unregister.sort()).toEqual([`${CONSOLE_SCRIPT_PREFIX}retired`, twilio.scriptId].sort())
  })

  it('applying the plan converges (planning again is empty)', () => {
    const granted = ['https://hub.360dialog.com/*', 'https://app.wati.io']
    let registered = [{ id: twilio.scriptId, js: [SCRIPT] }, { id: wati.scriptId, js: ['content/content-script.js'] }]
    const plan = planRegistrationSync(granted, registered, SCRIPT)
    registered = registered
      .filter((r) => !plan.unregister.includes(r.id))
      .concat(plan.register.map((c) => ({ id: c.scriptId, js: [SCRIPT] })))
    expect(planRegistrationSync(granted, registered, SCRIPT)).toEqual({ register: [], unregister: [] })
    expect(registered.map((r) => r.id).sort()).toEqual([PROVIDER_CONSOLES[1].scriptId, wati.scriptId].sort())
  })
})
