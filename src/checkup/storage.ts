import browser from 'webextension-polyfill'
import { MY_SETTINGS_VERSION, parseMySettings, withReadings, type MySettings, type ParsedMySettings, type Reading, type StoredMySettings } from './values'

// Your privacy settings live in storage.local only: never sync, never any network.

export const MY_SETTINGS_KEY = 'mySettings'

function stored(settings: MySettings): StoredMySettings {
  return { version: MY_SETTINGS_VERSION, settings }
}

/** Loads the stored values; corrupt entries are dropped (and the cleaned value written back). */
export async function loadMySettings(now = Date.now()): Promise<ParsedMySettings> {
  const raw = await browser.storage.local.get(MY_SETTINGS_KEY)
  const parsed = parseMySettings(raw[MY_SETTINGS_KEY], now)
  if (parsed.problems.length) {
    console.warn(`[Metadata Lens] stored privacy settings repaired: ${parsed.problems.join('; ')}`)
    await browser.storage.local.set({ [MY_SETTINGS_KEY]: stored(parsed.settings) }).catch(() => {})
  }
  return parsed
}

let queue: Promise<unknown> = Promise.resolve()

/** Applies readings (a value read again replaces the old one). Writes are queued so none is lost. */
export function recordReadings(readings: readonly Reading[], now = Date.now()): Promise<void> {
  const run = queue.then(async () => {
    const { settings } = await loadMySettings(now)
    await browser.storage.local.set({ [MY_SETTINGS_KEY]: stored(withReadings(settings, readings, now)) })
  })
  queue = run.catch(() => {})
  return run
}

/** "Forget my settings". */
export function forgetMySettings(): Promise<void> {
  const run = queue.then(() => browser.storage.local.remove(MY_SETTINGS_KEY))
  queue = run.catch(() => {})
  return run
}

/** Calls `onChange` whenever the stored values change in any context. Returns an unsubscribe. */
export function watchMySettings(onChange: (parsed: ParsedMySettings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(MY_SETTINGS_KEY in changes)) return
    onChange(parseMySettings(changes[MY_SETTINGS_KEY]!.newValue, Date.now()))
  }
  browser.storage.onChanged.addListener(listener)
  return () => browser.storage.onChanged.removeListener(listener)
}
