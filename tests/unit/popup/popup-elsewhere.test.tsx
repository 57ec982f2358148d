import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render } from '@testing-library/preact'
import { Popup } from '../../../src/popup/components/Popup'
import { elsewhereState, spyActions, useEnglish } from './fixtures'

beforeEach(useEnglish)
afterEach(cleanup)

describe('popup elsewhere', () => {
  it('says in one sentence what the extension does, and offers WhatsApp Web and "Annotate this page"', () => {
    const actions = spyActions()
    const { container } = render(<Popup state={elsewhereState()} actions={actions} />)
    const section = container.querySelector('[data-elsewhere]')!
    expect(section.querySelector('p')?.textContent).toBe(
      'Metadata Lens marks what WhatsApp Web and WhatsApp business dashboards reveal as metadata, and explains who can see it.',
    )
    const buttons = [...section.querySelectorAll('button')].map((b) => b.id)
    expect(buttons).toEqual(['open-whatsapp', 'annotate-page'])
    fireEvent.click(section.querySelector('#open-whatsapp')!)
    expect(actions.openWhatsApp).toHaveBeenCalledTimes(1)
    expect(section.querySelector('#open-whatsapp')?.textContent).toBe('Open WhatsApp Web')
    expect(container.querySelector('[data-category]')).toBeNull()
    expect(container.querySelector('#toggle-site')).toBeNull()
    expect(container.querySelector('[data-site]')).toBeNull()
  })

  it('"Annotate this page" asks the background', () => {
    const actions = spyActions()
    const { container } = render(<Popup state={elsewhereState()} actions={actions} />)
    const button = container.querySelector<HTMLButtonElement>('#annotate-page')!
    expect(button.disabled).toBe(false)
    fireEvent.click(button)
    expect(actions.annotatePage).toHaveBeenCalledTimes(1)
  })

  it('disables the button without a tab or while pending', () => {
    for (const state of [elsewhereState({ tabId: null }), elsewhereState({ annotate: { kind: 'pending' } })]) {
      const { container } = render(<Popup state={state} actions={spyActions()} />)
      expect(container.querySelector<HTMLButtonElement>('#annotate-page')!.disabled).toBe(true)
      cleanup()
    }
  })

  it('shows the annotate result', () => {
    const { container, rerender } = render(
      <Popup state={elsewhereState({ annotate: { kind: 'done', ok: true } })} actions={spyActions()} />,
    )
    const result = () => container.querySelector('[data-annotate-result]')!
    expect(result().getAttribute('data-annotate-result')).toBe('true')
    expect(result().textContent).toContain('Done.')
    rerender(
      <Popup
        state={elsewhereState({ annotate: { kind: 'done', ok: false, error: 'Cannot access a chrome:// URL' } })}
        actions={spyActions()}
      />,
    )
    expect(result().getAttribute('data-annotate-result')).toBe('false')
    expect(result().textContent).toBe('Could not annotate this page: Cannot access a chrome:// URL')
  })

  it('lists provider consoles with a switch each, reflecting the permission', () => {
    const { container } = render(<Popup state={elsewhereState()} actions={spyActions()} />)
    const switches = [...container.querySelectorAll<HTMLInputElement>('[data-console]')]
    expect(switches.map((s) => [s.getAttribute('data-console'), s.checked])).toEqual([
      ['twilio-console', false],
      ['wati', true],
    ])
    const label = container.querySelector(`label[for="${switches[1].id}"]`)?.textContent
    expect(label).toContain('WATI')
    expect(label).toContain('app.wati.io, live.wati.io')
  })

  it('a console switch calls setConsole synchronously in the click (user gesture)', () => {
    const actions = spyActions()
    const { container } = render(<Popup state={elsewhereState()} actions={actions} />)
    fireEvent.click(container.querySelector('[data-console="twilio-console"]')!)
    expect(actions.setConsole).toHaveBeenCalledTimes(1)
    expect(actions.setConsole.mock.calls[0][0].id).toBe('twilio-console')
    expect(actions.setConsole.mock.calls[0][1]).toBe(true)
    fireEvent.click(container.querySelector('[data-console="wati"]')!)
    expect(actions.setConsole.mock.calls[1][0].id).toBe('wati')
    expect(actions.setConsole.mock.calls[1][1]).toBe(false)
  })

  it('shows the settings repair message here too', () => {
    const { container } = render(
      <Popup state={elsewhereState({ settingsProblems: ['x'] })} actions={spyActions()} />,
    )
    expect(container.querySelector('[data-settings-repaired]')).not.toBeNull()
  })
})
