// Headless Chromium driven by puppeteer-core over a pipe, with the built extension loaded: the one
// driver that can click the toolbar button (CDP Extensions.triggerAction), which grants activeTab.
// Playwright cannot click browser UI. Used by the toolbar-button and provider-console suites.
import puppeteer from 'puppeteer-core'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromiumPath } from './browsers.mjs'
import { HOSTS } from './server.mjs'

/**
 * Starts Chromium with dist/chrome, every test host mapped to the local server on `port`, and the
 * welcome page a fresh install opens already closed (so the tab a test opens is the active one the
 * toolbar button acts on). Returns the browser and a close() that never hangs a suite.
 */
export async function launchChromiumWithToolbar(port) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mlens-pptr-'))
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    userDataDir,
    pipe: true,
    enableExtensions: [resolve('dist/chrome')],
    acceptInsecureCerts: true,
    defaultViewport: { width: 1200, height: 800 },
    args: [
      `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`,
      '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  })
  const welcome = await browser.waitForTarget((t) => t.url().endsWith('/src/welcome/index.html'), { timeout: 15000 })
  await (await welcome.page())?.close()
  const close = async () => {
    const closed = browser.close().then(() => true, () => false)
    if (!(await Promise.race([closed, new Promise((r) => setTimeout(() => r(false), 15000))]))) {
      browser.process()?.kill('SIGKILL')
    }
    rmSync(userDataDir, { recursive: true, force: true })
  }
  return { browser, close }
}
