import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact'
import { Library } from '../../../src/library/Library'
import { filterNotes } from '../../../src/library/filter'
import { LABELS, makeNote, useEnglish, useGerman } from './fixtures'

afterEach(cleanup)

const NOTES = [
  makeNote('read-receipt', { title: 'Read receipt', summary: 'Two blue ticks show that the chat was opened.' }),
  makeNote('last-seen', { title: 'Last seen', summary: 'When you were last online.' }),
  makeNote('business-analytics', { title: 'Conversation analytics', summary: 'Counts of delivered and read messages.' }),
  makeNote('group-participants', { title: 'Participants', summary: 'Everyone in a group sees every member’s number.' }),
]

const shown = (c: Element) => [...c.querySelectorAll('[data-note]')].map((n) => n.getAttribute('data-note'))
const search = (c: Element, value: string) => {
  const input = c.querySelector<HTMLInputElement>('#library-search')!
  input.value = value
  fireEvent.input(input)
}

describe('library', () => {
  beforeEach(useEnglish)

  it('lists every note grouped by category group, with full content and sources', () => {
    const { container } = render(<Library notes={NOTES} labels={LABELS} />)
    expect(shown(container)).toEqual(['read-receipt', 'last-seen', 'group-participants', 'business-analytics'])
    expect([...container.querySelectorAll('[data-group] > h2')].map((h) => h.textContent)).toEqual([
      'Receipts', 'Presence', 'Groups', 'Business',
    ])
    const note = container.querySelector('[data-note="read-receipt"]')!
    expect(note.querySelector('summary h3')?.textContent).toBe('Read receipt')
    expect(note.textContent).toContain('Settings › Privacy › Read receipts')
    expect(note.querySelector('[data-source="s-help"] a')?.getAttribute('href')).toBe('https://faq.whatsapp.com/123')
    expect(container.querySelector('#library-count')?.textContent).toBe('4 of 4 notes')
  })

  it('filters by title', () => {
    const { container } = render(<Library notes={NOTES} labels={LABELS} />)
    search(container, 'last SEEN')
    expect(shown(container)).toEqual(['last-seen'])
    expect(container.querySelector('#library-count')?.textContent).toBe('1 of 4 notes')
  })

  it('filters by summary', () => {
    const { container } = render(<Library notes={NOTES} labels={LABELS} />)
    search(container, 'blue ticks')
    expect(shown(container)).toEqual(['read-receipt'])
  })

  it('filters by category (id and group name)', () => {
    const { container } = render(<Library notes={NOTES} labels={LABELS} />)
    search(container, 'business')
    expect(shown(container)).toEqual(['business-analytics'])
    search(container, 'group participants')
    expect(shown(container)).toEqual(['group-participants'])
  })

  it('says when nothing matches, and shows everything again when cleared', () => {
    const { container } = render(<Library notes={NOTES} labels={LABELS} />)
    search(container, 'zzz-nothing')
    expect(shown(container)).toEqual([])
    expect(container.querySelector('[data-library-empty]')).not.toBeNull()
    search(container, '  ')
    expect(shown(container).length).toBe(4)
  })

  it('has a table of contents by group, linking to each note', () => {
    const { container } = render(<Library notes={NOTES} labels={LABELS} />)
    const toc = container.querySelector('[data-toc]')!
    expect([...toc.querySelectorAll('[data-toc-group] h3')].map((h) => h.textContent)).toEqual(['Receipts', 'Presence', 'Groups', 'Business'])
    const links = [...toc.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#read-receipt', '#last-seen', '#group-participants', '#business-analytics'])
    expect(links[0].textContent).toBe('Read receipt')
    search(container, 'last seen')
    expect([...toc.querySelectorAll('[data-toc-link]')].map((a) => a.getAttribute('data-toc-link'))).toEqual(['last-seen'])
  })

  it('notes are collapsed by default, under their titles', () => {
    const { container } = render(<Library notes={NOTES} labels={LABELS} />)
    const notes = [...container.querySelectorAll<HTMLDetailsElement>('details[data-note]')]
    expect(notes.length).toBe(4)
    expect(notes.every((d) => !d.open)).toBe(true)
    expect(notes[0].querySelector('summary h3')?.textContent).toBe('Read receipt')
  })

  it('a #category link opens that note, on load and when the hash changes', async () => {
    location.hash = '#last-seen'
    const { container } = render(<Library notes={NOTES} labels={LABELS} />)
    const open = () => [...container.querySelectorAll<HTMLDetailsElement>('details[data-note]')].filter((d) => d.open).map((d) => d.id)
    await waitFor(() => expect(open()).toEqual(['last-seen']))
    location.hash = '#business-analytics'
    dispatchEvent(new HashChangeEvent('hashchange'))
    await waitFor(() => expect(open()).toEqual(['last-seen', 'business-analytics']))
    location.hash = '#library-search' // not a note: nothing else opens
    dispatchEvent(new HashChangeEvent('hashchange'))
    expect(open()).toEqual(['last-seen', 'business-analytics'])
    location.hash = ''
  })

  it('labels the search box', () => {
    const { container } = render(<Library notes={NOTES} labels={LABELS} />)
    expect(container.querySelector('label[for="library-search"]')?.textContent).toBe('Search notes')
  })
})

describe('library search in the UI language', () => {
  beforeEach(useGerman)

  it('matches translated group names and ignores diacritics', () => {
    const de = [
      makeNote('read-receipt', { title: 'Lesebestätigung', summary: 'Zwei blaue Häkchen.' }),
      makeNote('profile-photo', { title: 'Profilbild', summary: 'Wer Ihr Bild sieht.' }),
    ]
    expect(filterNotes(de, 'Bestätigungen').map((n) => n.category)).toEqual(['read-receipt']) // group label (de)
    expect(filterNotes(de, 'lesebestatigung').map((n) => n.category)).toEqual(['read-receipt'])
    expect(filterNotes(de, 'HÄKCHEN').map((n) => n.category)).toEqual(['read-receipt'])
    expect(filterNotes(de, 'profil bild').map((n) => n.category)).toEqual(['profile-photo'])
  })
})
