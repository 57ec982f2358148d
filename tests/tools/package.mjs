// Zips dist/chrome and dist/firefox for the Chrome Web Store and addons.mozilla.org, with
// web-ext's packager (already a dev dependency for linting; it zips a folder as the stores expect).
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'

const { version } = JSON.parse(readFileSync(resolve('package.json'), 'utf8'))
for (const target of ['chrome', 'firefox']) {
  const sourceDir = resolve('dist', target)
  if (!existsSync(resolve(sourceDir, 'manifest.json'))) throw new Error(`${sourceDir} is not built: run npm run build`)
  const filename = `metadata-lens-${target}-${version}.zip`
  rmSync(resolve('dist', filename), { force: true })
  execFileSync(
    resolve('node_modules/.bin/web-ext'),
    ['build', '--source-dir', sourceDir, '--artifacts-dir', resolve('dist'), '--filename', filename, '--overwrite-dest'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  console.log(`dist/${filename}`)
}
