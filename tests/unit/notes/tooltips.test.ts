import { describe, expect, test } from 'vitest'
import { BUSINESS_CATEGORIES, CATEGORIES, WHATSAPP_WEB_CATEGORIES } from '../../../src/shared/categories'
import { AUDIENCES, audienceLabel, LANGS, noteFor } from '../../../src/notes'
import { isPerson, TOOLTIP_CONDITION_MAX } from '../../../src/notes/audience'
import { buildTooltipTable, tooltipText } from '../../../src/notes/tooltips'
import * as business from '../../../src/notes/tooltips-business'
import * as whatsappWeb from '../../../src/notes/tooltips-whatsapp-web'
import { readFileSync } from 'node:fs'

/** The audiences one tooltip line names ('' names none). */
const segmentsOf = (line: string): string[] => (line === '' ? [] : line.split(' · '))

// The tooltip is what people read most, so what it says about audiences is checked here for every
// note in every language: an audience with a condition is never named without it.

describe('tooltip audiences keep their conditions', () => {
  for (const lang of LANGS) {
    test(`${lang}: every tooltip names each conditional audience with its condition, in its own line, or leaves it out`, () => {
      const problems: string[] = []
      for (const category of CATEGORIES) {
        const note = noteFor(category, lang)
        const tip = tooltipText(category, lang)
        const lines = { audience: segmentsOf(tip.audience), sharedWith: segmentsOf(tip.sharedWith) }
        const where = `${lang}/${category}`
        if (lines.audience.length + lines.sharedWith.length === 0) problems.push(`${where}: no audience fits the tooltip`)
        for (const entry of note.audience) {
          const label = audienceLabel(entry.who, lang)
          const withCondition = entry.condition ? `${label} (${entry.condition})` : label
          const own = isPerson(entry.who) ? 'audience' : 'sharedWith'
          const other = own === 'audience' ? 'sharedWith' : 'audience'
          if (entry.condition.includes(';')) problems.push(`${where}: condition contains ';' (${entry.condition})`)
          for (const line of [own, other] as const) {
            if (entry.condition && lines[line].includes(label)) problems.push(`${where}: "${label}" shown without "${entry.condition}"`)
          }
          if (lines[other].includes(withCondition)) problems.push(`${where}: "${withCondition}" in ${other}, belongs in ${own}`)
          const shown = lines[own].includes(withCondition)
          const fits = entry.condition.length <= TOOLTIP_CONDITION_MAX
          if (fits && !shown) problems.push(`${where}: "${withCondition}" missing from ${own}`)
          if (!fits && shown) problems.push(`${where}: "${withCondition}" too long for the tooltip but shown`)
        }
        // Nothing else may appear: every segment is one audience as the note names it.
        const expected = note.audience.map((e) => {
          const label = audienceLabel(e.who, lang)
          return e.condition ? `${label} (${e.condition})` : label
        })
        for (const segment of [...lines.audience, ...lines.sharedWith]) if (!expected.includes(segment)) problems.push(`${where}: unexpected "${segment}"`)
      }
      expect(problems).toEqual([])
    })
  }

  test('people and everyone beyond them: each audience belongs to exactly one line', () => {
    expect(AUDIENCES.filter(isPerson)).toEqual(['other-person', 'group-members', 'your-contacts', 'anyone-with-number'])
    expect(AUDIENCES.filter((who) => !isPerson(who))).toEqual(['whatsapp-servers', 'meta-companies', 'business-and-vendors', 'authorities'])
  })

  test('every language’s tooltip names the same audiences (a condition too long in one language would drop it there)', () => {
    for (const category of CATEGORIES) {
      const shown = (lang: (typeof LANGS)[number]) =>
        noteFor(category, lang).audience.filter((e) => e.condition.length <= TOOLTIP_CONDITION_MAX).map((e) => e.who)
      for (const lang of LANGS) expect(shown(lang), `${lang}/${category}`).toEqual(shown('en'))
    }
  })

  test('the audiences the review found bare now carry their conditions (English)', () => {
    const line = (category: (typeof CATEGORIES)[number]) => {
      const tip = tooltipText(category, 'en')
      return `${tip.audience} | ${tip.sharedWith}`
    }
    expect(line('profile-photo')).toContain('Anyone with your number (only if your setting is Everyone)')
    expect(line('status-update')).toContain('Other Meta companies (only if you share your status to Facebook)')
    expect(line('message-info')).toContain('Group members (only the sender of each message)')
    // Timing inference by an attacker is research, not an audience of the feature.
    for (const category of ['online-presence', 'delivery-receipt', 'last-seen'] as const) {
      expect(line(category)).not.toContain('Anyone with your number')
    }
    expect(line('pending')).not.toContain('WhatsApp’s servers')
    // Beside an end-to-end notice, the servers and authorities must read as metadata, not content.
    expect(line('encryption-notice')).toBe(' | WhatsApp’s servers (metadata only, not message content) · Authorities (with US legal process)')
    expect(line('live-location')).toContain('WhatsApp’s servers (end-to-end encrypted, so WhatsApp says it can’t see it)')
  })
})

describe('tooltip tables (what each content script ships instead of the notes)', () => {
  test('each site module carries exactly its own categories', () => {
    for (const lang of LANGS) {
      expect(Object.keys(whatsappWeb.buildTable().notes[lang]).sort()).toEqual([...WHATSAPP_WEB_CATEGORIES].sort())
      expect(Object.keys(business.buildTable().notes[lang]).sort()).toEqual([...BUSINESS_CATEGORIES].sort())
    }
    expect(whatsappWeb.tooltipFor('business-analytics', 'en')).toBeUndefined()
    expect(business.tooltipFor('read-receipt', 'en')).toBeUndefined()
  })

  test('every category in every language has its texts, taken from its note', () => {
    const table = buildTooltipTable()
    for (const lang of LANGS) {
      for (const category of CATEGORIES) {
        const tip = table.notes[lang][category]
        const where = `${lang} ${category}`
        expect(tip, where).toBeDefined()
        expect(Object.keys(tip!).sort(), where).toEqual(['audience', 'control', 'kept', 'sharedWith', 'sources', 'summary', 'title'])
        for (const text of [tip!.title, tip!.summary, tip!.kept, tip!.control]) expect(text.trim().length, where).toBeGreaterThan(0)
        // Either audience line may be empty, never both.
        expect(`${tip!.audience}${tip!.sharedWith}`.trim().length, where).toBeGreaterThan(0)
        expect(tip!.sources.length, where).toBeGreaterThan(0)
        expect(tip!.title).toBe(noteFor(category, lang).title)
        expect(tip!.summary).toBe(noteFor(category, lang).summary)
        expect(tip!.kept).toBe(noteFor(category, lang).retentionHint)
        expect(tip!.control).toBe(noteFor(category, lang).controlHint)
        const site = (WHATSAPP_WEB_CATEGORIES as readonly string[]).includes(category) ? whatsappWeb : business
        expect(site.tooltipFor(category, lang)).toEqual(tip)
      }
    }
  })

  test('the overlay labels are the locale files\' words, so the content script needs no i18n.getMessage', () => {
    const folder = { en: 'en', es: 'es', 'pt-BR': 'pt_BR', de: 'de' } as const
    for (const lang of LANGS) {
      const messages = JSON.parse(readFileSync(`_locales/${folder[lang]}/messages.json`, 'utf8'))
      for (const site of [whatsappWeb, business]) {
        const labels = site.overlayLabelsFor(lang)
        expect(labels).toEqual({
          whoCanSee: messages.tooltipWhoCanSee.message,
          sharedWith: messages.tooltipSharedWith.message,
          kept: messages.tooltipKept.message,
          control: messages.tooltipControl.message,
          sources: messages.tooltipSources.message,
          fullNote: messages.tooltipFullNote.message,
          markerLabel: messages.markerLabel.message,
        })
        for (const label of Object.values(labels)) expect(label.trim(), `${lang}: a label is empty`).not.toBe('')
        expect(labels.markerLabel).toContain('$TITLE$')
      }
    }
  })
})
