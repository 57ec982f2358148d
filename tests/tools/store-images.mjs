// npm run store-images: the store screenshots (1280×800) and the Chrome Web Store promo tile
// (440×280), made with the built extension (dist/chrome) in headless Chromium on the fixture pages,
// served under their real host names by the test harness. Nothing shows a real person's data.
// Writes into store/images/. Look at every image before publishing it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { launchChromium } from '../e2e/harness/chromium.mjs'
import { startServer } from '../e2e/harness/server.mjs'

const OUT = resolve('store/images')
const SIZE = { width: 1280, height: 800 }
mkdirSync(OUT, { recursive: true })

const server = await startServer()
const driver = await launchChromium({ port: server.port })
const { context } = driver
const written = []

const tooltipShown = () => {
  const tip = document.querySelector('[data-privacy-overlay]')?.shadowRoot?.querySelector('.tooltip')
  return !!tip && !tip.hidden
}

/** Opens a fixture page at the store size and waits until its annotations are drawn. */
async function openAnnotated(url) {
  const page = await context.newPage()
  await page.setViewportSize(SIZE)
  await page.goto(url)
  await page.waitForFunction(() => document.querySelector('[data-privacy-overlay]')?.shadowRoot?.querySelector('.marker'), null, { polling: 50 })
  return page
}

/** Hovers an element of `category` (the first, or the last with last: true) and waits for its tooltip. */
async function showTooltip(page, category, { last = false } = {}) {
  const elements = page.locator(`[data-privacy-note="${category}"]`)
  await (last ? elements.last() : elements.first()).hover()
  await page.waitForFunction(tooltipShown, null, { polling: 50 })
}

/**
 * The id of the newest tab the background keeps a page summary for (for the popup's ?tab=). Reads
 * storage.session from an extension page: any key with a tab number whose value is a summary.
 */
async function newestSummarisedTab() {
  const page = await context.newPage()
  await page.goto(driver.extensionUrl('src/library/index.html'))
  const ids = await page.waitForFunction(async () => {
    const stored = await chrome.storage.session.get(null)
    const found = Object.entries(stored)
      .filter(([key, value]) => /\d+$/.test(key) && value && typeof value === 'object' && 'facts' in value)
      .map(([key]) => Number(/\d+$/.exec(key)[0]))
    return found.length ? found : null
  }, null, { polling: 100 })
  const list = await ids.jsonValue()
  await page.close()
  return Math.max(...list)
}

async function save(page, name, clip) {
  const path = join(OUT, name)
  await page.screenshot({ path, clip })
  written.push(path)
}

const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`

// 1. A one-to-one chat with the note of a read receipt in the conversation open.
const chat = await openAnnotated('https://web.whatsapp.com/g2024-en-one-to-one.html')
await showTooltip(chat, 'read-receipt', { last: true })
await save(chat, 'screenshot-1-chat-tooltip.png')

// 2. The popup over the same chat, placed where the browser opens it (below the toolbar button).
await chat.mouse.move(5, 5)
await chat.keyboard.press('Escape')
const pageShot = await chat.screenshot()
const popup = await context.newPage()
await popup.setViewportSize({ width: 380, height: 600 }) // browsers cap popups at 800×600
await popup.goto(driver.extensionUrl(`src/popup/index.html?tab=${await newestSummarisedTab()}`))
await popup.waitForSelector('[data-category]')
const popupShot = await popup.screenshot()
await popup.close()
const composer = await context.newPage()
await composer.setViewportSize(SIZE)
await composer.setContent(`<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
  <img src="${dataUrl(pageShot)}" style="position:absolute;inset:0;width:1280px;height:800px;filter:brightness(0.92)">
  <img src="${dataUrl(popupShot)}" style="position:absolute;top:14px;right:24px;width:380px;border-radius:8px;
    box-shadow:0 8px 28px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)">
</body>`)
await composer.waitForFunction(() => [...document.images].every((i) => i.complete))
await save(composer, 'screenshot-2-popup.png')
await chat.close()

// 3. WhatsApp Manager's overview with an analytics note open.
const dashboard = await openAnnotated('https://business.facebook.com/latest/whatsapp_manager/overview/')
await showTooltip(dashboard, 'business-analytics')
await save(dashboard, 'screenshot-3-business-dashboard.png')
await dashboard.close()

// 4. A group's info drawer: participants, About, profile photos.
const group = await openAnnotated('https://web.whatsapp.com/g2026-en-group-info.html')
await showTooltip(group, 'group-participants')
await save(group, 'screenshot-4-group-info.png')
await group.close()

// The promo tile: the icon, the name, one line, and a crop of the annotated chat.
const icon = readFileSync(resolve('assets/icon-128.png'))
const tile = await context.newPage()
await tile.setViewportSize({ width: 440, height: 280 })
await tile.setContent(`<body style="margin:0;width:440px;height:280px;overflow:hidden;background:#5b3cc4;
  font-family:system-ui,sans-serif;color:#fff;position:relative">
  <img src="${dataUrl(pageShot)}" style="position:absolute;left:236px;top:40px;width:640px;height:400px;
    border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.35);object-fit:cover;object-position:left top">
  <img src="${dataUrl(icon)}" style="position:absolute;left:24px;top:28px;width:64px;height:64px">
  <div style="position:absolute;left:24px;top:108px;width:192px">
    <div style="font-size:26px;font-weight:700;line-height:1.1">Metadata Lens</div>
    <div style="font-size:15px;line-height:1.35;margin-top:10px;color:#f1ecff">See which parts of WhatsApp reveal metadata, and who can see it.</div>
  </div>
</body>`)
await tile.waitForFunction(() => [...document.images].every((i) => i.complete))
await save(tile, 'promo-tile-440x280.png')

await driver.close()
await server.close()
writeFileSync(join(OUT, 'README.md'), `Made by \`npm run store-images\` from the built extension on the fixture pages (no real data):\n\n${written.map((p) => `- ${p.slice(OUT.length + 1)}`).join('\n')}\n`)
for (const path of written) console.log(path)
