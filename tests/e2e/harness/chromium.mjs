// Loads the built extension (dist/chrome) into headless Debian Chromium with playwright-core.
import { chromium } from 'playwright-core'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromiumPath } from './browsers.mjs'
import { HOSTS } from './server.mjs'

const QUIET_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

/** Wraps a playwright page in the small interface the shared suites use. */
export function wrapPlaywrightPage(page) {
  return {
    raw: page,
    goto: (url) => page.goto(url),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitFor: (fn, arg, timeout = 15000) => page.waitForFunction(fn, arg, { timeout, polling: 50 }),
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    reload: () => page.reload(),
    press: (key) => page.keyboard.press(key),
    mouseTo: (x, y) => page.mouse.move(x, y),
    screenshot: (path) => page.screenshot({ path }),
    close: () => page.close(),
  }
}

export async function launchChromium({ port, extPath = resolve('dist/chrome'), extraArgs = [], withExtension = true }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mlens-chromium-'))
  const rules = HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 800 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${extPath}`, `--load-extension=${extPath}`] : []),
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      ...QUIET_ARGS,
      ...extraArgs,
    ],
  })
  let sw = null
  let extId = null
  let extPage = null
  if (withExtension) {
    sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }))
    extId = new URL(sw.url()).host
  }
  return {
    name: 'chromium',
    context,
    sw,
    extId,
    extensionUrl: (path) => `chrome-extension://${extId}/${path}`,
    async newPage(url) {
      const page = wrapPlaywrightPage(await context.newPage())
      if (url) await page.goto(url)
      return page
    },
    /** Runs a function with the extension's privileges, in an extension page (as in Firefox). */
    async extEval(fn, arg) {
      if (!extPage) {
        extPage = await context.newPage()
        await extPage.goto(`chrome-extension://${extId}/src/library/index.html`)
      }
      return extPage.evaluate(fn, arg)
    },
    async close() {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
