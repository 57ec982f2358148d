import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/preact'
import { Welcome } from '../../../src/welcome/Welcome'
import { useEnglish, useGerman } from './fixtures'

afterEach(cleanup)
const URLS = { library: 'ext://lib', privacy: 'ext://privacy' }

describe('welcome page', () => {
  beforeEach(useEnglish)

  it('explains the marker, hover, the popup, the shortcut, the privacy promise and switching categories off', () => {
    const { container } = render(<Welcome shortcut="Alt+Shift+M" urls={URLS} />)
    const section = (name: string) => container.querySelector(`[data-welcome="${name}"]`)?.textContent ?? ''
    expect(container.querySelector('h1')?.textContent).toBe('Welcome to Metadata Lens')
    expect(section('marker')).toContain('small dot')
    expect(container.querySelector('[data-welcome="marker"] .legend-dot')).not.toBeNull()
    expect(section('hover')).toContain('who can see it')
    expect(section('popup')).toContain('toolbar')
    expect(container.querySelector('[data-shortcut]')?.textContent).toBe('Alt+Shift+M')
    expect(container.querySelector('[data-welcome="shortcut"] p')?.textContent).toBe('Press Alt+Shift+M to turn the markers on or off everywhere.')
    expect(section('privacy')).toContain('makes no network requests')
    expect(section('switches')).toContain('"Show markers for…"')
  })

  it('links to the library and the privacy policy', () => {
    const { container } = render(<Welcome shortcut="Alt+Shift+M" urls={URLS} />)
    expect(container.querySelector('#welcome-library')?.getAttribute('href')).toBe('ext://lib')
    expect(container.querySelector('#welcome-privacy')?.getAttribute('href')).toBe('ext://privacy')
  })

  it('says so when no shortcut is set', () => {
    const { container } = render(<Welcome shortcut={null} urls={URLS} />)
    expect(container.querySelector('[data-shortcut]')).toBeNull()
    expect(container.querySelector('[data-welcome="shortcut"]')?.textContent).toContain('No shortcut is set')
  })
})

describe('welcome page in the UI language', () => {
  beforeEach(useGerman)

  it('is German with a German UI', () => {
    const { container } = render(<Welcome shortcut="Alt+Umschalt+M" urls={URLS} />)
    expect(container.querySelector('h1')?.textContent).toBe('Willkommen bei Metadata Lens')
    expect(container.querySelector('[data-welcome="shortcut"] p')?.textContent).toBe(
      'Drücken Sie Alt+Umschalt+M, um die Markierungen überall ein- oder auszuschalten.',
    )
  })
})
