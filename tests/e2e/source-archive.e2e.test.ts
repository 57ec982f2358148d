// The source archive for addons.mozilla.org must rebuild the published Firefox bundle: unpack it in
// a temporary folder, install the locked dependencies from npm's cache (no network) and build, then
// compare every file with dist/firefox (npm test builds dist/ just before this suite).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeSourceArchive } from '../tools/release-files.mjs'

const SLOW = 420_000 // npm ci from the cache and a build, on a shared 2-core machine

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('source archive', () => {
  const work = mkdtempSync(join(tmpdir(), 'mlens-source-'))
  const unpacked = join(work, 'rebuild')
  let entries: string[] = []

  beforeAll(() => {
    const archive = join(work, 'source.zip')
    writeSourceArchive(archive)
    entries = execFileSync('unzip', ['-Z1', archive], { encoding: 'utf8' }).trim().split('\n')
    execFileSync('unzip', ['-q', archive, '-d', unpacked])
    // As a person at a shell would run it: without vitest's NODE_ENV=test (a development-mode
    // JSX transform, which writes file paths into the popup bundle) and without our build switches.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|TEST|VITEST.*|OUT_DIR|NO_MINIFY|BROWSER)$/.test(key)),
    )
    execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: unpacked, env, stdio: 'ignore', timeout: SLOW })
    execFileSync('npm', ['run', 'build:firefox'], { cwd: unpacked, env, stdio: 'ignore', timeout: SLOW })
  }, SLOW)

  afterAll(() => rm(work, { recursive: true, force: true }), SLOW)

  it('holds the lockfile and the build notes, and nothing the build makes', () => {
    expect(entries).toContain('package-lock.json')
    expect(entries).toContain('BUILDING.md')
    expect(entries).toContain('manifest.json')
    expect(entries.filter((e) => /(^|\/)(node_modules|dist)\//.test(e))).toEqual([])
  })

  it('rebuilds dist/firefox file for file', () => {
    const published = resolve('dist/firefox')
    const rebuilt = join(unpacked, 'dist/firefox')
    const list = (dir: string) => filesUnder(dir).map((f) => relative(dir, f)).sort()
    expect(list(rebuilt)).toEqual(list(published))
    const differing = list(published).filter((f) => !readFileSync(join(published, f)).equals(readFileSync(join(rebuilt, f))))
    expect(differing).toEqual([])
  })
})
