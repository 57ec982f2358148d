import { beforeAll, describe, expect, it } from 'vitest'
import { firingPersonalRules, personalize, PERSONAL_NOTE_IDS, PERSONAL_RULES } from '../../../src/checkup/personal-rules'
import { checkupTexts, loadCheckupTexts, personalNote } from '../../../src/checkup/texts'
import { contextNotes } from '../../../src/notes'
import { LANGS, type ContextInput } from '../../../src/notes/types'
import type { MySettings } from '../../../src/checkup/values'

const NOW = Date.UTC(2026, 11, 2)
const mine = (values: Record<string, string>): MySettings =>
  Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, readAt: NOW }])) as MySettings

const oneToOne: ContextInput = { facts: { site: 'whatsapp-web', view: 'one-to-one-chat', businessChat: false, drawer: 'none' }, counts: { 'read-receipt': 3, 'last-seen': 1, 'profile-photo': 2 } }
const group: ContextInput = { facts: { site: 'whatsapp-web', view: 'group-chat', businessChat: false, drawer: 'none' }, counts: { 'read-receipt': 3 } }
const dashboard: ContextInput = { facts: { site: 'whatsapp-manager', view: 'business-dashboard', businessChat: false, drawer: 'none' }, counts: { 'read-receipt': 3 } }

const ids = (settings: MySettings | undefined, input: ContextInput) =>
  personalize(contextNotes(input, 'en'), settings, input, (r) => personalNote(r, 'en')).map((n) => n.id)

describe('personal rules', () => {
  beforeAll(async () => {
    for (const lang of LANGS) await loadCheckupTexts(lang)
  })

  it('read receipts on: the personal note replaces the general one in a one-to-one chat', () => {
    const out = ids(mine({ 'read-receipts': 'on' }), oneToOne)
    expect(out).toContain('my-read-receipts-on')
    expect(out).not.toContain('reciprocal-read-receipts')
  })

  it('read receipts off: one-to-one and group versions', () => {
    expect(ids(mine({ 'read-receipts': 'off' }), oneToOne)).toContain('my-read-receipts-off-chat')
    const inGroup = ids(mine({ 'read-receipts': 'off' }), group)
    expect(inGroup).toContain('my-read-receipts-off-group')
    expect(inGroup).not.toContain('group-read-receipts-always')
  })

  it('last seen Nobody replaces the general presence note; profile photo Everyone and IP protection off add theirs', () => {
    const out = ids(mine({ 'last-seen': 'nobody', 'profile-photo': 'everyone', 'protect-ip-in-calls': 'off' }), oneToOne)
    expect(out).toEqual(expect.arrayContaining(['my-last-seen-hidden', 'my-profile-photo-everyone', 'my-ip-unprotected']))
    expect(out).not.toContain('reciprocal-presence')
  })

  it.each([undefined, {}, mine({ 'read-receipts': 'unknown', 'last-seen': 'unknown', 'profile-photo': 'unknown', 'protect-ip-in-calls': 'unknown' })])(
    'falls back to the general wording when values are unknown (%j)',
    (settings) => {
      expect(ids(settings, oneToOne)).toEqual(contextNotes(oneToOne, 'en').map((n) => n.id))
      expect(ids(settings, group)).toEqual(contextNotes(group, 'en').map((n) => n.id))
    },
  )

  it('other values and other sites fire nothing', () => {
    expect(firingPersonalRules(mine({ 'last-seen': 'contacts', 'profile-photo': 'contacts', 'protect-ip-in-calls': 'on' }), oneToOne)).toEqual([])
    expect(firingPersonalRules(mine({ 'read-receipts': 'off', 'profile-photo': 'everyone' }), dashboard)).toEqual([])
  })

  it('every rule has a note with a source in every language', () => {
    expect(PERSONAL_RULES.map((r) => r.id).sort()).toEqual([...PERSONAL_NOTE_IDS].sort())
    for (const lang of LANGS) {
      for (const rule of PERSONAL_RULES) {
        const note = personalNote(rule, lang)
        expect(note.title.trim(), `${lang} ${rule.id}`).not.toBe('')
        expect(note.sources.length, `${lang} ${rule.id}`).toBeGreaterThan(0)
        expect(note.sources.every((s) => s.url.startsWith('https://'))).toBe(true)
        if (lang !== 'en') expect(note.text, `${lang} ${rule.id} is translated`).not.toBe(personalNote(rule, 'en').text)
      }
    }
  })

  it('every language words every setting and value', () => {
    const en = checkupTexts('en')
    for (const lang of LANGS) {
      const t = checkupTexts(lang)
      expect(Object.keys(t.setting).sort()).toEqual(Object.keys(en.setting).sort())
      expect(Object.keys(t.value).sort()).toEqual(Object.keys(en.value).sort())
      for (const id of Object.keys(en.whoCanSee) as (keyof typeof en.whoCanSee)[]) {
        expect(Object.keys(t.whoCanSee[id]).sort(), `${lang} ${id}`).toEqual(Object.keys(en.whoCanSee[id]).sort())
      }
      for (const id of Object.keys(en.suggestion) as (keyof typeof en.suggestion)[]) {
        expect(Object.keys(t.suggestion[id] ?? {}).sort(), `${lang} ${id}`).toEqual(Object.keys(en.suggestion[id] ?? {}).sort())
      }
    }
  })
})
