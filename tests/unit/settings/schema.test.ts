import { describe, expect, it } from 'vitest'
import { annotationsActive, DEFAULT_SETTINGS, isSettings, parseSettings, SETTINGS_VERSION, type Settings } from '../../../src/settings/schema'

const valid: Settings = {
  version: SETTINGS_VERSION,
  enabled: false,
  disabledSites: ['wati', 'whatsapp-web'],
  disabledCategories: ['last-seen', 'read-receipt'],
  markerStyle: 'outline',
  categoryMarkerStyles: { 'profile-photo': 'ring', 'read-receipt': 'outline' },
}

describe('parseSettings', () => {
  it('returns defaults without problems when nothing is stored', () => {
    const { settings, problems } = parseSettings(undefined)
    expect(settings).toEqual(DEFAULT_SETTINGS)
    expect(problems).toEqual([])
  })

  it('round-trips valid settings unchanged (categories in canonical order)', () => {
    const { settings, problems } = parseSettings(valid)
    expect(problems).toEqual([])
    expect(settings).toEqual({ ...valid, disabledCategories: ['read-receipt', 'last-seen'] })
    // parsing its own output is stable
    expect(parseSettings(JSON.parse(JSON.stringify(settings)))).toEqual({ settings, problems: [] })
  })

  it.each([null, 'on', 42, true, ['dot']])('replaces a non-object (%j) with defaults and says so', (raw) => {
    const { settings, problems } = parseSettings(raw)
    expect(settings).toEqual(DEFAULT_SETTINGS)
    expect(problems.length).toBe(1)
  })

  it('repairs each corrupt field to its default and lists each problem', () => {
    const { settings, problems } = parseSettings({
      version: SETTINGS_VERSION,
      enabled: 'yes',
      disabledSites: 'wati',
      disabledCategories: { 'read-receipt': true },
      markerStyle: 'sparkles',
    })
    expect(settings).toEqual(DEFAULT_SETTINGS)
    expect(problems).toHaveLength(4)
    expect(problems.join('\n')).toMatch(/enabled/)
    expect(problems.join('\n')).toMatch(/disabledSites/)
    expect(problems.join('\n')).toMatch(/disabledCategories/)
    expect(problems.join('\n')).toMatch(/marker style/)
  })

  it('keeps the valid parts of partly corrupt settings', () => {
    const { settings, problems } = parseSettings({ ...valid, markerStyle: 7 })
    expect(settings).toEqual({ ...valid, disabledCategories: ['read-receipt', 'last-seen'], markerStyle: 'dot' })
    expect(problems).toHaveLength(1)
  })

  it('drops unknown categories and sites, and reports it', () => {
    const { settings, problems } = parseSettings({
      ...valid,
      disabledCategories: ['read-receipt', 'mood-ring', 3, 'last-seen'],
      disabledSites: ['wati', 'myspace'],
    })
    expect(settings.disabledCategories).toEqual(['read-receipt', 'last-seen'])
    expect(settings.disabledSites).toEqual(['wati'])
    expect(problems).toContain('unknown categories dropped')
    expect(problems).toContain('unknown sites dropped')
  })

  it('removes duplicates', () => {
    const { settings } = parseSettings({ ...valid, disabledCategories: ['pending', 'pending'], disabledSites: ['wati', 'wati'] })
    expect(settings.disabledCategories).toEqual(['pending'])
    expect(settings.disabledSites).toEqual(['wati'])
  })

  it('flags an unknown version but reads what it can', () => {
    const { settings, problems } = parseSettings({ ...valid, version: 99 })
    expect(settings.markerStyle).toBe('outline')
    expect(settings.version).toBe(SETTINGS_VERSION)
    expect(problems.some((p) => p.includes('version'))).toBe(true)
  })

  it('never shares arrays with the defaults', () => {
    const a = parseSettings(undefined).settings
    a.disabledSites.push('wati')
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([])
    expect(parseSettings(undefined).settings.disabledSites).toEqual([])
  })
})

describe('isSettings (the one schema of stored settings)', () => {
  it('accepts complete settings and rejects every malformed field', () => {
    expect(isSettings(valid)).toBe(true)
    for (const broken of [
      { ...valid, enabled: null },
      { ...valid, disabledSites: [null] },
      { ...valid, disabledCategories: ['read-receipt', '<b>'] },
      { ...valid, markerStyle: '<script>' },
      { ...valid, version: 1e308 },
      { ...valid, extra: 1 },
    ]) {
      expect(isSettings(broken), JSON.stringify(broken)).toBe(false)
      expect(parseSettings(broken).problems.length, JSON.stringify(broken)).toBeGreaterThan(0)
      expect(isSettings(parseSettings(broken).settings)).toBe(true)
    }
  })
})

describe('annotationsActive', () => {
  it('needs the global switch on and the site not disabled', () => {
    expect(annotationsActive({ ...DEFAULT_SETTINGS, disabledSites: [] }, 'wati')).toBe(true)
    expect(annotationsActive({ ...DEFAULT_SETTINGS, enabled: false, disabledSites: [] }, 'wati')).toBe(false)
    expect(annotationsActive({ ...DEFAULT_SETTINGS, disabledSites: ['wati'] }, 'wati')).toBe(false)
    expect(annotationsActive({ ...DEFAULT_SETTINGS, disabledSites: ['wati'] }, 'whatsapp-web')).toBe(true)
  })
})

describe('per-category marker styles', () => {
  it('default to a hairline ring for profile photos', () => {
    expect(parseSettings(undefined).settings.categoryMarkerStyles).toEqual({ 'profile-photo': 'ring' })
    expect(parseSettings({ version: SETTINGS_VERSION, enabled: true }).settings.categoryMarkerStyles).toEqual({ 'profile-photo': 'ring' })
  })

  it('keep what was chosen, and drop unknown categories or styles with a problem', () => {
    const { settings, problems } = parseSettings({
      ...valid,
      categoryMarkerStyles: { 'read-receipt': 'ring', 'no-such': 'dot', 'last-seen': '<neon>', 'profile-photo': 'dot' },
    })
    expect(settings.categoryMarkerStyles).toEqual({ 'read-receipt': 'ring', 'profile-photo': 'dot' })
    expect(problems.length).toBe(2)
  })

  it('a map that is not one falls back to the default', () => {
    const { settings, problems } = parseSettings({ ...valid, categoryMarkerStyles: ['ring'] })
    expect(settings.categoryMarkerStyles).toEqual({ 'profile-photo': 'ring' })
    expect(problems).toHaveLength(1)
  })
})
