// npm run screenshots (after npm run build): the extension's pages in Chromium and Firefox, for
// people to look at, written to e2e-artifacts/look/<browser>-<name>-<scheme>.png.
//   - every popup state at 380 × 600 (a real popup's first screen), light and dark: supported,
//     elsewhere, health warning, annotations off, dashboard, and the supported state in German;
//   - the welcome page and the library (one opened at a note);
//   - a tooltip open on a tick, an avatar and a drawer row, light and dark;
//   - Chromium only: annotated fixture pages.
// SCREENSHOT_BROWSERS=chromium (or firefox) limits the run to one browser; SCREENSHOT_ONLY_DE=1 to the German popup.
// German needs the browsers' language packs (Debian: chromium-l10n, firefox-esr-l10n-de).
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { launchChromium } from '../e2e/harness/chromium.mjs'
import { launchFirefox } from '../e2e/harness/firefox.mjs'
import { startServer } from '../e2e/harness/server.mjs'

const OUT = resolve('e2e-artifacts/look')
mkdirSync(OUT, { recursive: true })
const POPUP = { width: 380, height: 600 }
const PAGE = { width: 1100, height: 800 }
const browsers = (process.env.SCREENSHOT_BROWSERS ?? 'chromium,firefox').split(',')
const WA_PAGE = 'https://web.whatsapp.com/g2024-en-one-to-one.html'
const HEALTH_PAGE = 'https://web.whatsapp.com/fixture/health/unknown-layout.html'
const DASHBOARD_PAGE = 'https://business.facebook.com/latest/whatsapp_manager/overview/'
const SETTINGS = { version: 1, enabled: true, disabledSites: [], disabledCategories: [], markerStyle: 'dot' }

/** One browser, one colour scheme and language, behind the same small interface. */
async function chromiumSession(port, lang) {
  // Chromium on Linux takes its UI language from the locale environment, not from --lang.
  const saved = { ...process.env }
  if (lang) Object.assign(process.env, { LANGUAGE: lang, LANG: `${lang}_DE.UTF-8`, LC_ALL: `${lang}_DE.UTF-8` })
  const driver = await launchChromium({ port, extraArgs: lang ? [`--lang=${lang}`] : [] }).finally(() => {
    for (const key of ['LANGUAGE', 'LANG', 'LC_ALL']) {
      if (saved[key] === undefined) delete process.env[key]
      else process.env[key] = saved[key]
    }
  })
  return {
    name: 'chromium',
    driver,
    async open(url, size, scheme) {
      const page = await driver.context.newPage()
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(url)
      return page
    },
    schemes: ['light', 'dark'],
  }
}

async function firefoxSession(port, lang, scheme) {
  const driver = await launchFirefox({
    port,
    extraPrefs: {
      // 0 dark, 1 light: what pages see as prefers-color-scheme
      'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
      ...(lang ? { 'intl.locale.requested': lang } : {}),
    },
  })
  return {
    name: 'firefox',
    driver,
    async open(url, size) {
      const page = await driver.browser.newPage()
      await page.setViewport(size)
      // Extension pages never report their load as finished to puppeteer: wait for content instead.
      await page.goto(url, { timeout: 5000 }).catch(() => {})
      return page
    },
    schemes: [scheme],
  }
}

async function waitFor(page, fn, arg) {
  const deadline = Date.now() + 20000
  for (;;) {
    try {
      if (await page.evaluate(fn, arg)) return
    } catch {
      // the page is still navigating
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
const hasSelector = (page, selector) => waitFor(page, (s) => !!document.querySelector(s), selector)

/** The newest tab whose content script reported a summary (the tests' way: Chrome hides tab URLs). */
async function newestTab(session) {
  const deadline = Date.now() + 20000
  while (Date.now() < deadline) {
    const ids = await session.driver.extEval(async () => {
      const api = globalThis.browser ?? globalThis.chrome
      // one key per tab: tab-summary:<id>
      return Object.keys(await api.storage.session.get(null)).filter((k) => k.startsWith('tab-summary:')).map((k) => Number(k.slice(12)))
    })
    if (ids.length) return Math.max(...ids)
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('no tab reported a summary')
}

async function setSettings(session, patch) {
  await session.driver.extEval((s) => (globalThis.browser ?? globalThis.chrome).storage.sync.set({ settings: s }), { ...SETTINGS, ...patch })
}

async function shoot(session, page, name, scheme, fullPage = false) {
  await page.screenshot({ path: join(OUT, `${session.name}-${name}-${scheme}.png`), fullPage })
}

async function shootPopup(session, name, query, ready) {
  for (const scheme of session.schemes) {
    const popup = await session.open(session.driver.extensionUrl(`src/popup/index.html${query}`), POPUP, scheme)
    await hasSelector(popup, ready)
    await shoot(session, popup, `popup-${name}`, scheme)
    await popup.close()
  }
}

/** With a page of this URL open, a popup for its tab; `before` may change settings first. */
async function popupForPage(session, url, name, ready, before) {
  const page = await session.open(url, PAGE, session.schemes[0])
  await hasSelector(page, ready === '[data-health="warning"]' ? 'body' : '[data-privacy-note]')
  const tab = await newestTab(session)
  if (before) await before()
  await shootPopup(session, name, `?tab=${tab}`, ready)
  return page
}

async function popupStates(session) {
  const wa = await popupForPage(session, WA_PAGE, 'supported', '[data-summary-line]')
  await setSettings(session, { enabled: false })
  await shootPopup(session, 'annotations-off', `?tab=${await newestTab(session)}`, '[data-annotations-off]')
  await setSettings(session, {})
  await wa.close()
  await (await popupForPage(session, HEALTH_PAGE, 'health-warning', '[data-health="warning"]')).close()
  await (await popupForPage(session, DASHBOARD_PAGE, 'dashboard', '[data-summary-line]')).close()
  await shootPopup(session, 'elsewhere', '', '[data-elsewhere]')
}

async function extensionPages(session) {
  for (const scheme of session.schemes) {
    const welcome = await session.open(session.driver.extensionUrl('src/welcome/index.html'), PAGE, scheme)
    await hasSelector(welcome, '[data-welcome="library"]')
    await shoot(session, welcome, 'welcome', scheme, true)
    await welcome.close()
    const library = await session.open(session.driver.extensionUrl('src/library/index.html'), PAGE, scheme)
    await hasSelector(library, '[data-toc]')
    await shoot(session, library, 'library', scheme)
    await library.close()
    const note = await session.open(session.driver.extensionUrl('src/library/index.html#read-receipt'), PAGE, scheme)
    await waitFor(note, () => document.querySelector('details[data-note="read-receipt"]')?.open === true)
    await shoot(session, note, 'library-note', scheme)
    await note.close()
  }
}

/** Annotated fixture pages (Chromium): the markers in place. */
async function fixturePages(session) {
  const pages = ['g2024-en-one-to-one.html', 'g2024-de-chat-list.html', 'g2026-en-group-info.html', 'g2026-pt-one-to-one.html', 'g2026h2-pt-one-to-one.html', 'g2026h2-nl-group.html', 'g2024-en-system-messages.html', 'g2024-hi-contact-info.html']
  for (const file of pages) {
    const page = await session.open(`https://web.whatsapp.com/${file}`, PAGE, 'light')
    await hasSelector(page, '[data-privacy-note]')
    await page.waitForTimeout(300) // markers are placed after layout; this is a picture, not a test
    await page.screenshot({ path: join(OUT, `page-${file.replace('.html', '')}.png`) })
    await page.close()
  }
}

/** The marker of the right-most on-screen element of a category: its centre, or null while not drawn. */
function markerOf(category) {
  const els = [...document.querySelectorAll(`[data-privacy-note="${category}"]`)]
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.top >= 0 && r.bottom <= innerHeight)
    .sort((a, b) => b.right - a.right)
  const root = document.querySelector('[data-privacy-overlay]')?.shadowRoot
  if (!els.length || !root) return null
  const el = els[0]
  let best = null
  for (const m of root.querySelectorAll(`.marker[data-category="${category}"]:not([hidden])`)) {
    const r = m.getBoundingClientRect()
    if (r.width === 0) continue
    const d = Math.hypot((r.left + r.right) / 2 - (el.left + el.right) / 2, (r.top + r.bottom) / 2 - (el.top + el.bottom) / 2)
    if (!best || d < best.d) best = { d, x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 }
  }
  return best
}

/** A tooltip open on a tick, an avatar and a drawer row (hovered on its marker, as a person would). */
async function tooltips(session) {
  const cases = [
    ['tick', 'g2024-en-one-to-one.html', 'read-receipt'],
    ['avatar', 'g2024-de-chat-list.html', 'profile-photo'],
    ['drawer-row', 'g2026-en-group-info.html', 'group-participants'],
  ]
  for (const scheme of session.schemes) {
    for (const [name, file, category] of cases) {
      const page = await session.open(`https://web.whatsapp.com/${file}`, PAGE, scheme)
      await waitFor(page, markerOf, category)
      const at = await page.evaluate(markerOf, category)
      await page.mouse.move(at.x, at.y)
      await waitFor(page, (c) => {
        const tip = document.querySelector('[data-privacy-overlay]')?.shadowRoot?.querySelector('.tooltip')
        return tip && !tip.hidden && tip.dataset.category === c
      }, category)
      await shoot(session, page, `tooltip-${name}`, scheme)
      await page.close()
    }
  }
}

/** The popup in German: the UI language is the browser's. */
async function german(session) {
  const lang = await session.driver.extEval(() => (globalThis.browser ?? globalThis.chrome).i18n.getUILanguage())
  if (!lang.startsWith('de')) console.warn(`${session.name}: UI language is ${lang}, not German (language pack missing?)`)
  await (await popupForPage(session, WA_PAGE, 'supported-de', '[data-summary-line]')).close()
}

const server = await startServer()
try {
  if (browsers.includes('chromium')) {
    let session
    if (!process.env.SCREENSHOT_ONLY_DE) {
      session = await chromiumSession(server.port)
      await popupStates(session)
      await extensionPages(session)
      await tooltips(session)
      await fixturePages(session)
      await session.driver.close()
    }
    session = await chromiumSession(server.port, 'de')
    await german(session)
    await session.driver.close()
  }
  if (browsers.includes('firefox')) {
    for (const scheme of ['light', 'dark']) {
      let session
      if (!process.env.SCREENSHOT_ONLY_DE) {
        session = await firefoxSession(server.port, null, scheme)
        await popupStates(session)
        await extensionPages(session)
        await tooltips(session)
        await session.driver.close()
      }
      session = await firefoxSession(server.port, 'de', scheme)
      await german(session)
      await session.driver.close()
    }
  }
} finally {
  await server.close()
}
console.log(`screenshots in ${OUT}`)
