import { describe, expect, test } from 'vitest'
import { MAX_SOURCES, renderNote, safeSourceUrl, type NoteLabels, type TooltipContent } from '../../../src/overlay/note'

const LABELS: NoteLabels = {
  whoCanSee: 'Who can see it',
  sharedWith: 'Shared with',
  kept: 'Kept',
  control: 'Setting',
  sources: 'Sources',
  fullNote: 'Read the full note',
}

const FULL: TooltipContent = {
  title: 'Read receipts',
  summary: 'Blue ticks tell the sender you opened the chat.',
  audience: 'The person who sent it',
  sharedWith: 'WhatsApp servers',
  kept: 'Until delivered',
  control: 'Privacy › Read receipts',
  sources: [
    { label: 'WhatsApp Help Center', url: 'https://faq.whatsapp.com/123' },
    { label: 'Privacy Policy', url: 'https://www.whatsapp.com/legal/privacy-policy' },
  ],
}

/** The note as one element, the way the tooltip lays it out. */
function draw(content: TooltipContent, labels = LABELS, withFullNote = true) {
  const parts = renderNote(document, content, labels, withFullNote)
  const box = document.createElement('div')
  const title = document.createElement('p')
  title.textContent = parts.title
  const text = document.createElement('div')
  text.append(...parts.text)
  const links = document.createElement('div')
  links.append(...parts.links)
  box.append(title, text, links)
  return { box, text, links, parts }
}

const section = (box: Element, name: string) => box.querySelector(`[data-section="${name}"]`)?.textContent

describe('the short note', () => {
  test('every section, labelled, in order: what, who, shared with, kept, setting; then sources and the full note', () => {
    const { box, text, links } = draw(FULL)
    expect(box.querySelector('.summary')!.textContent).toBe(FULL.summary)
    expect(section(text, 'audience')).toBe('Who can see it: The person who sent it')
    expect(section(text, 'shared-with')).toBe('Shared with: WhatsApp servers')
    expect(section(text, 'kept')).toBe('Kept: Until delivered')
    expect(section(text, 'control')).toBe('Setting: Privacy › Read receipts')
    expect([...text.querySelectorAll('[data-section]')].map((p) => (p as HTMLElement).dataset.section)).toEqual([
      'audience', 'shared-with', 'kept', 'control',
    ])
    // Links are not part of the text a marker is described by.
    expect(text.querySelector('a, button')).toBeNull()
    const anchors = [...links.querySelectorAll('a')]
    expect(anchors.map((a) => [a.textContent, a.getAttribute('href'), a.target, a.rel])).toEqual([
      ['WhatsApp Help Center', 'https://faq.whatsapp.com/123', '_blank', 'noopener noreferrer'],
      ['Privacy Policy', 'https://www.whatsapp.com/legal/privacy-policy', '_blank', 'noopener noreferrer'],
    ])
    expect(section(links, 'sources')).toMatch(/^Sources: WhatsApp Help Center · Privacy Policy$/)
    const more = links.querySelector('button.full-note')!
    expect(more.textContent).toBe('Read the full note')
    expect(more.getAttribute('type')).toBe('button')
  })

  test('empty sections are left out; a title-only note is just its title', () => {
    const { box, parts } = draw({ title: 'Read receipts', summary: '', audience: ' ', control: 'Privacy' })
    expect(section(box, 'audience')).toBeUndefined()
    expect(section(box, 'shared-with')).toBeUndefined()
    expect(section(box, 'control')).toBe('Setting: Privacy')
    const bare = draw({ title: 'Read receipts' }, LABELS, false)
    expect(bare.parts.title).toBe('Read receipts')
    expect(bare.parts.text).toEqual([])
    expect(bare.parts.links).toEqual([])
    expect(parts.links.some((p) => p.querySelector('button'))).toBe(true)
  })

  test('"Read the full note" only when the overlay can open it and has words for it', () => {
    expect(draw(FULL, LABELS, false).links.querySelector('button')).toBeNull()
    expect(draw(FULL, { ...LABELS, fullNote: '' }, true).links.querySelector('button')).toBeNull()
    expect(draw(FULL, { ...LABELS, fullNote: undefined }, true).links.querySelector('button')).toBeNull()
  })

  test('a section without a label still shows its words', () => {
    const { text } = draw(FULL, { whoCanSee: 'Who can see it', control: 'Setting' })
    expect(section(text, 'shared-with')).toBe('WhatsApp servers')
    expect(text.querySelectorAll('.label')).toHaveLength(2) // who can see it and setting; shared with and kept unlabelled
  })

  test('labels that come with the note open its sections; the link keeps the overlay\'s words', () => {
    const labels = { whoCanSee: 'Wer es sehen kann', sharedWith: 'Geteilt mit', kept: 'Speicherdauer', control: 'Einstellung', sources: 'Quellen' }
    const { text, links } = draw({ ...FULL, labels }, { fullNote: 'Read the full note' })
    expect([...text.querySelectorAll('.label')].map((l) => l.textContent)).toEqual(['Wer es sehen kann: ', 'Geteilt mit: ', 'Speicherdauer: ', 'Einstellung: '])
    expect(links.querySelector('.label')!.textContent).toBe('Quellen: ')
    expect(links.querySelector('button')!.textContent).toBe('Read the full note')
  })

  test(`at most ${MAX_SOURCES} sources`, () => {
    const sources = Array.from({ length: 6 }, (_, i) => ({ label: `S${i}`, url: `https://example.org/${i}` }))
    expect(draw({ ...FULL, sources }).links.querySelectorAll('a')).toHaveLength(MAX_SOURCES)
  })
})

describe('hostile or unknown values stay inert', () => {
  const HOSTILE = '<img src=x onerror="window.__pwned=1"><a href="https://evil.example">x</a>'

  test('words go in as text, never as markup', () => {
    const { box } = draw({
      title: HOSTILE,
      summary: HOSTILE,
      audience: HOSTILE,
      sharedWith: HOSTILE,
      kept: HOSTILE,
      control: HOSTILE,
      sources: [{ label: HOSTILE, url: 'https://faq.whatsapp.com/1' }],
    }, { whoCanSee: HOSTILE, sharedWith: HOSTILE, kept: HOSTILE, control: HOSTILE, sources: HOSTILE, fullNote: HOSTILE })
    expect(box.querySelector('img')).toBeNull()
    expect(box.querySelectorAll('a')).toHaveLength(1) // the one source, not the one in the words
    expect(box.querySelector('a')!.textContent).toBe(HOSTILE)
    expect(box.textContent).toContain(HOSTILE)
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
  })

  test.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['http://faq.whatsapp.com/1'],
    ['//faq.whatsapp.com/1'],
    ['/relative/path'],
    ['https://user:pass@faq.whatsapp.com/'],
    ['https://'],
    ['not a url'],
    [''],
  ])('a source at %j is plain text, not a link', (url) => {
    expect(safeSourceUrl(url)).toBeNull()
    const { links } = draw({ title: 't', sources: [{ label: 'Source', url }] })
    expect(links.querySelector('a')).toBeNull()
    expect(links.textContent).toContain('Source')
  })

  test('values of the wrong type are skipped, not drawn', () => {
    const odd = {
      title: 'T',
      summary: 42,
      audience: { toString: () => '<b>x</b>' },
      sources: [null, 7, { label: 'Ok', url: 'https://faq.whatsapp.com/ok' }, { label: 3, url: 'https://x.example' }, { url: 'https://y.example' }],
    } as unknown as TooltipContent
    const { box } = draw(odd)
    expect(box.querySelector('.summary')).toBeNull()
    expect(section(box, 'audience')).toBeUndefined()
    expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://faq.whatsapp.com/ok'])
    expect(draw({ title: 'T', sources: 'https://faq.whatsapp.com' as never }).links.querySelector('a')).toBeNull()
  })

  test('https addresses are kept as the browser normalises them', () => {
    expect(safeSourceUrl('https://faq.whatsapp.com/x?y=1#z')).toBe('https://faq.whatsapp.com/x?y=1#z')
    expect(safeSourceUrl('HTTPS://FAQ.WhatsApp.com/')).toBe('https://faq.whatsapp.com/')
  })
})
