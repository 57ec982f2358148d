// Used by the npm scripts that run on a build (lint, screenshots, store-images, test:e2e, bench):
// stops with a clear message when dist/<browser> is missing, and warns when the sources are newer.
// Usage: node tests/tools/need-build.mjs chrome [firefox]
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const SOURCES = ['src', '_locales', 'assets', 'manifest.json', 'vite.config.ts', 'package.json']

/** The newest modification time among files under `path`. */
function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}

/** Returns the problems for these targets: missing builds (fatal) and stale ones (a warning). */
export function checkBuilds(targets, root = process.cwd()) {
  const missing = []
  const stale = []
  const sourceTime = Math.max(...SOURCES.map((s) => newest(resolve(root, s))))
  for (const target of targets) {
    const manifest = resolve(root, 'dist', target, 'manifest.json')
    if (!existsSync(manifest)) missing.push(`dist/${target}`)
    else if (statSync(manifest).mtimeMs < sourceTime) stale.push(`dist/${target}`)
  }
  return { missing, stale }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const targets = process.argv.slice(2)
  const { missing, stale } = checkBuilds(targets.length ? targets : ['chrome', 'firefox'])
  if (missing.length) {
    console.error(`${missing.join(' and ')} not built yet: run npm run build first.`)
    process.exit(1)
  }
  if (stale.length) console.warn(`Note: ${stale.join(' and ')} is older than the sources; run npm run build first to include your changes.`)
}
