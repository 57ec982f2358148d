import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/preact'
import { Popup } from '../../../src/popup/components/Popup'
import { needsHealthWarning } from '../../../src/popup/state'
import type { DetectorHealth } from '../../../src/shared/page'
import { makeSummary, spyActions, supportedState, useEnglish } from './fixtures'

beforeEach(useEnglish)
afterEach(cleanup)

const health = (...h: DetectorHealth[]) => h
const renderWith = (summary: ReturnType<typeof makeSummary>) =>
  render(<Popup state={supportedState({ summary })} actions={spyActions()} />).container

describe('detector health', () => {
  it('warns when the page is ready and a core detector found nothing', () => {
    const summary = makeSummary({
      counts: {},
      health: health(
        { id: 'wa.receipts', core: true, status: 'no-match', matches: 0 },
        { id: 'wa.chat-header', core: true, status: 'failed', matches: 0 },
        { id: 'wa.status', core: false, status: 'ok', matches: 2 },
      ),
    })
    const warning = renderWith(summary).querySelector('[data-health]')
    expect(warning).not.toBeNull()
    expect(warning!.querySelector('p')?.textContent).toBe(
      'Some elements WhatsApp usually shows were not found, so this page may have changed. The notes may be incomplete.',
    )
    // Internal names stay behind the disclosure: nothing outside <details> names a detector.
    const details = warning!.querySelector('details')!
    expect(details.open).toBe(false)
    const outside = warning!.cloneNode(true) as Element
    outside.querySelector('details > :not(summary)')?.parentElement?.querySelectorAll(':scope > :not(summary)').forEach((e) => e.remove())
    expect(outside.textContent).not.toMatch(/wa\.|core|expected on every/)
    const rows = [...details.querySelectorAll('[data-detector]')]
    expect(rows.map((r) => [r.getAttribute('data-detector'), r.getAttribute('data-status')])).toEqual([
      ['wa.receipts', 'no-match'],
      ['wa.chat-header', 'failed'],
      ['wa.status', 'ok'],
    ])
    expect(rows[0].textContent).toContain('found nothing')
    expect(rows[1].textContent).toContain('failed')
  })

  it('stays silent when annotations are off (the page then finds nothing by design)', () => {
    const summary = makeSummary({ counts: {}, health: health({ id: 'wa.receipts', core: true, status: 'no-match', matches: 0 }) })
    const state = supportedState({ summary })
    state.settings.enabled = false
    const { container } = render(<Popup state={state} actions={spyActions()} />)
    expect(container.querySelector('[data-annotations-off]')).not.toBeNull()
    expect(container.querySelector('[data-health]')).toBeNull()
    expect(container.textContent).not.toContain('Nothing that reveals metadata')
  })

  it('stays silent while the page is still loading', () => {
    const summary = makeSummary({ ready: false, health: health({ id: 'wa.receipts', core: true, status: 'no-match', matches: 0 }) })
    expect(needsHealthWarning(summary)).toBe(false)
    expect(renderWith(summary).querySelector('[data-health]')).toBeNull()
  })

  it('stays silent when only non-core detectors found nothing', () => {
    const summary = makeSummary({
      health: health(
        { id: 'wa.receipts', core: true, status: 'ok', matches: 3 },
        { id: 'wa.status', core: false, status: 'no-match', matches: 0 },
        { id: 'wa.location', core: false, status: 'failed', matches: 0 },
      ),
    })
    expect(needsHealthWarning(summary)).toBe(false)
    expect(renderWith(summary).querySelector('[data-health]')).toBeNull()
  })

  it('stays silent when every core detector found something', () => {
    const summary = makeSummary()
    expect(needsHealthWarning(summary)).toBe(false)
    expect(renderWith(summary).querySelector('[data-health]')).toBeNull()
  })
})
