import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/preact'
import { NoteDetails } from '../../../src/ui/NoteDetails'
import { Library } from '../../../src/library/Library'
import { setMessageTable, type MessageTable } from '../../../src/ui/i18n'
import { AUDIENCES, LANGS, noteBook, REGIONS, type Lang } from '../../../src/notes'
import en from '../../../_locales/en/messages.json'
import es from '../../../_locales/es/messages.json'
import ptBR from '../../../_locales/pt_BR/messages.json'
import de from '../../../_locales/de/messages.json'

// What the popup and the library render, from the real notes in every language.

const MESSAGES: Record<Lang, unknown> = { en, es, 'pt-BR': ptBR, de }
const labelsOf = (lang: Lang) => {
  const book = noteBook(lang)
  return {
    audience: Object.fromEntries(AUDIENCES.map((who) => [who, book.audienceLabel(who)])) as Record<(typeof AUDIENCES)[number], string>,
    region: Object.fromEntries(REGIONS.map((r) => [r, book.regionLabel(r)])) as Record<(typeof REGIONS)[number], string>,
  }
}

afterEach(cleanup)

describe('popup and library: audiences keep their conditions', () => {
  for (const lang of LANGS) {
    it(`${lang}: every audience with a condition is rendered with it, next to its name`, () => {
      setMessageTable(MESSAGES[lang] as MessageTable)
      const labels = labelsOf(lang)
      const problems: string[] = []
      for (const note of noteBook(lang).allNotes()) {
        const { container } = render(<NoteDetails note={note} labels={labels} />)
        const items = [...container.querySelectorAll('li[data-audience]')]
        expect(items.length, `${lang}/${note.category}`).toBe(note.audience.length)
        note.audience.forEach((entry, i) => {
          const name = items[i]!.querySelector('strong')?.textContent ?? ''
          const label = labels.audience[entry.who]
          const want = entry.condition ? `${label} (${entry.condition})` : label
          if (name !== want) problems.push(`${lang}/${note.category}/${entry.who}: "${name}" instead of "${want}"`)
        })
        cleanup()
      }
      expect(problems).toEqual([])
    }, 60_000) // renders 26 full notes; the shared 2-core machine can be slow
  }
})

describe('library: review dates and how sources were read', () => {
  it('shows each note’s review date under its title', () => {
    setMessageTable(en as MessageTable)
    const notes = noteBook('en').allNotes()
    const { container } = render(<Library notes={notes} labels={labelsOf('en')} />)
    for (const note of notes) {
      const time = container.querySelector(`[data-note="${note.category}"] .library-reviewed time`)
      expect(time?.getAttribute('dateTime'), note.category).toBe(note.reviewed)
      expect(time?.textContent).toBe(`Reviewed ${note.reviewed}`)
    }
  }, 60_000)

  it('says when a source was read only in another language’s copy, a mirror or quoted', () => {
    setMessageTable(de as MessageTable)
    document.documentElement.lang = 'de'
    const note = noteBook('de').noteFor('last-seen')
    const { container } = render(<NoteDetails note={note} labels={labelsOf('de')} />)
    const via = container.querySelector('[data-source="wa-lastseen"] .read-via')
    expect(via?.getAttribute('data-read-via')).toBe('mr')
    expect(via?.textContent).toMatch(/nur in der Fassung auf Marathi gelesen/)
  })
})
