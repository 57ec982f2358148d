// Provider consoles the user may grant access to (optional host permissions), and pure helpers
// the background uses to keep scripting.registerContentScripts equal to the granted origins.
import type { SiteId } from '../../shared/page'

export type ConsoleSiteId = Extract<SiteId, 'twilio-console' | '360dialog-hub' | 'wati'>

export interface ProviderConsole {
  id: ConsoleSiteId
  /** Display name (a brand: not translated). */
  name: string
  /** Match patterns, also the optional host permissions to request. */
  origins: readonly string[]
  /** Id for scripting.registerContentScripts; always starts with CONSOLE_SCRIPT_PREFIX. */
  scriptId: string
  /** Hostname the content script matches on. */
  hostname: string
}

export const CONSOLE_SCRIPT_PREFIX = 'metadata-lens-console-'

export const PROVIDER_CONSOLES: readonly ProviderConsole[] = [
  {
    id: 'twilio-console',
    name: 'Twilio Console',
    origins: ['https://console.twilio.com/*'],
    scriptId: `${CONSOLE_SCRIPT_PREFIX}twilio`,
    hostname: 'console.twilio.com',
  },
  {
    id: '360dialog-hub',
    name: '360dialog Hub',
    origins: ['https://hub.360dialog.com/*'],
    scriptId: `${CONSOLE_SCRIPT_PREFIX}360dialog`,
    hostname: 'hub.360dialog.com',
  },
  {
    id: 'wati',
    name: 'WATI',
    origins: ['https://app.wati.io/*'],
    scriptId: `${CONSOLE_SCRIPT_PREFIX}wati`,
    hostname: 'app.wati.io',
  },
]

interface Pattern {
  scheme: string
  host: string
  path: string
}

function parsePattern(value: string): Pattern | null {
  if (typeof value !== 'string') return null
  const v = value.trim()
  if (v === '<all_urls>') return { scheme: '*', host: '*', path: '/*' }
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)?$/i.exec(v)
  if (!m) return null
  const host = m[2].toLowerCase().replace(/\.$/, '')
  // A bare origin ("https://console.twilio.com" or with "/") stands for the whole origin.
  const path = !m[3] || m[3] === '/' ? '/*' : m[3]
  return { scheme: m[1].toLowerCase(), host, path }
}

function hostCovers(granted: string, host: string): boolean {
  if (granted === '*') return true
  if (granted.startsWith('*.')) {
    const base = granted.slice(2)
    return host === base || host.endsWith('.' + base)
  }
  return granted === host
}

function pathCovers(granted: string, path: string): boolean {
  if (granted === '/*') return true
  if (granted.endsWith('*')) return path.startsWith(granted.slice(0, -1))
  return granted === path
}

/** True when the granted pattern allows everything `required` asks for. */
export function patternCovers(granted: string, required: string): boolean {
  const g = parsePattern(granted)
  const r = parsePattern(required)
  if (!g || !r) return false
  const schemeOk = g.scheme === r.scheme || (g.scheme === '*' && (r.scheme === 'http' || r.scheme === 'https'))
  return schemeOk && hostCovers(g.host, r.host) && pathCovers(g.path, r.path)
}

/**
 * The console a single permission origin stands for (as in permissions.onAdded/onRemoved),
 * compared exactly after normalizing case and a bare origin. Broad patterns name no one console.
 */
export function consoleForPermissionOrigin(origin: string): ProviderConsole | undefined {
  const o = parsePattern(origin)
  if (!o || o.host.includes('*')) return undefined
  return PROVIDER_CONSOLES.find((c) =>
    c.origins.some((pattern) => {
      const p = parsePattern(pattern)
      return !!p && p.scheme === o.scheme && p.host === o.host && p.path === o.path
    }),
  )
}

/** Consoles all of whose origins are covered by the granted origins (permissions.getAll().origins). */
export function consolesFromGranted(origins: readonly string[]): ProviderConsole[] {
  const list = Array.isArray(origins) ? origins.filter((o) => typeof o === 'string') : []
  return PROVIDER_CONSOLES.filter((c) => c.origins.every((req) => list.some((g) => patternCovers(g, req))))
}

export interface RegistrationPlan {
  /** Consoles to register (scriptId and origins as `matches`). */
  register: ProviderConsole[]
  /** Script ids to unregister: ours (by prefix) whose console is no longer granted or unknown, or that run another file. */
  unregister: string[]
}

/** A registered content script as scripting.getRegisteredContentScripts reports it. */
export interface RegisteredScript {
  id: string
  js?: readonly string[]
}

/**
 * What to change so registered console scripts equal the granted consoles, each running `script`.
 * Registrations outlive updates, so one of ours that runs another file (an older build's path) is
 * replaced. Ids not starting with CONSOLE_SCRIPT_PREFIX belong to something else and are left alone.
 */
export function planRegistrationSync(granted: readonly string[], registered: readonly RegisteredScript[], script: string): RegistrationPlan {
  const wanted = consolesFromGranted(granted)
  const wantedIds = new Set(wanted.map((c) => c.scriptId))
  const current = new Set<string>()
  const stale = new Set<string>()
  for (const entry of Array.isArray(registered) ? registered : []) {
    if (typeof entry?.id !== 'string' || !entry.id.startsWith(CONSOLE_SCRIPT_PREFIX)) continue
    const runsScript = Array.isArray(entry.js) && entry.js.length === 1 && entry.js[0] === script
    if (wantedIds.has(entry.id) && runsScript) current.add(entry.id)
    else stale.add(entry.id)
  }
  return {
    register: wanted.filter((c) => !current.has(c.scriptId)),
    unregister: [...stale],
  }
}

/** All console origins (optional_host_permissions in the manifest). */
export function allConsoleOrigins(): string[] {
  return PROVIDER_CONSOLES.flatMap((c) => [...c.origins])
}
