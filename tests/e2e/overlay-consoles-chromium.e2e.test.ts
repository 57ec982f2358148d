import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page as PptrPage } from 'puppeteer-core'
import { launchChromiumWithToolbar } from './harness/chromium-toolbar.mjs'
import { wrapPuppeteerPage } from './harness/firefox.mjs'
import { businessFixtures, call, expectAnnotationsMatch, inPage, useServer } from './shared'
import { expectMarkersClear } from './overlay.suite'
import { PROVIDER_CONSOLES } from '../../src/sites/business/consoles'

// Provider consoles in Chromium. Headless Chromium cannot grant their optional host permission
// (overlay.suite.ts), but the toolbar button's "Annotate this page" can annotate one: a click on
// the action grants activeTab (CDP Extensions.triggerAction, as in chromium-action.e2e.test.ts),
// and the one-shot script finds the console's own site. Its markers get the same checks as every
// other page: none overlaps text or another marker, and a click on each shows its note.

describe('Overlay on provider consoles in Chromium, annotated from the toolbar button (puppeteer-core, built dist/chrome)', () => {
  const server = useServer()
  let browser: Browser
  let close: (() => Promise<void>) | undefined
  beforeAll(async () => {
    ;({ browser, close } = await launchChromiumWithToolbar(server.port))
  })
  afterAll(async () => {
    await close?.()
  })

  const consoles = businessFixtures().filter((f) => PROVIDER_CONSOLES.some((c) => c.id === f.site))

  test('every provider console fixture is covered', () => {
    expect(consoles.map((f) => f.site).sort()).toEqual(PROVIDER_CONSOLES.map((c) => c.id).sort())
  })

  for (const fixture of consoles) {
    test(`${fixture.file}: no marker overlaps text or another marker; clicking each marker shows its note`, async () => {
      const raw = await browser.newPage()
      await raw.goto(`https://${fixture.host}${fixture.path}`)
      const page = wrapPuppeteerPage(raw)
      const [extension] = [...(await browser.extensions()).values()]
      await raw.triggerExtensionAction(extension!)
      const popupTarget = await browser.waitForTarget((t) => t.url().includes('/src/popup/index.html'), { timeout: 15000 })
      const popup = (await popupTarget.asPage()) as PptrPage
      await popup.waitForSelector('#annotate-page', { timeout: 15000 })
      await popup.click('#annotate-page')
      await popup.waitForSelector('[data-annotate-result="true"]', { timeout: 15000 })
      await popup.close()
      await expectAnnotationsMatch(page)
      expect(await call<number>(page, inPage.expectedCount)).toBeGreaterThan(0)
      await expectMarkersClear(page)
      await raw.close()
    })
  }
})
