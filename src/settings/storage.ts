import browser from 'webextension-polyfill'
import { parseSettings, SETTINGS_KEY, type ParsedSettings, type Settings } from './schema'

/** Loads settings from storage.sync; corrupt values are replaced by defaults and rewritten. */
export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsChecked()).settings
}

/** Like loadSettings, and also says what was repaired (the popup tells the user). */
export async function loadSettingsChecked(): Promise<ParsedSettings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY)
  const parsed = parseSettings(stored[SETTINGS_KEY])
  if (parsed.problems.length) {
    console.warn(`[Metadata Lens] settings repaired: ${parsed.problems.join('; ')}`)
    await browser.storage.sync.set({ [SETTINGS_KEY]: parsed.settings }).catch(() => {})
  }
  return parsed
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: parseSettings(settings).settings })
}

/** Calls `onChange` with parsed settings whenever they change in any context. Returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return
    onChange(parseSettings(changes[SETTINGS_KEY].newValue).settings)
  }
  browser.storage.onChanged.addListener(listener)
  return () => browser.storage.onChanged.removeListener(listener)
}
