import en from '../../../_locales/en/messages.json'
import de from '../../../_locales/de/messages.json'
import { setMessageTable, type MessageTable } from '../../../src/ui/i18n'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema'
import type { Category } from '../../../src/shared/categories'
import type { PageSummary } from '../../../src/shared/page'
import type { ContextNote, Note } from '../../../src/notes/types'
import type { PopupActions } from '../../../src/popup/actions'
import type { ElsewhereState, Labels, SupportedState } from '../../../src/popup/state'
import { vi } from 'vitest'

// Hand-built notes and states: components are tested without the notes API or a browser.

export const EN = en as MessageTable
export const DE = de as MessageTable
export const useEnglish = () => setMessageTable(EN)
export const useGerman = () => setMessageTable(DE)

export function makeNote(category: Category, overrides: Partial<Note> = {}): Note {
  return {
    category,
    title: `Title of ${category}`,
    summary: `Summary of ${category}.`,
    generated: [{ text: `${category} carries a time stamp`, sources: ['s-help'] }],
    audience: [{ who: 'other-person', condition: 'only if both have it on', detail: 'sees when you read' }],
    sharing: [{ region: 'european-region', text: 'Shared with Meta companies for safety', sources: ['s-policy'] }],
    retention: { text: 'Retention is not published.', sources: ['s-policy'] },
    retentionHint: 'Unknown: not published',
    controls: [
      {
        path: 'Settings › Privacy › Read receipts',
        options: ['On', 'Off'],
        exceptions: ['Always sent in groups'],
        reciprocity: 'If you turn it off you cannot see other people’s either.',
        sources: ['s-help'],
      },
    ],
    controlHint: 'Settings › Privacy',
    caveats: [],
    sources: [
      { id: 's-help', title: 'Help Center article', publisher: 'WhatsApp', url: 'https://faq.whatsapp.com/123', date: '2024-05', kind: 'official' },
      { id: 's-policy', title: 'Privacy Policy', publisher: 'WhatsApp', url: 'https://www.whatsapp.com/legal/privacy-policy-eea', date: '2024-02-01', kind: 'official' },
      { id: 's-press', title: 'Press report', publisher: 'Example News', url: 'http://insecure.example/story', date: 'undated', kind: 'press' },
    ],
    mainSources: ['s-help', 's-policy'],
    confidence: 'documented',
    reviewed: '2025-01-15',
    ...overrides,
  }
}

export const LABELS: Labels = {
  audience: {
    'other-person': 'The other person',
    'group-members': 'Group members',
    'your-contacts': 'Your contacts',
    'anyone-with-number': 'Anyone with your number',
    'whatsapp-servers': 'WhatsApp servers',
    'meta-companies': 'Meta companies',
    'business-and-vendors': 'The business and its vendors',
    authorities: 'Authorities',
  },
  region: { all: 'Everywhere', 'european-region': 'European Region', india: 'India', elsewhere: 'Elsewhere' },
}

export function makeSummary(overrides: Partial<PageSummary> = {}): PageSummary {
  return {
    facts: { site: 'whatsapp-web', view: 'group-chat', businessChat: false, drawer: 'none' },
    counts: { 'read-receipt': 7, 'last-seen': 1, 'group-participants': 12 },
    total: 20,
    ready: true,
    annotationsOn: true,
    health: [
      { id: 'wa.receipts', core: true, status: 'ok', matches: 7 },
      { id: 'wa.header', core: false, status: 'ok', matches: 1 },
    ],
    ...overrides,
  }
}

const CONSOLES = [
  { id: 'twilio-console' as const, name: 'Twilio', origins: ['https://console.twilio.com/*'], granted: false },
  { id: 'wati' as const, name: 'WATI', origins: ['https://app.wati.io/*', 'https://live.wati.io/*'], granted: true },
]

function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, disabledSites: [], disabledCategories: [], ...overrides }
}

export const CONTEXT_NOTE: ContextNote = {
  id: 'group-receipts',
  categories: ['read-receipt'],
  title: 'In groups, read receipts are always sent',
  text: 'Turning read receipts off does not stop them in groups.',
  sources: [{ id: 's-help', title: 'Help Center article', publisher: 'WhatsApp', url: 'https://faq.whatsapp.com/123', date: '2024-05', kind: 'official' }],
}

export function supportedState(overrides: Partial<SupportedState> = {}): SupportedState {
  return {
    kind: 'supported',
    lang: 'en',
    tabId: 4,
    settings: settings(),
    settingsProblems: [],
    consoles: CONSOLES.map((c) => ({ ...c })),
    notes: {
      'read-receipt': makeNote('read-receipt', { title: 'Read receipt' }),
      'last-seen': makeNote('last-seen', { title: 'Last seen' }),
      'group-participants': makeNote('group-participants', { title: 'Group participants' }),
    },
    labels: LABELS,
    summary: makeSummary(),
    contextNotes: [],
    ...overrides,
  }
}

export function elsewhereState(overrides: Partial<ElsewhereState> = {}): ElsewhereState {
  return {
    kind: 'elsewhere',
    lang: 'en',
    tabId: 9,
    settings: settings(),
    settingsProblems: [],
    consoles: CONSOLES.map((c) => ({ ...c })),
    notes: {},
    labels: LABELS,
    annotate: { kind: 'idle' },
    ...overrides,
  }
}

export function spyActions() {
  return {
    updateSettings: vi.fn<PopupActions['updateSettings']>(),
    showOnPage: vi.fn<PopupActions['showOnPage']>(),
    annotatePage: vi.fn<PopupActions['annotatePage']>(),
    setConsole: vi.fn<PopupActions['setConsole']>(),
    openLibrary: vi.fn<PopupActions['openLibrary']>(),
    retrySave: vi.fn<PopupActions['retrySave']>(),
    openWhatsApp: vi.fn<PopupActions['openWhatsApp']>(),
    openWelcome: vi.fn<PopupActions['openWelcome']>(),
    openPrivacy: vi.fn<PopupActions['openPrivacy']>(),
  } satisfies PopupActions
}
