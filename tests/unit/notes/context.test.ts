import { describe, expect, it } from 'vitest'
import { contextNotes, LANGS, resolveLang, type ContextInput } from '../../../src/notes'
import { CONTEXT_RULE_IDS } from '../../../src/notes/context-rules'
import { EN_CONTEXT } from '../../../src/notes/i18n/en'
import { TRANSLATIONS } from '../../../src/notes/i18n'
import { SOURCE_BY_ID } from '../../../src/notes/sources'
import type { PageFacts, CategoryCounts } from '../../../src/shared/page'

const facts = (over: Partial<PageFacts> = {}): PageFacts => ({
  site: 'whatsapp-web',
  view: 'one-to-one-chat',
  businessChat: false,
  drawer: 'none',
  ...over,
})
const input = (f: Partial<PageFacts>, counts: CategoryCounts = {}): ContextInput => ({ facts: facts(f), counts })
const ids = (i: ContextInput) => contextNotes(i, 'en').map((n) => n.id)

type Case = [name: string, input: ContextInput, fires: boolean]

const CASES: Record<string, Case[]> = {
  // Fires only on blue ticks inside the open one-to-one conversation (readTicksInOpenChat); the
  // page-wide read-receipt count also holds chat-list previews.
  'reciprocal-read-receipts': [
    ['1:1 with blue ticks in the open chat', input({ readTicksInOpenChat: true }, { 'read-receipt': 2 }), true],
    ['1:1 whose only blue ticks are chat-list previews (e.g. a group preview)', input({ readTicksInOpenChat: false }, { 'read-receipt': 3 }), false],
    ['1:1 on a page that reports no open-chat ticks fact', input({}, { 'read-receipt': 3 }), false],
    ['business chat with blue ticks in the open chat', input({ businessChat: true, readTicksInOpenChat: true }, { 'read-receipt': 1 }), false],
    ['1:1 without blue ticks', input({ readTicksInOpenChat: false }, { 'delivery-receipt': 3 }), false],
    ['group chat with blue ticks (receipts in a group)', input({ view: 'group-chat', readTicksInOpenChat: true }, { 'read-receipt': 5 }), false],
    ['chat list with a group preview’s blue ticks', input({ view: 'chat-list', readTicksInOpenChat: false }, { 'read-receipt': 5 }), false],
    ['business dashboard', input({ site: 'whatsapp-manager', view: 'business-dashboard', readTicksInOpenChat: true }, { 'read-receipt': 5 }), false],
    ['chat of unknown kind with blue ticks in the open chat', input({ view: 'unknown-kind-chat', readTicksInOpenChat: true }, { 'read-receipt': 2 }), false],
  ],
  'reciprocal-presence': [
    ['1:1 with last seen', input({}, { 'last-seen': 1 }), true],
    ['1:1 with online', input({}, { 'online-presence': 1 }), true],
    ['1:1 with neither', input({}, { 'typing-indicator': 1 }), false],
    ['group with online', input({ view: 'group-chat' }, { 'online-presence': 1 }), false],
    ['chat list with last seen', input({ view: 'chat-list' }, { 'last-seen': 1 }), false],
    ['chat of unknown kind with online', input({ view: 'unknown-kind-chat' }, { 'online-presence': 1 }), false],
  ],
  'group-read-receipts-always': [
    ['group chat', input({ view: 'group-chat' }), true],
    ['group chat with ticks', input({ view: 'group-chat' }, { 'read-receipt': 3 }), true],
    ['1:1 chat', input({}, { 'read-receipt': 3 }), false],
    ['settings', input({ view: 'settings' }), false],
    ['dashboard "group-chat" on another site', input({ site: 'twilio-console', view: 'group-chat' }), false],
    ['chat of unknown kind with blue ticks', input({ view: 'unknown-kind-chat', readTicksInOpenChat: true }, { 'read-receipt': 2 }), false],
  ],
  'delivery-receipts-always': [
    ['1:1 with grey ticks', input({}, { 'delivery-receipt': 1 }), true],
    ['group with grey ticks', input({ view: 'group-chat' }, { 'delivery-receipt': 1 }), true],
    ['1:1 without grey ticks', input({}, { 'read-receipt': 1 }), false],
    ['chat list with ticks', input({ view: 'chat-list' }, { 'delivery-receipt': 1 }), false],
    // True of every chat, whatever its kind.
    ['chat of unknown kind with grey ticks', input({ view: 'unknown-kind-chat' }, { 'delivery-receipt': 1 }), true],
  ],
  'typing-no-setting': [
    ['typing shown', input({}, { 'typing-indicator': 1 }), true],
    ['no typing', input({}, { 'last-seen': 1 }), false],
  ],
  'status-viewers-mutual': [
    ['viewer list', input({ view: 'status' }, { 'status-viewers': 1 }), true],
    ['status without viewers', input({ view: 'status' }, { 'status-update': 4 }), false],
  ],
  'group-numbers-visible': [
    ['group info with participants', input({ view: 'group-chat', drawer: 'group-info' }, { 'group-participants': 8 }), true],
    ['group info, none detected', input({ view: 'group-chat', drawer: 'group-info' }), false],
    ['contact info', input({ drawer: 'contact-info' }, { 'group-participants': 2 }), false],
    ['contact or group info, chat kind unknown', input({ view: 'unknown-kind-chat', drawer: 'chat-info' }, { 'group-participants': 2 }), false],
  ],
  'live-location-linked-device': [
    ['live location in chat', input({}, { 'live-location': 1 }), true],
    ['no live location', input({}, {}), false],
  ],
  'business-chat-hosting': [
    ['business chat', input({ businessChat: true }), true],
    ['business chat with ticks', input({ businessChat: true }, { 'read-receipt': 1 }), true],
    ['personal chat', input({ businessChat: false }), false],
    ['dashboard', input({ site: 'whatsapp-manager', view: 'business-dashboard', businessChat: true }), false],
  ],
  'business-status-webhooks': [
    ['manager with statuses', input({ site: 'whatsapp-manager', view: 'business-dashboard' }, { 'business-message-status': 12 }), true],
    ['BSP console with statuses', input({ site: 'twilio-console', view: 'other' }, { 'business-message-status': 1 }), true],
    ['dashboard without statuses', input({ site: 'whatsapp-manager', view: 'business-dashboard' }, { 'business-analytics': 3 }), false],
    ['WhatsApp Web', input({}, { 'business-message-status': 3 }), false],
  ],
}

describe('context rules', () => {
  it('every rule has test cases, English text and official or research sources that resolve', () => {
    expect(Object.keys(CASES).sort()).toEqual([...CONTEXT_RULE_IDS].sort())
    for (const id of CONTEXT_RULE_IDS) {
      expect(EN_CONTEXT[id].title.trim()).not.toBe('')
      expect(EN_CONTEXT[id].text.trim()).not.toBe('')
    }
  })

  for (const [rule, cases] of Object.entries(CASES)) {
    describe(rule, () => {
      it.each(cases)('%s', (_name, i, fires) => {
        expect(ids(i).includes(rule)).toBe(fires)
      })
    })
  }

  it('an empty loading page yields no notes', () => {
    expect(ids(input({ view: 'loading' }))).toEqual([])
  })

  it('a 1:1 chat with blue ticks and last seen fires exactly the expected rules', () => {
    expect(ids(input({ readTicksInOpenChat: true }, { 'read-receipt': 1, 'last-seen': 1 })).sort()).toEqual(['reciprocal-presence', 'reciprocal-read-receipts'])
  })

  it('notes are translated in every language and carry resolved sources', () => {
    const everything = input({ readTicksInOpenChat: true }, { 'read-receipt': 1, 'last-seen': 1, 'delivery-receipt': 1 })
    for (const lang of LANGS) {
      const notes = contextNotes(everything, lang)
      expect(notes.length).toBeGreaterThan(0)
      for (const n of notes) {
        expect(n.title.trim()).not.toBe('')
        expect(n.text.trim()).not.toBe('')
        expect(n.sources.length).toBeGreaterThan(0)
        expect(n.categories.length).toBeGreaterThan(0)
        if (lang !== 'en') expect(n.text, `${lang}/${n.id} untranslated`).not.toBe(EN_CONTEXT[n.id as keyof typeof EN_CONTEXT].text)
      }
    }
    for (const [lang, table] of Object.entries(TRANSLATIONS)) {
      for (const id of CONTEXT_RULE_IDS) {
        expect(table.context[id]?.title?.trim().length ?? 0, `${lang}/${id}.title`).toBeGreaterThan(0)
        expect(table.context[id]?.text?.trim().length ?? 0, `${lang}/${id}.text`).toBeGreaterThan(0)
      }
    }
  })

  it('rule sources exist', () => {
    const all = contextNotes(input({ businessChat: true }, { 'read-receipt': 1 }), 'en')
    for (const n of all) for (const s of n.sources) expect(SOURCE_BY_ID.get(s.id)).toBe(s)
  })
})

describe('resolveLang', () => {
  it.each([
    ['pt-BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt_PT', 'pt-BR'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de_CH', 'de'],
    ['es', 'es'],
    ['es-419', 'es'],
    ['ES-mx', 'es'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (ui, lang) => {
    expect(resolveLang(ui)).toBe(lang)
  })
})
