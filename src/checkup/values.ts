// The person's own WhatsApp privacy settings, as Settings › Privacy showed them: ids, values and
// validation. A public contract: the popup renders each as [data-my-setting="<id>"] with
// data-value="<value>", and tests rely on both. Never rename one.

export const MY_SETTING_IDS = [
  'last-seen',
  'online',
  'profile-photo',
  'about',
  'status',
  'read-receipts',
  'groups',
  'default-timer',
  'live-location',
  'silence-unknown-callers',
  'protect-ip-in-calls',
  'block-unknown-messages',
  'blocked-contacts',
] as const

export type MySettingId = (typeof MY_SETTING_IDS)[number]

export type AudienceValue = 'everyone' | 'contacts' | 'contacts-except' | 'only-share-with' | 'nobody' | 'same-as-last-seen'
export type SwitchValue = 'on' | 'off'
export type TimerValue = '24h' | '7d' | '90d' | 'off'
/** A count read from the page (blocked contacts, chats sharing live location), as decimal digits. */
export type CountValue = `${number}`
export type MySettingValue = AudienceValue | SwitchValue | TimerValue | CountValue | 'unknown'

/** Largest count kept: a larger number on the page is not a count we understand. */
export const MAX_COUNT = 99_999

const SWITCH = ['on', 'off'] as const
const WHO = ['everyone', 'contacts', 'contacts-except', 'nobody'] as const

/** Values each setting can take besides `unknown` ('count': a whole number up to MAX_COUNT). */
export const ALLOWED_VALUES: Readonly<Record<MySettingId, readonly string[] | 'count'>> = {
  // LS-2: last seen has four choices; online is Everyone or Same as last seen.
  'last-seen': WHO,
  online: ['everyone', 'same-as-last-seen'],
  // PR-1
  'profile-photo': WHO,
  about: WHO,
  // ST-2
  status: ['contacts', 'contacts-except', 'only-share-with'],
  // RR-7
  'read-receipts': SWITCH,
  // GR-2 (the first Indian version offered Nobody)
  groups: ['everyone', 'contacts', 'contacts-except', 'nobody'],
  // DM-1
  'default-timer': ['24h', '7d', '90d', 'off'],
  'live-location': 'count',
  // CA-1, CA-2, RES-1
  'silence-unknown-callers': SWITCH,
  'protect-ip-in-calls': SWITCH,
  'block-unknown-messages': SWITCH,
  'blocked-contacts': 'count',
}

const ID_SET: ReadonlySet<string> = new Set(MY_SETTING_IDS)

export function isMySettingId(v: unknown): v is MySettingId {
  return typeof v === 'string' && ID_SET.has(v)
}

/** Whether `value` is one `id` can take (`unknown` always can). */
export function isValueFor(id: MySettingId, value: unknown): value is MySettingValue {
  if (typeof value !== 'string') return false
  if (value === 'unknown') return true
  const allowed = ALLOWED_VALUES[id]
  if (allowed === 'count') return /^(0|[1-9][0-9]{0,4})$/.test(value) && Number(value) <= MAX_COUNT
  return allowed.includes(value)
}

/** One value read from the page, before it is stored. */
export interface Reading {
  id: MySettingId
  value: MySettingValue
}

export function isReading(v: unknown): v is Reading {
  if (typeof v !== 'object' || v === null) return false
  const r = v as Record<string, unknown>
  return isMySettingId(r.id) && isValueFor(r.id, r.value) && Object.keys(r).length === 2
}

/** What is kept per setting: the value and when it was read (ms since the epoch). */
export interface StoredSetting {
  value: MySettingValue
  readAt: number
}

/** A setting never seen is absent. */
export type MySettings = Partial<Record<MySettingId, StoredSetting>>

export const MY_SETTINGS_VERSION = 1

/** The stored shape in storage.local. */
export interface StoredMySettings {
  version: typeof MY_SETTINGS_VERSION
  settings: MySettings
}

export interface ParsedMySettings {
  settings: MySettings
  /** What was dropped, in plain words; non-empty means the stored value should be rewritten. */
  problems: string[]
}

/** How far in the future a read time may lie (clock changes) before it counts as corrupt. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000

/**
 * Reads whatever storage holds into valid settings, entry by entry: a corrupt or unknown entry is
 * dropped (and named in `problems`), the rest is kept.
 */
export function parseMySettings(raw: unknown, now: number): ParsedMySettings {
  const settings: MySettings = {}
  const problems: string[] = []
  if (raw === undefined) return { settings, problems }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings, problems: ['stored privacy settings were not an object; cleared'] }
  }
  const r = raw as Record<string, unknown>
  if (r.version !== MY_SETTINGS_VERSION) problems.push(`unknown version ${String(r.version).slice(0, 20)}; read what could be read`)
  const entries = r.settings
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
    problems.push('no list of settings; cleared')
    return { settings, problems }
  }
  for (const [id, entry] of Object.entries(entries as Record<string, unknown>)) {
    if (!isMySettingId(id)) {
      problems.push('an unknown setting was dropped')
      continue
    }
    const e = entry as Record<string, unknown> | null
    const ok =
      typeof e === 'object' &&
      e !== null &&
      isValueFor(id, e.value) &&
      typeof e.readAt === 'number' &&
      Number.isFinite(e.readAt) &&
      e.readAt > 0 &&
      e.readAt <= now + FUTURE_SLACK_MS
    if (!ok) {
      problems.push(`the stored value of ${id} was corrupt and was dropped`)
      continue
    }
    settings[id] = { value: e.value as MySettingValue, readAt: e.readAt as number }
  }
  return { settings, problems }
}

/** Settings with these readings applied: a value read again replaces the old one. */
export function withReadings(current: MySettings, readings: readonly Reading[], now: number): MySettings {
  const next: MySettings = { ...current }
  for (const { id, value } of readings) next[id] = { value, readAt: now }
  return next
}

/** Values older than this may be out of date; the popup says so. */
export const STALE_AFTER_MS = 30 * 24 * 60 * 60 * 1000

/** The newest read time among the settings, or null when none was read. */
export function lastRead(settings: MySettings): number | null {
  let newest: number | null = null
  for (const s of Object.values(settings)) if (s && (newest === null || s.readAt > newest)) newest = s.readAt
  return newest
}

/** The oldest read time: the section is stale when any value is older than STALE_AFTER_MS. */
export function oldestRead(settings: MySettings): number | null {
  let oldest: number | null = null
  for (const s of Object.values(settings)) if (s && (oldest === null || s.readAt < oldest)) oldest = s.readAt
  return oldest
}

export function isStale(settings: MySettings, now: number): boolean {
  const oldest = oldestRead(settings)
  return oldest !== null && now - oldest > STALE_AFTER_MS
}

/** Whole days between a read time and now (0 for today; never negative). */
export function daysSince(readAt: number, now: number): number {
  return Math.max(0, Math.floor((now - readAt) / (24 * 60 * 60 * 1000)))
}

/** The stored value of a setting, or `unknown` when it was never read or could not be recognised. */
export function valueOf(settings: MySettings | undefined, id: MySettingId): MySettingValue {
  return settings?.[id]?.value ?? 'unknown'
}
