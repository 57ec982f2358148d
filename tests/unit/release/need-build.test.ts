import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkBuilds } from '../../../tests/tools/need-build.mjs'

describe('the build check of the scripts that run on dist/', () => {
  let root = ''
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  function checkout({ built, sourcesNewer }: { built: string[]; sourcesNewer: boolean }): string {
    root = mkdtempSync(join(tmpdir(), 'mlens-need-build-'))
    mkdirSync(join(root, 'src'))
    writeFileSync(join(root, 'src/a.ts'), '')
    for (const target of built) {
      mkdirSync(join(root, 'dist', target), { recursive: true })
      writeFileSync(join(root, 'dist', target, 'manifest.json'), '{}')
    }
    const [older, newer] = [new Date(2026, 0, 1), new Date(2026, 0, 2)]
    utimesSync(join(root, 'src/a.ts'), sourcesNewer ? newer : older, sourcesNewer ? newer : older)
    for (const target of built) utimesSync(join(root, 'dist', target, 'manifest.json'), sourcesNewer ? older : newer, sourcesNewer ? older : newer)
    return root
  }

  it('names the builds that are missing', () => {
    expect(checkBuilds(['chrome', 'firefox'], checkout({ built: ['chrome'], sourcesNewer: false }))).toEqual({ missing: ['dist/firefox'], stale: [] })
  })

  it('names the builds older than the sources', () => {
    expect(checkBuilds(['chrome'], checkout({ built: ['chrome'], sourcesNewer: true }))).toEqual({ missing: [], stale: ['dist/chrome'] })
  })

  it('passes a build newer than the sources', () => {
    expect(checkBuilds(['chrome'], checkout({ built: ['chrome'], sourcesNewer: false }))).toEqual({ missing: [], stale: [] })
  })
})
