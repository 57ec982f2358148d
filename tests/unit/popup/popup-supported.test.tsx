import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render } from '@testing-library/preact'
import { Popup } from '../../../src/popup/components/Popup'
import { CONTEXT_NOTE, spyActions, supportedState, useEnglish } from './fixtures'

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

  it('expanding a category shows the full note with https source links', () => {
    const { container } = render(<Popup state={supportedState()} actions={spyActions()} />)
    const details = q<HTMLDetailsElement>(container, '[data-category="read-receipt"] details')!
    expect(details.open).toBe(false)
    fireEvent.click(details.querySelector('summary')!)
    details.open = true // happy-dom does not toggle <details> on a synthetic click
    const text = details.textContent ?? ''
    expect(text).toContain('read-receipt carries a time stamp') // generated claims
    expect(text).toContain('The other person') // audience label
    expect(text).toContain('only if both have it on') // qualifier
    expect(text).toContain('European Region') // region label
    expect(text).toContain('Retention is not published.')
    expect(text).toContain('Settings › Privacy › Read receipts')
    expect(text).toContain('Options: On · Off')
    expect(text).toContain('Always sent in groups')
    expect(text).toContain('Works both ways:')
    expect(text).toContain('2024-05')
    expect(text).toContain('official')
    expect(text).toContain('Confidence: documented')

    const sources = [...details.querySelectorAll<HTMLAnchorElement>('[data-source] a')]
    expect(sources.map((a) => a.textContent)).toEqual(['Help Center article', 'Privacy Policy', 'Press report'])
    const linked = sources.filter((a) => a.hasAttribute('href'))
    expect(linked.map((a) => a.getAttribute('href'))).toEqual([
      'https://faq.whatsapp.com/123',
      'https://www.whatsapp.com/legal/privacy-policy-eea',
    ])
    for (const a of details.querySelectorAll('a')) {
      expect(a.getAttribute('target')).toBe('_blank')
      expect(a.getAttribute('rel')).toBe('noreferrer')
      const href = a.getAttribute('href')
      if (href !== null) expect(href.startsWith('https://')).toBe(true)
    }
    // numbered references inside the claims point at the same sources
    expect(details.querySelector('.refs a')?.getAttribute('aria-label')).toBe('Source 1: Help Center article')
  })

  it('"Show on page" asks for that category', () => {
    const actions = spyActions()
    const { container } = render(<Popup state={supportedState()} actions={actions} />)
    fireEvent.click(q(container, '[data-show-on-page="last-seen"]')!)
    expect(actions.showOnPage).toHaveBeenCalledWith('last-seen')
  })

  it('puts context notes above the detected categories', () => {
    const { container } = render(<Popup state={supportedState({ contextNotes: [CONTEXT_NOTE] })} actions={spyActions()} />)
    const note = q(container, '[data-context-note="group-receipts"]')!
    expect(note.textContent).toContain('In groups, read receipts are always sent')
    const first = q(container, '[data-category]')!
    expect(note.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
    expect(note.querySelector('a')?.getAttribute('href')).toBe('https://faq.whatsapp.com/123')
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
