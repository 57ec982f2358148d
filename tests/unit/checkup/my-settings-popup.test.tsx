import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render } from '@testing-library/preact'
import { Popup } from '../../../src/popup/components/Popup'
import { MySettings } from '../../../src/popup/components/MySettings'
import { parseMySettings } from '../../../src/checkup/values'
import { loadCheckupTexts } from '../../../src/checkup/texts'
import { spyActions, supportedState, useEnglish, useGerman, makeSummary } from '../popup/fixtures'

beforeEach(useEnglish)
afterEach(cleanup)

const NOW = Date.UTC(2026, 11, 2, 12)
const DAY = 24 * 60 * 60 * 1000
const FILLED = {
  'last-seen': { value: 'nobody' as const, readAt: NOW - 3 * DAY },
  'profile-photo': { value: 'everyone' as const, readAt: NOW - 3 * DAY },
  'read-receipts': { value: 'on' as const, readAt: NOW - 3 * DAY },
  'default-timer': { value: 'unknown' as const, readAt: NOW - 3 * DAY },
  'blocked-contacts': { value: '3' as const, readAt: NOW - 3 * DAY },
}

describe('"Your privacy settings" in the popup', () => {
  it('before any value was read: an invitation, no list, no forget button', () => {
    const { container } = render(<Popup state={supportedState({ mySettings: { settings: {}, problems: [], now: NOW } })} actions={spyActions()} />)
    const section = container.querySelector('[data-my-settings]')!
    expect(section.getAttribute('data-my-settings')).toBe('empty')
    expect(section.querySelector('[data-my-settings-invite]')?.textContent).toContain('Settings › Privacy')
    expect(section.querySelectorAll('[data-my-setting]').length).toBe(0)
    expect(section.querySelector('[data-my-settings-forget]')).toBeNull()
  })

  it('lists each setting read with its value, who can see it, a suggestion and when it was read', () => {
    const { container } = render(<MySettings mine={{ settings: FILLED, problems: [], now: NOW }} lang="en" onForget={() => {}} />)
    const items = [...container.querySelectorAll('[data-my-setting]')]
    expect(items.map((i) => `${i.getAttribute('data-my-setting')}=${i.getAttribute('data-value')}`)).toEqual([
      'last-seen=nobody', 'profile-photo=everyone', 'read-receipts=on', 'default-timer=unknown', 'blocked-contacts=3',
    ])
    const photo = container.querySelector('[data-my-setting="profile-photo"]')!
    expect(photo.querySelector('.my-value')?.textContent).toBe('Everyone')
    expect(photo.querySelector('.my-who')?.textContent).toContain('Any WhatsApp user who has your number')
    expect(photo.querySelector('.my-suggestion')?.textContent).toMatch(/Stricter: My contacts\. The cost/)
    expect(container.querySelector('[data-my-setting="last-seen"] .my-who')?.textContent).toContain('can’t see anyone’s last seen')
    expect(container.querySelector('[data-my-setting="default-timer"] .my-value')?.textContent).toBe('Not recognised')
    expect(container.querySelector('[data-my-setting="blocked-contacts"] .my-value')?.textContent).toBe('3')
    expect(container.querySelector('[data-my-settings-read]')?.textContent).toContain('read 3 days ago')
    expect(container.querySelector('[data-my-settings-stale]')).toBeNull()
  })

  it('in German', async () => {
    useGerman()
    await loadCheckupTexts('de')
    const { container } = render(<MySettings mine={{ settings: FILLED, problems: [], now: NOW }} lang="de" onForget={() => {}} />)
    expect(container.querySelector('[data-my-setting="last-seen"] .my-value')?.textContent).toBe('Niemand')
    expect(container.querySelector('#my-settings-heading')?.textContent).toBe('Deine Datenschutz-Einstellungen')
    expect(container.querySelector('[data-my-settings-read]')?.textContent).toContain('vor 3 Tagen abgelesen')
  })

  it('after 30 days: says the values may be out of date', () => {
    const old = { about: { value: 'nobody' as const, readAt: NOW - 31 * DAY } }
    const { container } = render(<MySettings mine={{ settings: old, problems: [], now: NOW }} lang="en" onForget={() => {}} />)
    expect(container.querySelector('[data-my-settings-stale]')?.textContent).toContain('more than 30 days')
  })

  it('"Forget my settings" calls the action', () => {
    const actions = { ...spyActions(), forgetMySettings: vi.fn() }
    const { container } = render(<Popup state={supportedState({ mySettings: { settings: FILLED, problems: [], now: NOW } })} actions={actions} />)
    fireEvent.click(container.querySelector('[data-my-settings-forget]')!)
    expect(actions.forgetMySettings).toHaveBeenCalledOnce()
  })

  it('garbage in storage: the section resets with a message, no exception', () => {
    const parsed = parseMySettings({ version: 1, settings: { 'last-seen': { value: '<b>x</b>', readAt: -5 }, online: 'zzz' } }, NOW)
    const { container } = render(<MySettings mine={{ ...parsed, now: NOW }} lang="en" onForget={() => {}} />)
    expect(container.querySelector('[data-my-settings-repaired]')).not.toBeNull()
    expect(container.querySelector('[data-my-settings]')?.getAttribute('data-my-settings')).toBe('empty')
  })

  it('shows only on WhatsApp Web pages', () => {
    const state = supportedState({
      mySettings: { settings: FILLED, problems: [], now: NOW },
      summary: makeSummary({ facts: { site: 'whatsapp-manager', view: 'business-dashboard', businessChat: false, drawer: 'none' } }),
    })
    const { container } = render(<Popup state={state} actions={spyActions()} />)
    expect(container.querySelector('[data-my-settings]')).toBeNull()
  })
})
