// npm run package: zips dist/chrome and dist/firefox for the Chrome Web Store and addons.mozilla.org
// (with web-ext's packager, already a dev dependency for linting), and writes the source archive
// addons.mozilla.org asks for. Refuses when manifest.json and package.json disagree on the version.
// `--check` only checks the versions (run before the build).
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { readReleaseVersion, writeSourceArchive } from './release-files.mjs'

let version
try {
  version = readReleaseVersion()
} catch (error) {
  console.error(`Not packaging: ${error.message}`)
  process.exit(1)
}
if (process.argv.includes('--check')) process.exit(0)

for (const target of ['chrome', 'firefox']) {
  const sourceDir = resolve('dist', target)
  if (!existsSync(resolve(sourceDir, 'manifest.json'))) throw new Error(`${sourceDir} is not built: run npm run build first`)
  const filename = `metadata-lens-${target}-${version}.zip`
  rmSync(resolve('dist', filename), { force: true })
  execFileSync(
    resolve('node_modules/.bin/web-ext'),
    ['build', '--source-dir', sourceDir, '--artifacts-dir', resolve('dist'), '--filename', filename, '--overwrite-dest'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  console.log(`dist/${filename}`)
}
const source = `dist/metadata-lens-source-${version}.zip`
const files = writeSourceArchive(resolve(source))
console.log(`${source} (${files.length} files; see BUILDING.md inside)`)
