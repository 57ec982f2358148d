import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page as PptrPage } from 'puppeteer-core'
import { launchChromiumWithToolbar } from './harness/chromium-toolbar.mjs'
import { wrapPuppeteerPage } from './harness/firefox.mjs'
import { businessFixtures, expectAnnotationsMatch, shot, useServer, type Driver } from './shared'

// The toolbar-button flow in Chromium: a click on the action grants activeTab and opens the popup.
// Playwright cannot click browser UI; puppeteer-core can ask Chromium to do it (CDP
// Extensions.triggerAction, over the pipe, with unsafe extension debugging enabled).

describe('Chromium toolbar button (puppeteer-core, built dist/chrome)', () => {
  const server = useServer()
  let browser: Browser
  let close: (() => Promise<void>) | undefined
  beforeAll(async () => {
    ;({ browser, close } = await launchChromiumWithToolbar(server.port))
  })
  afterAll(async () => {
    await close?.()
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
