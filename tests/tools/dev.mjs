// npm run dev: builds both browsers, then rebuilds whenever a source changes (a watch build).
// vite's own --watch would miss the content scripts, which are bundled in a separate build step
// (vite.config.ts), so this watches the source folders and runs the whole build again.
import { spawn } from 'node:child_process'
import { existsSync, watch } from 'node:fs'
import { resolve } from 'node:path'

const WATCHED = ['src', '_locales', 'assets', 'manifest.json', 'vite.config.ts']
const vite = resolve('node_modules/.bin/vite')

function buildOnce(browser) {
  return new Promise((done) => {
    const child = spawn(vite, ['build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, BROWSER: browser } })
    child.on('exit', (code) => done(code === 0))
  })
}

let running = false
let again = false
async function rebuild(reason) {
  if (running) return void (again = true)
  running = true
  const started = Date.now()
  console.log(`\n${reason}: building dist/chrome and dist/firefox…`)
  const ok = (await buildOnce('chrome')) && (await buildOnce('firefox'))
  console.log(ok ? `built in ${Date.now() - started} ms; reload the extension (chrome://extensions or about:debugging)` : 'build failed; waiting for the next change')
  running = false
  if (again) {
    again = false
    await rebuild('changed during the build')
  }
}

let timer = null
for (const path of WATCHED.filter((p) => existsSync(p))) {
  watch(path, { recursive: true }, (_event, file) => {
    clearTimeout(timer)
    timer = setTimeout(() => rebuild(`${path}${file && file !== path ? `/${file}` : ''} changed`), 200)
  })
}
await rebuild('start')
console.log(`watching ${WATCHED.join(', ')} (Ctrl+C stops)`)
