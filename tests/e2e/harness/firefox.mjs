// Installs the built extension (dist/firefox) into headless Firefox ESR with puppeteer-core over
// WebDriver BiDi, as a temporary add-on. Hosts reach the local server through a CONNECT proxy.
import puppeteer from 'puppeteer-core'
import { resolve } from 'node:path'
import { firefoxPath } from './browsers.mjs'
import { startConnectProxy } from './server.mjs'

export const GECKO_ID = 'metadata-lens@metadata-lens.dev' // = vite.config.ts GECKO_ID
const EXT_UUID = '5e7b1c2a-3d4f-4a6b-8c9d-0e1f2a3b4c5d' // pinned so moz-extension:// URLs are known

/**
 * Waits until `fn(arg)` is truthy in the page. puppeteer's own waitForFunction gives up when
 * Firefox's remote agent errors while the page's realm changes (a navigation to an extension
 * page); such errors only mean "not yet" here, so we retry them until the deadline.
 */
async function waitUntil(page, fn, arg, timeout) {
  const deadline = Date.now() + timeout
  let lastError = null
  for (;;) {
    // (a protocol error rather than a timeout: try again)
    try {
      return await page.waitForFunction(fn, { timeout: Math.max(1, deadline - Date.now()), polling: 50 }, arg)
    } catch (error) {
      if (error?.name === 'TimeoutError') throw error
      if (Date.now() >= deadline) throw lastError ?? error
      lastError = error
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

export function wrapPuppeteerPage(page) {
  return {
    raw: page,
    goto: (url) => page.goto(url),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitFor: (fn, arg, timeout = 15000) => waitUntil(page, fn, arg, timeout),
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    reload: () => page.reload(),
    press: (key) => page.keyboard.press(key),
    mouseTo: (x, y) => page.mouse.move(x, y),
    screenshot: (path) => page.screenshot({ path }),
    close: () => page.close(),
  }
}

export async function launchFirefox({ port, extPath = resolve('dist/firefox'), extraPrefs = {} }) {
  const proxy = await startConnectProxy(port)
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1200, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXT_UUID }),
      'network.trr.mode': 5,
      'network.dns.disableIPv6': true,
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Optional permissions are granted without the prompt (the test clicks our switch; there is nobody to answer).
      'extensions.webextOptionalPermissionPrompts': false,
      ...extraPrefs, // e.g. the UI language or colour scheme for screenshots
    },
    // Lets WebDriver BiDi navigate a tab to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
  })
  await browser.installExtension(extPath)
  const extensionUrl = (path) => `moz-extension://${EXT_UUID}/${path}`
  let extPage = null

  /** Extension pages: puppeteer never sees their load finish, so wait for content instead. */
  async function openExtensionPage(path, readySelector) {
    const page = await browser.newPage()
    page.goto(extensionUrl(path), { timeout: 5000 }).catch(() => {})
    await waitUntil(page, (sel) => location.protocol === 'moz-extension:' && !!document.querySelector(sel), readySelector, 20000)
    return wrapPuppeteerPage(page)
  }

  return {
    name: 'firefox',
    browser,
    extensionUrl,
    openExtensionPage,
    async newPage(url) {
      const page = wrapPuppeteerPage(await browser.newPage())
      if (url) await page.goto(url)
      return page
    },
    /** Runs a function with the extension's privileges (in an extension page; BiDi has no background handle). */
    async extEval(fn, arg) {
      extPage ??= await openExtensionPage('src/library/index.html', 'body *')
      return extPage.evaluate(fn, arg)
    },
    async close() {
      // Firefox can take a long time to shut down over BiDi; don't let that hang the suite.
      const closed = browser.close().then(() => true, () => false)
      const inTime = await Promise.race([closed, new Promise((r) => setTimeout(() => r(false), 15000))])
      if (!inTime) browser.process()?.kill('SIGKILL')
      await proxy.close()
    },
  }
}
