import { describe, expect, it } from 'vitest'
import {
  ALLOWED_VALUES,
  daysSince,
  isReading,
  isStale,
  isValueFor,
  MY_SETTING_IDS,
  parseMySettings,
  STALE_AFTER_MS,
  withReadings,
} from '../../../src/checkup/values'
import { isToBackground } from '../../../src/messaging/messages'

const NOW = Date.UTC(2026, 11, 2, 12)
const DAY = 24 * 60 * 60 * 1000

describe('stored privacy settings', () => {
  it('keeps valid entries and reads back what was stored', () => {
    const raw = { version: 1, settings: { 'last-seen': { value: 'nobody', readAt: NOW - DAY }, 'blocked-contacts': { value: '3', readAt: NOW } } }
    expect(parseMySettings(raw, NOW)).toEqual({ settings: raw.settings, problems: [] })
  })

  it('drops corrupt entries one by one and keeps the rest, saying so', () => {
    const raw = {
      version: 1,
      settings: {
        'last-seen': { value: 'nobody', readAt: NOW },
        online: { value: 'nobody', readAt: NOW }, // not an online option
        'profile-photo': { value: '<img src=x>', readAt: NOW },
        about: { value: 'everyone', readAt: 'yesterday' },
        status: { value: 'contacts', readAt: NOW + 40 * DAY }, // far future
        groups: null,
        'blocked-contacts': { value: '-1', readAt: NOW },
        'live-location': { value: '1e308', readAt: NOW },
        'made-up': { value: 'on', readAt: NOW },
        'read-receipts': { value: 'on', readAt: NOW, names: ['Ana'] },
      },
    }
    const parsed = parseMySettings(raw, NOW)
    expect(Object.keys(parsed.settings).sort()).toEqual(['last-seen', 'read-receipts'])
    expect(parsed.settings['read-receipts']).toEqual({ value: 'on', readAt: NOW }) // extra fields never copied
    expect(parsed.problems.length).toBe(8)
  })

  it.each([null, 'garbage', 42, [], { version: 1, settings: 'x' }, { version: 1, settings: [1, 2] }])('resets garbage %j without throwing', (raw) => {
    const parsed = parseMySettings(raw, NOW)
    expect(parsed.settings).toEqual({})
    expect(parsed.problems.length).toBeGreaterThan(0)
  })

  it('nothing stored is no problem', () => {
    expect(parseMySettings(undefined, NOW)).toEqual({ settings: {}, problems: [] })
  })

  it('a value read again replaces the old one, with the new time', () => {
    const before = { 'last-seen': { value: 'everyone' as const, readAt: NOW - 40 * DAY }, about: { value: 'nobody' as const, readAt: NOW - DAY } }
    const after = withReadings(before, [{ id: 'last-seen', value: 'nobody' }], NOW)
    expect(after).toEqual({ 'last-seen': { value: 'nobody', readAt: NOW }, about: before.about })
  })

  it('is stale when any value is older than 30 days', () => {
    expect(isStale({ about: { value: 'nobody', readAt: NOW - STALE_AFTER_MS + DAY } }, NOW)).toBe(false)
    expect(isStale({ about: { value: 'nobody', readAt: NOW - STALE_AFTER_MS - DAY } }, NOW)).toBe(true)
    expect(isStale({}, NOW)).toBe(false)
    expect(daysSince(NOW - 3 * DAY - 1000, NOW)).toBe(3)
    expect(daysSince(NOW + 1000, NOW)).toBe(0)
  })

  it('every id has its values; unknown is always allowed; counts are whole numbers', () => {
    for (const id of MY_SETTING_IDS) {
      expect(ALLOWED_VALUES[id]).toBeDefined()
      expect(isValueFor(id, 'unknown')).toBe(true)
    }
    expect(isValueFor('blocked-contacts', '12')).toBe(true)
    expect(isValueFor('blocked-contacts', '012')).toBe(false)
    expect(isValueFor('blocked-contacts', '3.5')).toBe(false)
    expect(isValueFor('read-receipts', 'everyone')).toBe(false)
  })
})

describe('the my-settings-read message', () => {
  it('carries only known ids and values', () => {
    expect(isToBackground({ type: 'my-settings-read', readings: [{ id: 'last-seen', value: 'nobody' }] })).toBe(true)
    expect(isToBackground({ type: 'my-settings-read', readings: [] })).toBe(false)
    expect(isToBackground({ type: 'my-settings-read', readings: [{ id: 'last-seen', value: 'Ana' }] })).toBe(false)
    expect(isToBackground({ type: 'my-settings-read', readings: [{ id: 'last-seen', value: 'nobody', names: 'Ana' }] })).toBe(false)
    expect(isToBackground({ type: 'my-settings-read', readings: 'x' })).toBe(false)
    expect(isReading({ id: 'nope', value: 'on' })).toBe(false)
  })
})
