import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from './harness/chromium.mjs'
import { launchFirefox } from './harness/firefox.mjs'
import { expectAnnotationsMatch, useServer, type Driver, type Page } from './shared'

// What a person sees of the extension's own pages, measured in both browsers: a fresh install
// opens the welcome page; the popup at 380 × 600 (a real popup's largest size) has readable type
// and shows the summary line and the counts in its first screen.

const POPUP = { width: 380, height: 600 }
const WA_PAGE = 'https://web.whatsapp.com/g2024-en-one-to-one.html'

interface Launched extends Driver {
  /** URLs of every open tab. */
  tabUrls(): Promise<string[]>
  /** The raw page at the popup's size. */
  resize(page: Page, size: { width: number; height: number }): Promise<void>
}

async function chromium(port: number): Promise<Launched> {
  const driver = (await launchChromium({ port })) as any
  return {
    ...driver,
    tabUrls: async () => driver.context.pages().map((p: any) => p.url()),
    resize: (page, size) => (page.raw as any).setViewportSize(size),
  }
}

async function firefox(port: number): Promise<Launched> {
  const driver = (await launchFirefox({ port })) as any
  return {
    ...driver,
    // Over BiDi, puppeteer reports tabs the extension opened as about:blank; the extension itself
    // sees the URLs of its own pages.
    tabUrls: () => driver.extEval(async () => (await (globalThis as any).browser.tabs.query({})).map((t: any) => String(t.url)), undefined),
    resize: (page, size) => (page.raw as any).setViewport(size),
  }
}

/** The newest tab whose content script reported a summary (see extension.suite.ts). */
async function reportingTab(driver: Driver): Promise<number> {
  let newest = -1
  await expect
    .poll(async () => {
      const ids = await driver.extEval(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome
        return Object.keys(await api.storage.session.get(null)).filter((k) => k.startsWith('tab-summary:')).map((k) => Number(k.slice(12)))
      }, undefined)
      newest = ids.length ? Math.max(...ids) : -1
      return newest
    }, { timeout: 15000 })
    .toBeGreaterThan(-1)
  return newest
}

async function openPopup(driver: Launched, query: string): Promise<Page> {
  const path = `src/popup/index.html${query}`
  if (driver.openExtensionPage) return driver.openExtensionPage(path, '#popup-title')
  const popup = await driver.newPage(driver.extensionUrl(path))
  await popup.waitFor(() => !!document.querySelector('#popup-title'))
  return popup
}

/** Font sizes as computed: body, headings, and the smallest visible text. */
function typography() {
  const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize)
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect()
    const s = getComputedStyle(el)
    return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && !el.closest('.sr-only, details:not([open]) > :not(summary)')
  }
  let smallest = Infinity
  let smallestText = ''
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement
    if (!el || !n.textContent?.trim() || !visible(el)) continue
    if (px(el) < smallest) {
      smallest = px(el)
      smallestText = n.textContent.trim().slice(0, 40)
    }
  }
  const headings = [...document.querySelectorAll('h1, h2, h3, h4')].filter(visible).map((h) => ({ tag: h.tagName, px: px(h) }))
  return { body: px(document.body), smallest, smallestText, headings, hyphens: getComputedStyle(document.body).hyphens }
}

function describeBrowser(name: string, launch: (port: number) => Promise<Launched>) {
  describe(`${name}: the extension's own pages`, () => {
    const server = useServer()
    let driver: Launched
    beforeAll(async () => {
      driver = await launch(server.port)
    })
    afterAll(async () => {
      await driver?.close()
    })

    test('a fresh install opens the welcome page', async () => {
      await expect.poll(async () => (await driver.tabUrls()).some((u) => u.endsWith('/src/welcome/index.html')), { timeout: 15000 }).toBe(true)
    })

    test('the popup at 380 × 600: readable type, summary and counts in the first screen', async () => {
      const page = await driver.newPage(WA_PAGE)
      await expectAnnotationsMatch(page)
      const popup = await openPopup(driver, `?tab=${await reportingTab(driver)}`)
      await driver.resize(popup, POPUP)
      await popup.waitFor(() => !!document.querySelector('[data-category]'))

      const type = await popup.evaluate(typography)
      expect(type.body, 'body text (px)').toBeGreaterThanOrEqual(13)
      expect(type.smallest, `smallest visible text: "${type.smallestText}"`).toBeGreaterThanOrEqual(11)
      for (const h of type.headings) expect(h.px, `${h.tag} larger than body`).toBeGreaterThan(type.body)
      expect(type.hyphens).not.toBe('auto')

      await popup.waitFor(() => !!document.querySelector('[data-summary-line]'), undefined, 2000)
      const fold = await popup.evaluate(() => {
        const bottom = (el: Element | null) => (el ? el.getBoundingClientRect().bottom : Infinity)
        const rows = [...document.querySelectorAll('[data-category]')]
        return {
          viewport: innerHeight,
          summary: bottom(document.querySelector('[data-summary-line]')),
          lastCount: Math.max(...rows.map((r) => bottom(r))),
          firstContextNote: document.querySelector('[data-context-note]')?.getBoundingClientRect().top ?? null,
        }
      })
      expect(fold.viewport).toBe(POPUP.height)
      expect(fold.summary).toBeLessThanOrEqual(POPUP.height)
      expect(fold.lastCount, 'every count within the first 600 px').toBeLessThanOrEqual(POPUP.height)
      if (fold.firstContextNote !== null) expect(fold.firstContextNote).toBeGreaterThan(fold.lastCount)
      await popup.close()
      await page.close()
    })

    test('the popup paints its first screen from its page alone: styles inside, no script needed', async () => {
      const popup = await openPopup(driver, '')
      // The page as the browser receives it, before main.tsx has replaced the frame.
      const page = await popup.evaluate(async () => {
        const doc = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html')
        const css = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n')
        return {
          stylesheetLinks: doc.querySelectorAll('link[rel~="stylesheet"]').length,
          classicScripts: [...doc.querySelectorAll('script')].filter((s) => s.type !== 'module').length,
          styles: ['.popup-header', '.popup{', 'prefers-color-scheme'].filter((rule) => css.includes(rule)),
          title: doc.querySelector('#app header h1')?.textContent,
          busy: doc.querySelector('#app main')?.getAttribute('aria-busy'),
        }
      })
      expect(page.stylesheetLinks, 'a stylesheet link holds the first paint until it is fetched').toBe(0)
      expect(page.classicScripts).toBe(0)
      expect(page.styles).toEqual(['.popup-header', '.popup{', 'prefers-color-scheme'])
      expect(page.title).toBe('Metadata Lens')
      expect(page.busy).toBe('true')
      // The script's render takes the frame's place: one header, one title.
      await popup.waitFor(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false')
      expect(await popup.evaluate(() => document.querySelectorAll('h1').length)).toBe(1)
      await popup.close()
    })

    test('the welcome page and the library show their words in readable type', async () => {
      for (const [path, ready] of [
        ['src/welcome/index.html', '[data-welcome]'],
        ['src/library/index.html#last-seen', '[data-toc]'],
      ]) {
        const page = driver.openExtensionPage
          ? await driver.openExtensionPage(path, ready)
          : await driver.newPage(driver.extensionUrl(path))
        await page.waitFor((sel: string) => !!document.querySelector(sel), ready)
        // words, not message keys (the strings load before the first render)
        expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toMatch(/ /)
        const type = await page.evaluate(typography)
        expect(type.body, path).toBeGreaterThanOrEqual(13)
        expect(type.smallest, `${path}: "${type.smallestText}"`).toBeGreaterThanOrEqual(11)
        for (const h of type.headings) expect(h.px, `${path} ${h.tag}`).toBeGreaterThan(type.body)
        await page.close()
      }
    })

    test('the library opens the note a #category link names', async () => {
      const path = 'src/library/index.html#last-seen'
      const page = driver.openExtensionPage
        ? await driver.openExtensionPage(path, '[data-toc]')
        : await driver.newPage(driver.extensionUrl(path))
      await page.waitFor(() => (document.getElementById('last-seen') as HTMLDetailsElement | null)?.open === true)
      const open = await page.evaluate(() => [...document.querySelectorAll('details[data-note]')].filter((d) => (d as HTMLDetailsElement).open).map((d) => d.id))
      expect(open).toEqual(['last-seen'])
      await page.close()
    })

    test('settings repaired by the page (not the popup) are told once in the popup', async () => {
      const storage = (area: 'sync' | 'local', key: string) =>
        driver.extEval(
          async ([a, k]: [string, string]) => ((await ((globalThis as any).browser ?? (globalThis as any).chrome).storage[a].get(k)) as any)[k],
          [area, key] as [string, string],
        )
      await driver.extEval(
        () => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync.set({ settings: { version: 1, enabled: true, markerStyle: 'glitter' } }),
        undefined,
      )
      const page = await driver.newPage(WA_PAGE)
      await expectAnnotationsMatch(page)
      // the content script read the damaged value first and had the background repair it
      await expect.poll(async () => (await storage('sync', 'settings'))?.markerStyle, { timeout: 10000 }).toBe('dot')
      const tab = await reportingTab(driver)
      const popup = await openPopup(driver, `?tab=${tab}`)
      await popup.waitFor(() => !!document.querySelector('[data-settings-repaired]'))
      await expect.poll(() => storage('local', 'settingsRepairNotice'), { timeout: 10000 }).toBeUndefined()
      await popup.close()
      const again = await openPopup(driver, `?tab=${tab}`)
      await again.waitFor(() => !!document.querySelector('[data-category]'))
      expect(await again.evaluate(() => !!document.querySelector('[data-settings-repaired]'))).toBe(false)
      await again.close()
      await page.close()
    })
  })
}

describeBrowser('Chromium', chromium)
describeBrowser('Firefox', firefox)
