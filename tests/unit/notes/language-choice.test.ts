import { describe, expect, it, vi } from 'vitest'
import en from '../../../_locales/en/messages.json'
import es from '../../../_locales/es/messages.json'
import ptBR from '../../../_locales/pt_BR/messages.json'
import de from '../../../_locales/de/messages.json'

// One language choice drives both the interface strings and the notes of an extension page.

const fake = vi.hoisted(() => ({
  i18n: { getUILanguage: vi.fn(() => 'en-US'), getMessage: vi.fn(() => 'from the browser') },
}))
vi.mock('webextension-polyfill', () => ({ default: fake }))

const { installBrowserI18n } = await import('../../../src/ui/browser-i18n')
const { t } = await import('../../../src/ui/i18n')
const { loadNoteBook } = await import('../../../src/notes/load')
const { noteFor } = await import('../../../src/notes')

type Table = Record<string, { message: string }>
const CASES = [
  ['pt-PT', 'pt-BR', ptBR],
  ['pt-BR', 'pt-BR', ptBR],
  ['de-AT', 'de', de],
  ['de', 'de', de],
  ['es-419', 'es', es],
  ['fr-FR', 'en', en],
  ['en-GB', 'en', en],
] as const

describe('one language for interface and notes', () => {
  it.each(CASES)('browser language %s → interface and notes in %s', async (ui, lang, messages) => {
    fake.i18n.getUILanguage.mockReturnValue(ui)
    const chosen = await installBrowserI18n('libraryTitle')
    expect(chosen).toBe(lang)
    expect(document.documentElement.lang).toBe(lang)
    // Interface strings come from that language's _locales table, not the browser's own pick.
    expect(t('noteAudience')).toBe((messages as Table).noteAudience!.message)
    expect(document.title).toBe((messages as Table).libraryTitle!.message)
    expect(fake.i18n.getMessage).not.toHaveBeenCalled()
    // The notes come from the same language.
    const book = await loadNoteBook(chosen)
    expect(book.lang).toBe(lang)
    expect(book.noteFor('read-receipt').title).toBe(noteFor('read-receipt', lang).title)
  })

  it('Portuguese from Portugal gets the Portuguese interface, not English', async () => {
    fake.i18n.getUILanguage.mockReturnValue('pt-PT')
    await installBrowserI18n()
    expect(t('noteAudience')).not.toBe((en as Table).noteAudience!.message)
  })
})
