import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render } from '@testing-library/preact'
import { Popup } from '../../../src/popup/components/Popup'
import { CONTEXT_NOTE, makeSummary, spyActions, supportedState, useEnglish } from './fixtures'

beforeEach(useEnglish)
afterEach(cleanup)

const q = <T extends Element = HTMLElement>(c: Element, s: string) => c.querySelector<T>(s)

describe('popup on a supported page', () => {
  it('shows the title, site and view', () => {
    const { container } = render(<Popup state={supportedState()} actions={spyActions()} />)
    expect(q(container, '#popup-title')?.tagName).toBe('H1')
    expect(q(container, '#popup-title')?.textContent).toBe('Metadata Lens')
    expect(q(container, '[data-site]')?.getAttribute('data-site')).toBe('whatsapp-web')
    expect(q(container, '[data-site]')?.textContent).toBe('WhatsApp Web')
    expect(q(container, '[data-view]')?.getAttribute('data-view')).toBe('group-chat')
    expect(q(container, '[data-view]')?.textContent).toBe('Group chat')
  })

  it('lists each detected category with its count, in CATEGORY_GROUPS order', () => {
    const { container } = render(<Popup state={supportedState()} actions={spyActions()} />)
    const items = [...container.querySelectorAll('[data-category]')]
    expect(items.map((e) => e.getAttribute('data-category'))).toEqual(['read-receipt', 'last-seen', 'group-participants'])
    const count = (id: string) => q(container, `[data-category="${id}"] .count`)?.textContent
    expect(count('read-receipt')).toBe('7')
    expect(count('last-seen')).toBe('1')
    expect(count('group-participants')).toBe('12')
    expect(q(container, '[data-category="read-receipt"]')?.textContent).toContain('Read receipt')
    expect(q(container, '[data-category="read-receipt"] .sr-only')?.textContent).toBe('7 on this page')
    // grouped under translated headings
    const groups = [...container.querySelectorAll('[data-group]')].map((g) => g.querySelector('h3')?.textContent)
    expect(groups).toEqual(['Receipts', 'Presence', 'Groups'])
  })

  it('does not list categories with a zero count', () => {
    const state = supportedState({ summary: { ...supportedState().summary, counts: { 'read-receipt': 0, 'last-seen': 2 } } })
    const { container } = render(<Popup state={state} actions={spyActions()} />)
    expect([...container.querySelectorAll('[data-category]')].map((e) => e.getAttribute('data-category'))).toEqual(['last-seen'])
  })

  it('says so when nothing is detected', () => {
    const state = supportedState({ summary: { ...supportedState().summary, counts: {} } })
    const { container } = render(<Popup state={state} actions={spyActions()} />)
    expect(container.querySelectorAll('[data-category]').length).toBe(0)
    expect(container.textContent).toContain('Nothing that reveals metadata is visible')
  })

  it('rows show a chevron; an opened row shows the short note and links to the full note in the library', () => {
    const actions = spyActions()
    const { container } = render(<Popup state={supportedState()} actions={actions} />)
    for (const row of container.querySelectorAll('[data-category] summary')) {
      expect(row.querySelector('.chevron[aria-hidden="true"]')).not.toBeNull()
    }
    const details = q<HTMLDetailsElement>(container, '[data-category="read-receipt"] details')!
    expect(details.open).toBe(false)
    const body = details.querySelector('.category-body')!
    expect(body.querySelector('.note-short')?.textContent).toBe('Summary of read-receipt.')
    // short: the full note's parts stay in the library
    expect(body.textContent).not.toContain('Retention is not published.')
    expect(body.textContent).not.toContain('Settings › Privacy › Read receipts')
    const link = body.querySelector<HTMLAnchorElement>('[data-full-note]')!
    expect(link.textContent).toBe('Read the full note')
    expect(link.getAttribute('href')).toBe('../../src/library/index.html#read-receipt')
    fireEvent.click(link)
    expect(actions.openLibrary).toHaveBeenCalledWith('read-receipt')
  })

  it('"Show on page" asks for that category', () => {
    const actions = spyActions()
    const { container } = render(<Popup state={supportedState()} actions={actions} />)
    fireEvent.click(q(container, '[data-show-on-page="last-seen"]')!)
    expect(actions.showOnPage).toHaveBeenCalledWith('last-seen')
  })

  it('first screen order: one-line summary, the counts, then the context notes, then the legend', () => {
    const { container } = render(<Popup state={supportedState({ contextNotes: [CONTEXT_NOTE] })} actions={spyActions()} />)
    const line = q(container, '[data-summary-line]')!
    expect(line.textContent).toBe('20 metadata-bearing elements of 3 kinds')
    const first = q(container, '[data-category]')!
    const note = q(container, '[data-context-note="group-receipts"]')!
    const legend = q(container, '[data-legend]')!
    const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
    expect(follows(line, first)).toBe(true)
    expect(follows(first, note)).toBe(true)
    expect(follows(note, legend)).toBe(true)
    expect(note.textContent).toContain('In groups, read receipts are always sent')
    // nothing but the status notices comes before the summary line
    expect(container.querySelector('main')!.firstElementChild).toBe(q(container, '.detected'))
  })

  it('the summary line says one kind and one element in the singular', () => {
    const one = supportedState({ summary: makeSummary({ counts: { 'last-seen': 1 } }) })
    const { container, rerender } = render(<Popup state={one} actions={spyActions()} />)
    expect(q(container, '[data-summary-line]')?.textContent).toBe('1 metadata-bearing element of 1 kind')
    rerender(<Popup state={supportedState({ summary: makeSummary({ counts: { 'read-receipt': 4 } }) })} actions={spyActions()} />)
    expect(q(container, '[data-summary-line]')?.textContent).toBe('4 metadata-bearing elements of 1 kind')
  })

  it('links "How to change your privacy settings" once, however many context notes cite it', () => {
    const settingsSource = { id: 'wa-privacy', title: 'How to change your privacy settings', publisher: 'WhatsApp', url: 'https://faq.whatsapp.com/3307102709559968', date: 'undated' as const, kind: 'official' as const }
    const notes = ['a', 'b', 'c'].map((id) => ({ ...CONTEXT_NOTE, id, sources: [settingsSource] }))
    const { container } = render(<Popup state={supportedState({ contextNotes: notes })} actions={spyActions()} />)
    expect(container.querySelectorAll('[data-context-note]').length).toBe(3)
    const links = [...container.querySelectorAll('a')].filter((a) => a.textContent === 'How to change your privacy settings')
    expect(links.length).toBe(1)
    expect(links[0].getAttribute('href')).toBe(settingsSource.url)
  })

  it('explains the marker in a legend', () => {
    const { container } = render(<Popup state={supportedState()} actions={spyActions()} />)
    const legend = q(container, '[data-legend]')!
    expect(legend.querySelector('.legend-dot')).not.toBeNull()
    expect(legend.textContent).toContain('This dot marks an element that reveals metadata')
  })

  it('renders no context section when there are none', () => {
    const { container } = render(<Popup state={supportedState()} actions={spyActions()} />)
    expect(container.querySelectorAll('[data-context-note]').length).toBe(0)
  })

  it('opens the library', () => {
    const actions = spyActions()
    const { container } = render(<Popup state={supportedState()} actions={actions} />)
    fireEvent.click(q(container, '#open-library')!)
    expect(actions.openLibrary).toHaveBeenCalledTimes(1)
  })
})

describe('controls', () => {
  it('switches annotations off everywhere', () => {
    const actions = spyActions()
    const { container } = render(<Popup state={supportedState()} actions={actions} />)
    const all = q<HTMLInputElement>(container, '#toggle-all')!
    expect(all.checked).toBe(true)
    fireEvent.click(all)
    expect(actions.updateSettings).toHaveBeenCalledTimes(1)
    expect(actions.updateSettings.mock.calls[0][0]).toMatchObject({ enabled: false, disabledSites: [] })
  })

  it('switches this site off and back on', () => {
    const actions = spyActions()
    const { container, rerender } = render(<Popup state={supportedState()} actions={actions} />)
    fireEvent.click(q(container, '#toggle-site')!)
    expect(actions.updateSettings.mock.calls[0][0].disabledSites).toEqual(['whatsapp-web'])

    const off = supportedState()
    off.settings.disabledSites = ['whatsapp-web']
    rerender(<Popup state={off} actions={actions} />)
    const site = q<HTMLInputElement>(container, '#toggle-site')!
    expect(site.checked).toBe(false)
    expect(container.querySelector('[data-annotations-off]')).not.toBeNull()
    fireEvent.click(site)
    expect(actions.updateSettings.mock.calls[1][0].disabledSites).toEqual([])
  })

  it('labels the site switch with the site name', () => {
    const { container } = render(<Popup state={supportedState()} actions={spyActions()} />)
    expect(container.querySelector('label[for="toggle-site"]')?.textContent).toBe('Annotations on WhatsApp Web')
  })

  it('switches a category off', () => {
    const actions = spyActions()
    const { container } = render(<Popup state={supportedState()} actions={actions} />)
    const box = q<HTMLInputElement>(container, '[data-category-toggle="last-seen"]')!
    expect(box.checked).toBe(true)
    expect(container.querySelector(`label[for="${box.id}"]`)?.textContent).toBe('Last seen')
    fireEvent.click(box)
    expect(actions.updateSettings.mock.calls[0][0].disabledCategories).toEqual(['last-seen'])
    // every category has a switch
    expect(container.querySelectorAll('[data-category-toggle]').length).toBe(26)
  })

  it('changes the marker style', () => {
    const actions = spyActions()
    const { container } = render(<Popup state={supportedState()} actions={actions} />)
    const select = q<HTMLSelectElement>(container, '#marker-style')!
    expect(select.value).toBe('dot')
    expect([...select.options].map((o) => o.value)).toEqual(['dot', 'outline', 'tooltip-only'])
    select.value = 'outline'
    fireEvent.change(select)
    expect(actions.updateSettings.mock.calls[0][0].markerStyle).toBe('outline')
  })

  it('shows the console switches on supported pages too', () => {
    const { container } = render(<Popup state={supportedState()} actions={spyActions()} />)
    expect(container.querySelectorAll('.controls [data-console]').length).toBe(2)
  })
})

describe('settings repair message', () => {
  it('is shown when loadSettings repaired values', () => {
    const { container } = render(
      <Popup state={supportedState({ settingsProblems: ['unknown marker style; default used'] })} actions={spyActions()} />,
    )
    expect(q(container, '[data-settings-repaired]')?.textContent).toContain('reset to their defaults')
  })

  it('is absent otherwise', () => {
    const { container } = render(<Popup state={supportedState()} actions={spyActions()} />)
    expect(q(container, '[data-settings-repaired]')).toBeNull()
  })
})

describe('loading', () => {
  it('renders only the title and a loading line', () => {
    const { container } = render(<Popup state={{ kind: 'loading' }} actions={spyActions()} />)
    expect(q(container, '#popup-title')).not.toBeNull()
    expect(container.textContent).toContain('Loading…')
    expect(q(container, '#open-library')).toBeNull()
  })
})
