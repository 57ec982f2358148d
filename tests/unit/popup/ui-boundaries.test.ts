import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// src/ui holds what the popup, the library and the welcome page share; the pages do not reach
// into each other, and src/ui reaches into none of them.
const ROOT = join(__dirname, '../../..')

function files(dir: string): string[] {
  let entries
  try {
    entries = readdirSync(join(ROOT, dir), { withFileTypes: true })
  } catch {
    return []
  }
  return entries.flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.(tsx?|css)$/.test(d.name) ? [join(dir, d.name)] : []))
}

function importsInto(dir: string, forbidden: string[]): string[] {
  const out: string[] = []
  for (const file of files(dir)) {
    for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:from\s+|import\s+)'([^']+)'/g)) {
      const target = relative(ROOT, join(ROOT, file, '..', m[1]))
      if (m[1].startsWith('.') && forbidden.some((f) => target === f || target.startsWith(`${f}/`))) out.push(`${file} → ${m[1]}`)
    }
  }
  return out
}

describe('shared UI boundaries', () => {
  it('the library and the welcome page import nothing from the popup', () => {
    expect(importsInto('src/library', ['src/popup'])).toEqual([])
    expect(importsInto('src/welcome', ['src/popup', 'src/library'])).toEqual([])
  })

  it('src/ui imports no page', () => {
    expect(files('src/ui').length).toBeGreaterThan(0)
    expect(importsInto('src/ui', ['src/popup', 'src/library', 'src/welcome'])).toEqual([])
  })
})
