import { describe, expect, test } from 'vitest'
import { CATEGORIES } from '../../../src/shared/categories'
import { LANGS, noteFor } from '../../../src/notes'
import { buildTooltipTable, overlayLabelsFor, tooltipFor } from '../../../src/notes/tooltips'
import { readFileSync } from 'node:fs'

describe('tooltip table (what the content script ships instead of the full notes)', () => {
  const table = buildTooltipTable()
  test('every category in every language has all four texts, taken from its note', () => {
    for (const lang of LANGS) {
      for (const category of CATEGORIES) {
        const tip = table.notes[lang][category]
        for (const text of Object.values(tip)) expect(text.trim().length, `${lang} ${category}`).toBeGreaterThan(0)
        expect(tip.title).toBe(noteFor(category, lang).title)
        expect(tip.summary).toBe(noteFor(category, lang).summary)
        expect(tip.control).toBe(noteFor(category, lang).controlHint)
        expect(tooltipFor(category, lang)).toEqual(tip)
      }
    }
  })

  test('the overlay labels are the locale files\' words, so the content script needs no i18n.getMessage', () => {
    const folder = { en: 'en', es: 'es', 'pt-BR': 'pt_BR', de: 'de' } as const
    for (const lang of LANGS) {
      const messages = JSON.parse(readFileSync(`_locales/${folder[lang]}/messages.json`, 'utf8'))
      const labels = overlayLabelsFor(lang)
      expect(labels).toEqual({
        whoCanSee: messages.tooltipWhoCanSee.message,
        control: messages.tooltipControl.message,
        markerLabel: messages.markerLabel.message,
      })
      expect(labels.markerLabel).toContain('$TITLE$')
    }
  })
})
