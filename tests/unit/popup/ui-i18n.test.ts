import { afterEach, describe, expect, it } from 'vitest'
import { formatMessage, setMessageTable, setTranslator, t, type MessageTable } from '../../../src/ui/i18n'
import { EN } from './fixtures'

afterEach(() => setMessageTable(EN))

describe('t()', () => {
  it('substitutes named placeholders from positional arguments', () => {
    setMessageTable(EN)
    expect(t('toggleSite', 'WhatsApp Web')).toBe('Annotations on WhatsApp Web')
    expect(t('libraryCount', 3, 26)).toBe('3 of 26 notes')
    expect(t('sourceRefLabel', '2', 'Help Center')).toBe('Source 2: Help Center')
  })

  it('follows the browser rules for $$ and unknown keys', () => {
    const table: MessageTable = {
      price: { message: 'Costs $$5 for $WHO$', placeholders: { who: { content: '$1' } } },
    }
    expect(formatMessage(table, 'price', ['you'])).toBe('Costs $5 for you')
    expect(formatMessage(table, 'missing', [])).toBe('')
  })

  it('falls back to the key so a missing string is visible, not blank', () => {
    setTranslator(() => '')
    expect(t('noSuchKey')).toBe('noSuchKey')
  })

  it('passes substitutions as strings to the real lookup', () => {
    let seen: unknown
    setTranslator((key, subs) => {
      seen = [key, subs]
      return 'x'
    })
    t('countLabel', 5)
    expect(seen).toEqual(['countLabel', ['5']])
  })
})
