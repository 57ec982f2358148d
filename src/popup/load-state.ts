import browser from 'webextension-polyfill'
import { CATEGORIES, type Category } from '../shared/categories'
import type { PageSummary } from '../shared/page'
import { isPageSummary } from '../messaging/messages'
import type { PopupToBackground, PopupToContent, Replies } from '../messaging/messages'
import { loadSettingsChecked } from '../settings/storage'
import { audienceLabel, contextNotes, noteFor, regionLabel, resolveLang } from '../notes'
import type { Audience, Lang, Note, Region } from '../notes/types'
import { PROVIDER_CONSOLES } from './consoles'
import type { ConsoleSwitch, Labels, PopupState } from './state'
import { loadMySettings } from '../checkup/storage'
import { personalize } from '../checkup/personal-rules'
import { personalNote } from '../checkup/texts'
import type { MySettingsState } from './components/MySettings'

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

/** Ask the content script first; if none answers, the background's last known summary. */
export async function fetchSummary(tabId: number): Promise<PageSummary | null> {
  try {
    const request: PopupToContent = { type: 'get-summary' }
    const reply: unknown = await browser.tabs.sendMessage(tabId, request)
    if (isPageSummary(reply)) return reply
  } catch {
    // no content script in that tab
  }
  try {
    const request: PopupToBackground = { type: 'get-tab-summary', tabId }
    const reply = (await browser.runtime.sendMessage(request)) as Replies['get-tab-summary'] | undefined
    if (reply && isPageSummary(reply.summary)) return reply.summary
  } catch {
    // background unavailable
  }
  return null
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
  const [summary, parsed, consoles, mySettings] = await Promise.all([
    tabId === null ? Promise.resolve(null) : fetchSummary(tabId),
    loadSettingsChecked(),
    fetchConsoles(),
    fetchMySettings(),
  ])
  const common = {
    lang,
    tabId,
    settings: parsed.settings,
    settingsProblems: parsed.problems,
    consoles,
    notes: notesFor(lang),
    labels: labelsFor(lang),
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
  let ctx: ReturnType<typeof contextNotes> = []
  try {
    const input = { facts: summary.facts, counts: summary.counts }
    // Personal versions of the notes where your own settings (as last read) decide them.
    ctx = personalize(contextNotes(input, lang), mySettings?.settings, input, (rule) => personalNote(rule, lang))
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
