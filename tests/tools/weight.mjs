// npm run weight: how much JavaScript each page gets from the extension, gzipped (level 9), and
// which modules make it up. Builds the Chrome extension into a temporary folder with hidden source
// maps (the scripts are byte for byte those of `npm run build`) and reports:
//  - each content script, the file a page downloads and evaluates;
//  - the popup's scripts before first render: the module script of its page, the modules it
//    preloads and everything they import statically (dynamic imports come later);
// each with a per-module breakdown. The budgets below are checked by tests/e2e/build-output.e2e.test.ts.
//
// Usage: npm run weight [-- --all]        (--all lists every module, not only the heaviest)
//        node tests/tools/weight.mjs --dist dist/chrome   (totals of an existing build, no breakdown)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * Gzipped size budgets in bytes (1 KB = 1000 bytes), per built file or group: a build above one
 * fails tests/e2e/build-output.e2e.test.ts. Set just above what the code weighs now, so growth is a
 * decision; lower them as the code gets lighter, down to TARGETS.
 */
export const BUDGETS = {
  'content/whatsapp-web.js': 22_000,
  'content/dashboards.js': 21_850,
  'content/annotate-once.js': 21_900,
  'content/privacy-reader.js': 4_500,
  'content/note.js': 3_100,
  'content/view-detectors.js': 4_200,
  'popup before first render': 30_000,
}

/** Where the budgets should get to (issue 20: WhatsApp Web's script at most 22 KB). */
export const TARGETS = { ...BUDGETS, 'content/whatsapp-web.js': 22_000 }

/** The content scripts every build has (manifest entries and the ones injected on demand). */
export const CONTENT_SCRIPTS = ['content/whatsapp-web.js', 'content/dashboards.js', 'content/annotate-once.js', 'content/privacy-reader.js', 'content/note.js', 'content/view-detectors.js']

export const gzSize = (bytes) => gzipSync(bytes, { level: 9 }).length

/** Size and gzipped size of one built file. */
export function weigh(dist, file) {
  const bytes = readFileSync(join(dist, file))
  return { file, bytes: bytes.length, gz: gzSize(bytes) }
}

// `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`, never `import("./x.js")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"()]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g

/**
 * The scripts the popup page loads before any of its code can render: its module scripts, the
 * modules it preloads, and their static imports, as paths relative to `dist`.
 */
export function popupStartScripts(dist, page = 'src/popup/index.html') {
  const html = readFileSync(join(dist, page), 'utf8')
  const roots = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => (m[1].startsWith('/') ? m[1].slice(1) : join(dirname(page), m[1])))
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file)) return
    seen.add(file)
    const code = readFileSync(join(dist, file), 'utf8')
    for (const m of code.matchAll(STATIC_IMPORT)) visit(join(dirname(file), m[1]))
  }
  roots.forEach(visit)
  return [...seen]
}

// ---------------------------------------------------------------------------- per-module breakdown

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes one segment of a source map's mappings (base64 VLQ) into its numbers. */
function decodeSegment(segment) {
  const values = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = BASE64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return values
}

/** Code no source map names: the bundler's wrapper and helpers, and webextension-polyfill (a virtual module). */
const NOT_MAPPED = '(not mapped: webextension-polyfill, bundler helpers)'

/** A readable module name: the package for node_modules, the repository path for our sources. */
function moduleName(source) {
  const clean = source.replace(/^\0/, '').replace(/\?.*$/, '')
  const pkg = clean.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (pkg) return pkg[1]
  const own = clean.match(/(?:^|\/)((?:src|_locales|tests)\/.*)$/)
  return own ? own[1] : clean.replace(/^(\.\.\/)+/, '')
}

/**
 * Which module each generated character of `file` came from, by its hidden source map, with each
 * module's estimated share of the gzipped file: its own characters gzipped alone, scaled so that the
 * shares add up to the file's real gzipped size (gzipping a module alone overstates it).
 */
export function breakdown(dist, file) {
  const mapFile = join(dist, `${file}.map`)
  if (!existsSync(mapFile)) return null
  const map = JSON.parse(readFileSync(mapFile, 'utf8'))
  const lines = readFileSync(join(dist, file), 'utf8').split('\n')
  const text = new Map()
  const add = (name, chunk) => text.set(name, (text.get(name) ?? '') + chunk)
  let source = 0
  map.mappings.split(';').forEach((lineMappings, lineIndex) => {
    const line = lines[lineIndex] ?? ''
    let column = 0
    let start = 0
    let current = NOT_MAPPED
    for (const segment of lineMappings ? lineMappings.split(',') : []) {
      const values = decodeSegment(segment)
      column += values[0]
      add(current, line.slice(start, column))
      start = column
      if (values.length >= 4) {
        source += values[1]
        current = moduleName(map.sources[source] ?? '?')
      } else {
        current = NOT_MAPPED
      }
    }
    add(current, line.slice(start) + '\n')
  })
  const total = gzSize(readFileSync(join(dist, file)))
  const own = [...text].filter(([, chunk]) => chunk.trim()).map(([name, chunk]) => ({ name, chars: chunk.length, ownGz: gzSize(chunk) }))
  const sum = own.reduce((s, m) => s + m.ownGz, 0)
  return own.map((m) => ({ ...m, gz: Math.round((m.ownGz * total) / sum) })).sort((a, b) => b.gz - a.gz)
}

// ---------------------------------------------------------------------------- report

const kb = (bytes) => (bytes / 1000).toFixed(1)

function report(dist, { all }) {
  const rows = []
  const printModules = (files) => {
    const merged = new Map()
    for (const file of files) {
      for (const m of breakdown(dist, file) ?? []) merged.set(m.name, (merged.get(m.name) ?? 0) + m.gz)
    }
    if (!merged.size) return
    const sorted = [...merged].sort((a, b) => b[1] - a[1])
    const shown = all ? sorted : sorted.slice(0, 20)
    for (const [name, gz] of shown) console.log(`    ${kb(gz).padStart(6)} KB  ${name}`)
    if (shown.length < sorted.length) {
      const rest = sorted.slice(shown.length).reduce((s, [, gz]) => s + gz, 0)
      console.log(`    ${kb(rest).padStart(6)} KB  (${sorted.length - shown.length} more modules; --all lists them)`)
    }
  }
  for (const file of CONTENT_SCRIPTS) {
    const w = weigh(dist, file)
    rows.push({ what: file, gz: w.gz, bytes: w.bytes })
    console.log(`\n${file}: ${kb(w.gz)} KB gzipped (${kb(w.bytes)} KB), budget ${kb(BUDGETS[file])} KB, target ${kb(TARGETS[file])} KB`)
    printModules([file])
  }
  const popup = popupStartScripts(dist).map((file) => weigh(dist, file))
  const popupGz = popup.reduce((s, w) => s + w.gz, 0)
  rows.push({ what: 'popup before first render', gz: popupGz, bytes: popup.reduce((s, w) => s + w.bytes, 0) })
  console.log(`\npopup before first render: ${kb(popupGz)} KB gzipped in ${popup.length} files, budget ${kb(BUDGETS['popup before first render'])} KB`)
  for (const w of popup.sort((a, b) => b.gz - a.gz)) console.log(`    ${kb(w.gz).padStart(6)} KB  ${w.file}`)
  console.log('  by module:')
  printModules(popup.map((w) => w.file))

  console.log('\n| script | gzipped | budget (tested) | target |\n|---|---|---|---|')
  for (const { what, gz } of rows) {
    const mark = (limit) => `${kb(limit)} KB ${gz <= limit ? '(met)' : '(over)'}`
    console.log(`| ${what} | ${kb(gz)} KB | ${mark(BUDGETS[what])} | ${mark(TARGETS[what])} |`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const all = args.includes('--all')
  const given = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : null
  if (given) {
    report(resolve(given), { all })
  } else {
    const out = mkdtempSync(join(tmpdir(), 'metadata-lens-weight-'))
    try {
      const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
        stdio: 'inherit',
        env: { ...process.env, OUT_DIR: out, SOURCEMAP: 'hidden', BROWSER: 'chrome' },
      })
      if (built.status !== 0) process.exit(built.status ?? 1)
      report(out, { all })
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  }
}
