import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render } from '@testing-library/preact'
import { Popup } from '../../../src/popup/components/Popup'
import type { PageSummary } from '../../../src/shared/page'
import { makeSummary, spyActions, supportedState, useEnglish } from './fixtures'

// A stored summary can be anything (storage.session is writable by every extension context, and
// an older build may have written another shape). The popup must never go blank: what it cannot
// render is replaced by a plain sentence and the controls that still work.

beforeEach(() => {
  useEnglish()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const HTML = '<img src=x onerror="document.title=1"><b>bold</b>'
const malformed = (over: Record<string, unknown>) => ({ ...makeSummary(), ...over }) as unknown as PageSummary

const CASES: Array<[string, PageSummary]> = [
  ['null health entries', malformed({ health: [null, { id: 'wa.receipts', core: true, status: 'no-match', matches: 0 }] })],
  ['health not a list', malformed({ health: 'broken' })],
  ['null facts', malformed({ facts: null })],
  ['unknown site and view', malformed({ facts: { site: HTML, view: 42, drawer: 'none', businessChat: false } })],
  ['counts of the wrong type', malformed({ counts: { 'read-receipt': '7', 'last-seen': -3, 'group-participants': Number.NaN } })],
  ['huge counts', malformed({ counts: { 'read-receipt': 1e308, 'last-seen': Number.MAX_SAFE_INTEGER } })],
  ['counts null', malformed({ counts: null })],
  ['HTML in health ids', malformed({ health: [{ id: HTML, core: true, status: HTML, matches: HTML }] })],
]

describe('malformed summaries', () => {
  it.each(CASES)('%s: the popup still offers the master switch and the library', (_name, summary) => {
    const actions = spyActions()
    const { container } = render(<Popup state={supportedState({ summary })} actions={actions} />)
    expect(container.querySelector('#popup-title')?.textContent).toBe('Metadata Lens')
    const toggle = container.querySelector<HTMLInputElement>('#toggle-all')
    expect(toggle, 'master switch').not.toBeNull()
    fireEvent.click(toggle!)
    expect(actions.updateSettings).toHaveBeenCalledTimes(1)
    expect(actions.updateSettings.mock.calls[0][0].enabled).toBe(false)
    fireEvent.click(container.querySelector('#open-library')!)
    expect(actions.openLibrary).toHaveBeenCalled()
    // text stays text
    expect(container.querySelector('img, b')).toBeNull()
  })

  it('a summary that cannot be rendered shows the plain error state instead of a blank page', () => {
    const { container } = render(<Popup state={supportedState({ summary: malformed({ facts: null }) })} actions={spyActions()} />)
    expect(container.querySelector('[data-crashed]')?.textContent).toContain('Something went wrong; reopen the popup.')
  })

  it('counts that are not positive whole numbers are left out, and the summary line adds up the rest', () => {
    const summary = malformed({ counts: { 'read-receipt': 1e308, 'last-seen': -3, 'group-participants': 2, 'typing-indicator': '4' } })
    const { container } = render(<Popup state={supportedState({ summary })} actions={spyActions()} />)
    expect([...container.querySelectorAll('[data-category]')].map((e) => e.getAttribute('data-category'))).toEqual(['group-participants'])
    expect(container.querySelector('[data-summary-line]')?.textContent).toBe('2 metadata-bearing elements of 1 kind')
  })
})

describe('failed saves', () => {
  it('shows the error with a retry, next to the stored settings', () => {
    const actions = spyActions()
    const state = supportedState({ save: { kind: 'failed', error: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded' } })
    const { container } = render(<Popup state={state} actions={actions} />)
    const box = container.querySelector('[data-save-failed]')!
    expect(box.getAttribute('role')).toBe('alert')
    expect(box.textContent).toContain('Your change was not saved: MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded')
    fireEvent.click(box.querySelector('#retry-save')!)
    expect(actions.retrySave).toHaveBeenCalledTimes(1)
  })

  it('shows nothing when the last save worked', () => {
    const { container } = render(<Popup state={supportedState({ save: { kind: 'idle' } })} actions={spyActions()} />)
    expect(container.querySelector('[data-save-failed]')).toBeNull()
  })
})
