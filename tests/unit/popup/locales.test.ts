import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dynamicKeys } from '../../../src/ui/labels'

// Every language has exactly the keys of en, with the same placeholders, and every key the
// UI uses exists in en.

interface Entry {
  message: string
  placeholders?: Record<string, { content: string }>
}
type Table = Record<string, Entry>

const ROOT = join(__dirname, '../../..')
const LOCALES = join(ROOT, '_locales')
const read = (lang: string): Table => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'))
const EXPECTED_LANGS = ['de', 'en', 'es', 'pt_BR']

/** Placeholder names defined, their contents, and the $NAME$ tokens used in the message. */
function placeholderShape(e: Entry): string {
  const defined = Object.entries(e.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort()
  const used = [...new Set([...e.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()))].sort()
  return JSON.stringify({ defined, used })
}

/** Differences between a language table and en, as readable lines. */
export function compareToEnglish(en: Table, other: Table): string[] {
  const problems: string[] = []
  for (const key of Object.keys(en)) {
    if (!(key in other)) problems.push(`missing key ${key}`)
    else if (placeholderShape(en[key]) !== placeholderShape(other[key])) problems.push(`placeholders differ in ${key}`)
    else if (typeof other[key].message !== 'string' || !other[key].message.trim()) problems.push(`empty message ${key}`)
  }
  for (const key of Object.keys(other)) if (!(key in en)) problems.push(`extra key ${key}`)
  return problems
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  )
}

describe('_locales', () => {
  const en = read('en')

  it('has the expected languages', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(EXPECTED_LANGS)
  })

  it('keeps the keys other parts of the extension use', () => {
    for (const key of ['extName', 'extDescription', 'commandToggle', 'tooltipWhoCanSee', 'tooltipControl', 'markerLabel']) {
      expect(en, key).toHaveProperty(key)
    }
  })

  for (const lang of EXPECTED_LANGS.filter((l) => l !== 'en')) {
    it(`${lang} has exactly the keys and placeholders of en`, () => {
      expect(compareToEnglish(en, read(lang))).toEqual([])
    })
  }

  it('every placeholder used in a message is defined, and every defined one is used', () => {
    const problems: string[] = []
    for (const lang of EXPECTED_LANGS) {
      for (const [key, e] of Object.entries(read(lang))) {
        const { defined, used } = JSON.parse(placeholderShape(e)) as { defined: string[]; used: string[] }
        const names = defined.map((d) => d.split('=')[0])
        if (JSON.stringify(names) !== JSON.stringify(used)) problems.push(`${lang}/${key}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('message names are valid browser.i18n names', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/)
  })

  it('fits store limits (name ≤ 75, description ≤ 132 characters)', () => {
    for (const lang of EXPECTED_LANGS) {
      const table = read(lang)
      expect(table.extName.message.length, lang).toBeLessThanOrEqual(75)
      expect(table.extDescription.message.length, lang).toBeLessThanOrEqual(132)
    }
  })

  it('every t() key used by the popup and the library exists in en', () => {
    const files = ['src/popup', 'src/ui', 'src/library', 'src/welcome'].flatMap((d) => sourceFiles(join(ROOT, d)))
    const missing: string[] = []
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) {
        if (!(m[1] in en)) missing.push(`${relative(ROOT, file)}: ${m[1]}`)
      }
      // keys kept in tables, e.g. MARKER_KEYS
      for (const m of readFileSync(file, 'utf8').matchAll(/:\s*'((?:marker|toggle|annotations)[A-Z][A-Za-z]+)'/g)) {
        if (!(m[1] in en)) missing.push(`${relative(ROOT, file)}: ${m[1]}`)
      }
    }
    for (const key of dynamicKeys()) if (!(key in en)) missing.push(`dynamic: ${key}`)
    expect(missing).toEqual([])
  })

  it('the comparison catches a missing key, an extra key and a changed placeholder', () => {
    const other: Table = JSON.parse(JSON.stringify(en))
    delete other.extName
    other.bogus = { message: 'x' }
    other.toggleSite = { message: 'Anmerkungen auf $ORT$', placeholders: { ort: { content: '$1' } } }
    expect(compareToEnglish(en, other).sort()).toEqual(
      ['extra key bogus', 'missing key extName', 'placeholders differ in toggleSite'].sort(),
    )
  })
})
