import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import puppeteer, { type Browser, type Page as PptrPage } from 'puppeteer-core'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromiumPath } from './harness/browsers.mjs'
import { HOSTS } from './harness/server.mjs'
import { wrapPuppeteerPage } from './harness/firefox.mjs'
import { businessFixtures, expectAnnotationsMatch, shot, useServer, type Driver } from './shared'

// The toolbar-button flow in Chromium: a click on the action grants activeTab and opens the popup.
// Playwright cannot click browser UI; puppeteer-core can ask Chromium to do it (CDP
// Extensions.triggerAction, over the pipe, with unsafe extension debugging enabled).

describe('Chromium toolbar button (puppeteer-core, built dist/chrome)', () => {
  const server = useServer()
  let browser: Browser
  let userDataDir: string
  beforeAll(async () => {
    userDataDir = mkdtempSync(join(tmpdir(), 'mlens-pptr-'))
    browser = await puppeteer.launch({
      executablePath: chromiumPath(),
      headless: true,
      userDataDir,
      pipe: true,
      enableExtensions: [resolve('dist/chrome')],
      acceptInsecureCerts: true,
      defaultViewport: { width: 1200, height: 800 },
      args: [
        `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ')}`,
        '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    })
    // A fresh install opens the welcome page (tested in popup-look). Close it, so the tab this test
    // opens is the active one that the toolbar button acts on.
    const welcome = await browser.waitForTarget((t) => t.url().endsWith('/src/welcome/index.html'), { timeout: 15000 })
    await (await welcome.page())?.close()
  })
  afterAll(async () => {
    const closed = browser?.close().then(() => true, () => false)
    if (closed && !(await Promise.race([closed, new Promise((r) => setTimeout(() => r(false), 15000))]))) {
      browser.process()?.kill('SIGKILL')
    }
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true })
  })

  test('"Annotate this page" from the popup annotates an unknown console once', async () => {
    const generic = businessFixtures().find((f) => f.site === 'generic-console')!
    const raw = await browser.newPage()
    await raw.goto(`https://business.facebook.com/fixture/business/${generic.file}`)
    const page = wrapPuppeteerPage(raw)
    const [extension] = [...(await browser.extensions()).values()]
    expect(extension).toBeDefined()

    await raw.triggerExtensionAction(extension)
    const popupTarget = await browser.waitForTarget((t) => t.url().includes('/src/popup/index.html'), { timeout: 15000 })
    const popup = (await popupTarget.asPage()) as PptrPage
    await popup.waitForSelector('#annotate-page', { timeout: 15000 })
    await popup.screenshot({ path: shot({ name: 'chromium' } as Driver, 'popup-elsewhere') })
    await popup.click('#annotate-page')
    await popup.waitForSelector('[data-annotate-result="true"]', { timeout: 15000 })
    await expectAnnotationsMatch(page)
    expect(await raw.evaluate(() => document.querySelectorAll('[data-privacy-note]').length)).toBeGreaterThan(0)
    await raw.screenshot({ path: shot({ name: 'chromium' } as Driver, 'generic-console') })
  })
})
