// The manifest's version floors (manifest.json's minimum_chrome_version, the Firefox
// strict_min_version set in vite.config.ts) must cover every API the code uses that we can list
// here, and the syntax level the bundles are built for. Adding a newer API without raising the
// floor turns this red. Versions from MDN's browser-compat-data and Chrome's API reference.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

type Floor = { what: string; uses: RegExp; chrome: number; firefox: number; source: string }

const MDN = 'https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions'
/** Extension APIs and manifest keys with the first versions that have them. */
export const FLOORS: Floor[] = [
  { what: 'Manifest V3', uses: /"manifest_version":\s*3/, chrome: 88, firefox: 109, source: `${MDN}/manifest.json/manifest_version` },
  { what: 'action', uses: /\bbrowser\.action\./, chrome: 88, firefox: 109, source: `${MDN}/API/action` },
  { what: 'scripting.executeScript', uses: /\bscripting\.executeScript\b/, chrome: 88, firefox: 102, source: `${MDN}/API/scripting/executeScript` },
  {
    what: 'scripting content script registration',
    uses: /\bscripting\.(registerContentScripts|getRegisteredContentScripts|unregisterContentScripts|updateContentScripts)\b/,
    chrome: 96,
    firefox: 102,
    source: `${MDN}/API/scripting/registerContentScripts`,
  },
  { what: 'storage.session', uses: /\bstorage\.session\b/, chrome: 102, firefox: 115, source: `${MDN}/API/storage/session` },
  {
    what: 'data_collection_permissions (Firefox 140 desktop, 142 Android)',
    uses: /\bdata_collection_permissions\b/,
    chrome: 0,
    firefox: 142,
    source: 'https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/',
  },
]

const root = resolve(import.meta.dirname, '../../..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

/** Everything that can use an API or a manifest key: the sources, the manifest, the build config. */
function codeBase(): string {
  return [...sourceFiles('src').map(read), read('manifest.json'), read('vite.config.ts')].join('\n')
}

function declaredFloors(): { chrome: number; firefox: number } {
  const manifest = JSON.parse(read('manifest.json')) as { minimum_chrome_version?: string }
  const firefox = /strict_min_version:\s*'(\d+)\.0'/.exec(read('vite.config.ts'))?.[1]
  return { chrome: Number(manifest.minimum_chrome_version), firefox: Number(firefox) }
}

/** The syntax level vite compiles for when no build.target is set (its "Baseline widely available" list). */
function viteDefaultTarget(): { chrome: number; firefox: number } {
  const dist = join(root, 'node_modules/vite/dist/node/chunks')
  for (const file of readdirSync(dist)) {
    const list = /ESBUILD_BASELINE_WIDELY_AVAILABLE_TARGET = \[([^\]]*)\]/.exec(readFileSync(join(dist, file), 'utf8'))?.[1]
    if (list) {
      const version = (name: string) => Number(new RegExp(`"${name}(\\d+)`).exec(list)?.[1])
      return { chrome: version('chrome'), firefox: version('firefox') }
    }
  }
  throw new Error("vite's default build target was not found: read it from vite's docs and update this test")
}

describe('version floors', () => {
  it('are declared for both browsers', () => {
    const floors = declaredFloors()
    expect(floors.chrome).toBeGreaterThan(0)
    expect(floors.firefox).toBeGreaterThan(0)
  })

  it('cover every listed API the code uses', () => {
    const code = codeBase()
    const floors = declaredFloors()
    const used = FLOORS.filter((f) => f.uses.test(code))
    expect(used.map((f) => f.what)).toContain('storage.session')
    const tooNew = used.flatMap((f) => [
      ...(f.chrome > floors.chrome ? [`${f.what} needs Chrome ${f.chrome} (${f.source})`] : []),
      ...(f.firefox > floors.firefox ? [`${f.what} needs Firefox ${f.firefox} (${f.source})`] : []),
    ])
    expect(tooNew).toEqual([])
  })

  it('cover the syntax level the bundles are compiled for', () => {
    const config = read('vite.config.ts')
    expect(config, 'a build.target of our own: check it against the floors here instead').not.toMatch(/\btarget:\s*['"[]/)
    const target = viteDefaultTarget()
    const floors = declaredFloors()
    expect(floors.chrome).toBeGreaterThanOrEqual(target.chrome)
    expect(floors.firefox).toBeGreaterThanOrEqual(target.firefox)
  })

  it('let the current Firefox ESR install', () => {
    // Firefox ESR 153 (2026); Debian's firefox-esr, which the end-to-end tests run, is this release.
    expect(declaredFloors().firefox).toBeLessThanOrEqual(153)
  })
})
