import browser from 'webextension-polyfill'
import { acceptedSettings, DEFAULT_SETTINGS, isSettings, parseSettings, SETTINGS_KEY, type ParsedSettings, type Settings } from './schema'

/**
 * What the last repair of stored settings found, kept in storage.local until a popup has shown it.
 * Usually a content script is the first to find a damaged value (the background repairs it for it,
 * loadPageSettings), long before anyone opens the popup.
 */
export const REPAIR_NOTICE_KEY = 'settingsRepairNotice'

/** Loads settings from storage.sync; corrupt values are replaced by defaults and rewritten. */
export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsChecked()).settings
}

/**
 * A content script's settings: the stored ones when the schema accepts them. A damaged value is
 * repaired and rewritten by the background (`repair` asks it, and resolves with what it wrote), so
 * pages carry no repair code; defaults if the background cannot answer.
 */
export async function loadPageSettings(repair: () => Promise<unknown>): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY)
  const accepted = acceptedSettings(stored[SETTINGS_KEY])
  if (accepted) return accepted
  const repaired = await repair().catch(() => undefined)
  return isSettings(repaired) ? repaired : { ...DEFAULT_SETTINGS }
}

/**
 * watchSettings for a content script: a new value the schema does not accept is repaired by the
 * background (`repair`, as in loadPageSettings), and its answer applied; if the repair rewrote the
 * stored value, that comes here again as the next change.
 */
export function watchPageSettings(onChange: (settings: Settings) => void, repair: () => Promise<unknown>): void {
  browser.storage.onChanged.addListener((changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return
    const accepted = acceptedSettings(changes[SETTINGS_KEY].newValue)
    if (accepted) onChange(accepted)
    else
      repair().then(
        (repaired) => isSettings(repaired) && onChange(repaired),
        () => {}, // the background may be restarting: the settings stay as they were
      )
  })
}

/** Like loadSettings, and also says what was repaired (the popup tells the user). */
export async function loadSettingsChecked(): Promise<ParsedSettings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY)
  const parsed = parseSettings(stored[SETTINGS_KEY])
  if (parsed.problems.length) {
    console.warn(`[Metadata Lens] settings repaired: ${parsed.problems.join('; ')}`)
    await Promise.all([
      browser.storage.sync.set({ [SETTINGS_KEY]: parsed.settings }).catch(() => {}),
      keepRepairNotice(parsed.problems),
    ])
  }
  return parsed
}

/** The stored settings as they are, parsed but not repaired (what the popup falls back to after a failed save). */
export async function readStoredSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY)
  return parseSettings(stored[SETTINGS_KEY]).settings
}

async function keepRepairNotice(problems: string[]): Promise<void> {
  try {
    await browser.storage.local.set({ [REPAIR_NOTICE_KEY]: problems })
  } catch {
    // storage.local unavailable: the notice is lost, the repair itself is not
  }
}

/** Problems of a repair that no popup has shown yet (empty when none). */
export async function pendingRepairNotice(): Promise<string[]> {
  try {
    const raw: unknown = (await browser.storage.local.get(REPAIR_NOTICE_KEY))[REPAIR_NOTICE_KEY]
    return Array.isArray(raw) ? raw.filter((p): p is string => typeof p === 'string') : []
  } catch {
    return []
  }
}

/** The popup has shown the notice. */
export async function clearRepairNotice(): Promise<void> {
  await browser.storage.local.remove(REPAIR_NOTICE_KEY).catch(() => {})
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

export interface SaverOptions {
  write?: (settings: Settings) => Promise<void>
  /**
   * Writes start at least this far apart. storage.sync allows 120 writes a minute (and 1,800 an
   * hour); one a second with the latest value keeps ordinary clicking far below that.
   */
  minGapMs?: number
  onSaved?: (settings: Settings) => void
  onFailed?: (error: string, intended: Settings) => void
  now?: () => number
}

export interface SettingsSaver {
  /** Queue the newest settings: written at once if the last write is long enough ago, else coalesced. */
  save(settings: Settings): void
  /** Write whatever is queued now (the popup is closing). */
  flush(): Promise<void>
}

/** Coalesces rapid changes into few storage.sync writes and reports each write's outcome. */
export function createSettingsSaver(options: SaverOptions = {}): SettingsSaver {
  const write = options.write ?? saveSettings
  const minGap = options.minGapMs ?? 1000
  const now = options.now ?? (() => Date.now())
  let queued: Settings | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastStart = -Infinity
  let inFlight: Promise<void> | null = null

  const writeQueued = async (): Promise<void> => {
    timer = undefined
    if (inFlight) await inFlight
    const next = queued
    queued = null
    if (!next) return
    lastStart = now()
    inFlight = write(next).then(
      () => options.onSaved?.(next),
      (error: unknown) => options.onFailed?.(error instanceof Error ? error.message : String(error), next),
    )
    await inFlight
    inFlight = null
  }

  const schedule = () => {
    if (timer !== undefined) return
    const wait = Math.max(0, lastStart + minGap - now())
    if (wait === 0 && !inFlight) void writeQueued()
    else timer = setTimeout(() => void writeQueued(), wait)
  }

  return {
    save(settings) {
      queued = settings
      schedule()
    },
    async flush() {
      clearTimeout(timer)
      await writeQueued()
    },
  }
}
