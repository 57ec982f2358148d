import browser from 'webextension-polyfill'
import { CATEGORIES, type Category } from '../shared/categories'
import type { PageSummary } from '../shared/page'
import { storedSummary, summaryKey } from '../messaging/summaries'
import { loadSettingsChecked } from '../settings/storage'
import type { NoteBook } from '../notes/book'
import { loadedNoteBook, loadNoteBook } from '../notes/load'
import type { Lang, Note } from '../notes/types'
import { pageLang } from '../ui/browser-i18n'
import { labelsFor } from '../ui/labels'
import { PROVIDER_CONSOLES } from './consoles'
import type { ConsoleSwitch, PopupState } from './state'
import { loadMySettings } from '../checkup/storage'
import { personalize } from '../checkup/personal-rules'
import { loadCheckupTexts, personalNote } from '../checkup/texts'
import type { MySettingsState } from './components/MySettings'

export { labelsFor } // lives in src/ui (the library and the welcome page use it too)

// Builds PopupState from the browser. Everything here is I/O; rendering lives in components.

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

/** The one language of the interface and the notes (see browser-i18n.ts). */
export function uiLang(): Lang {
  return pageLang()
}

export function notesFor(book: NoteBook): Partial<Record<Category, Note>> {
  const notes: Partial<Record<Category, Note>> = {}
  for (const c of CATEGORIES) {
    try {
      notes[c] = book.noteFor(c)
    } catch {
      // a missing note must not break the popup; the category shows its id
    }
  }
  return notes
}

export async function loadPopupState(search: string): Promise<Exclude<PopupState, { kind: 'loading' }>> {
  const lang = uiLang()
  // All at once: the popup's first real screen waits for the slowest of these, not for their sum.
  const tab = targetTabId(search).catch(() => null)
  const [tabId, summary, parsed, consoles, book, mySettings] = await Promise.all([
    tab,
    tab.then((id) => (id === null ? null : fetchSummary(id))),
    loadSettingsChecked(),
    fetchConsoles(),
    loadNoteBook(lang),
    fetchMySettings(),
    loadCheckupTexts(lang).catch(() => undefined),
  ])
  const common = {
    lang,
    tabId,
    settings: parsed.settings,
    settingsProblems: parsed.problems,
    consoles,
    notes: notesFor(book),
    labels: labelsFor(book),
    mySettings,
  }
  return withSummary({ ...common, kind: 'elsewhere', annotate: { kind: 'idle' } }, summary)
}

/** The same state with a new summary (or none): switches between supported and elsewhere. */
export function withSummary(
  state: Exclude<PopupState, { kind: 'loading' }>,
  summary: PageSummary | null,
): Exclude<PopupState, { kind: 'loading' }> {
  const { lang, tabId, settings, settingsProblems, consoles, notes, labels, mySettings } = state
  const common = { lang, tabId, settings, settingsProblems, consoles, notes, labels, mySettings }
  if (!summary) {
    return { ...common, kind: 'elsewhere', annotate: state.kind === 'elsewhere' ? state.annotate : { kind: 'idle' } }
  }
  let ctx: ReturnType<NoteBook['contextNotes']> = []
  try {
    // loadPopupState loaded this language's notes before any summary arrives.
    const input = { facts: summary.facts, counts: summary.counts }
    // Personal versions of the notes where your own settings (as last read) decide them.
    ctx = personalize(loadedNoteBook(lang)?.contextNotes(input) ?? [], mySettings?.settings, input, (rule) => personalNote(rule, lang))
  } catch {
    ctx = []
  }
  return { ...common, kind: 'supported', summary, contextNotes: ctx }
}

/** Your privacy settings as last read (corrupt entries dropped, with what was dropped). */
export async function fetchMySettings(): Promise<MySettingsState> {
  const now = Date.now()
  try {
    const { settings, problems } = await loadMySettings(now)
    return { settings, problems, now }
  } catch {
    return { settings: {}, problems: ['unreadable'], now }
  }
}
