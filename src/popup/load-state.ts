import browser from 'webextension-polyfill'
import { CATEGORIES, type Category } from '../shared/categories'
import type { PageSummary } from '../shared/page'
import { storedSummary, summaryKey } from '../messaging/summaries'
import { loadSettingsChecked } from '../settings/storage'
import { audienceLabel, contextNotes, noteFor, regionLabel, resolveLang } from '../notes'
import type { Audience, Lang, Note, Region } from '../notes/types'
import { PROVIDER_CONSOLES } from './consoles'
import type { ConsoleSwitch, Labels, PopupState } from './state'

// Builds PopupState from the browser. Everything here is I/O; rendering lives in components.

const AUDIENCES: Record<Audience, true> = {
  'other-person': true, 'group-members': true, 'your-contacts': true, 'anyone-with-number': true,
  'whatsapp-servers': true, 'meta-companies': true, 'business-and-vendors': true, authorities: true,
}
const REGIONS: Record<Region, true> = { all: true, 'european-region': true, india: true, elsewhere: true }

/** `?tab=<id>` in the popup URL. */
export function tabParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab')
  if (raw === null || !/^\d+$/.test(raw)) return null
  return Number(raw)
}

export async function targetTabId(search: string): Promise<number | null> {
  const fromUrl = tabParam(search)
  if (fromUrl !== null) return fromUrl
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
  return tab?.id ?? null
}

/**
 * The tab's last summary, as the background stored it. Summaries flow one way (content script →
 * background → storage.session → popup): the popup never asks the page.
 */
export async function fetchSummary(tabId: number): Promise<PageSummary | null> {
  try {
    const key = summaryKey(tabId)
    const stored = await browser.storage.session.get(key)
    return storedSummary(stored[key])
  } catch {
    return null
  }
}

/** Calls `onSummary` with each new summary of the tab (null when it is gone or malformed). Returns an unsubscribe. */
export function watchSummary(tabId: number, onSummary: (summary: PageSummary | null) => void): () => void {
  const key = summaryKey(tabId)
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'session' || !Object.hasOwn(changes, key)) return
    onSummary(storedSummary(changes[key]!.newValue))
  }
  browser.storage.onChanged.addListener(listener)
  return () => browser.storage.onChanged.removeListener(listener)
}

export async function fetchConsoles(): Promise<ConsoleSwitch[]> {
  return Promise.all(
    PROVIDER_CONSOLES.map(async (c) => ({
      id: c.id,
      name: c.name,
      origins: [...c.origins],
      granted: await browser.permissions.contains({ origins: [...c.origins] }).catch(() => false),
    })),
  )
}

export function uiLang(): Lang {
  return resolveLang(browser.i18n.getUILanguage())
}

export function notesFor(lang: Lang): Partial<Record<Category, Note>> {
  const notes: Partial<Record<Category, Note>> = {}
  for (const c of CATEGORIES) {
    try {
      notes[c] = noteFor(c, lang)
    } catch {
      // a missing note must not break the popup; the category shows its id
    }
  }
  return notes
}

export function labelsFor(lang: Lang): Labels {
  const audience = {} as Record<Audience, string>
  for (const who of Object.keys(AUDIENCES) as Audience[]) audience[who] = audienceLabel(who, lang)
  const region = {} as Record<Region, string>
  for (const r of Object.keys(REGIONS) as Region[]) region[r] = regionLabel(r, lang)
  return { audience, region }
}

export async function loadPopupState(search: string): Promise<Exclude<PopupState, { kind: 'loading' }>> {
  const lang = uiLang()
  const tabId = await targetTabId(search).catch(() => null)
  const [summary, parsed, consoles] = await Promise.all([
    tabId === null ? Promise.resolve(null) : fetchSummary(tabId),
    loadSettingsChecked(),
    fetchConsoles(),
  ])
  const common = {
    lang,
    tabId,
    settings: parsed.settings,
    settingsProblems: parsed.problems,
    consoles,
    notes: notesFor(lang),
    labels: labelsFor(lang),
  }
  return withSummary({ ...common, kind: 'elsewhere', annotate: { kind: 'idle' } }, summary)
}

/** The same state with a new summary (or none): switches between supported and elsewhere. */
export function withSummary(
  state: Exclude<PopupState, { kind: 'loading' }>,
  summary: PageSummary | null,
): Exclude<PopupState, { kind: 'loading' }> {
  const { lang, tabId, settings, settingsProblems, consoles, notes, labels } = state
  const common = { lang, tabId, settings, settingsProblems, consoles, notes, labels }
  if (!summary) {
    return { ...common, kind: 'elsewhere', annotate: state.kind === 'elsewhere' ? state.annotate : { kind: 'idle' } }
  }
  let ctx: ReturnType<typeof contextNotes> = []
  try {
    ctx = contextNotes({ facts: summary.facts, counts: summary.counts }, lang)
  } catch {
    ctx = []
  }
  return { ...common, kind: 'supported', summary, contextNotes: ctx }
}
