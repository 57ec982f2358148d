import { describe, expect, test } from 'vitest'
import { CATEGORIES } from '../../../src/shared/categories'
import { LANGS, noteFor } from '../../../src/notes'
import { buildTooltipTable, tooltipFor } from '../../../src/notes/tooltips'

describe('tooltip table (what the content script ships instead of the full notes)', () => {
  const table = buildTooltipTable()
  test('every category in every language has all four texts, taken from its note', () => {
    for (const lang of LANGS) {
      for (const category of CATEGORIES) {
        const tip = table[lang][category]
        for (const text of Object.values(tip)) expect(text.trim().length, `${lang} ${category}`).toBeGreaterThan(0)
        expect(tip.title).toBe(noteFor(category, lang).title)
        expect(tip.summary).toBe(noteFor(category, lang).summary)
        expect(tip.control).toBe(noteFor(category, lang).controlHint)
        expect(tooltipFor(category, lang)).toEqual(tip)
      }
    }
  })
})
