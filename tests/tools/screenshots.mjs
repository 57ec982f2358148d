// npm run screenshots: the popup in its states, light and dark, and annotated pages, written to
// e2e-artifacts/look/ for people to look at (run after npm run build).
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { launchChromium } from '../e2e/harness/chromium.mjs'
import { startServer } from '../e2e/harness/server.mjs'

const OUT = resolve('e2e-artifacts/look')
mkdirSync(OUT, { recursive: true })
const server = await startServer()
const driver = await launchChromium({ port: server.port })
const { context } = driver

async function newestTab() {
  const page = await context.newPage()
  await page.goto(driver.extensionUrl('src/library/index.html'))
  for (let i = 0; i < 100; i++) {
    const ids = await page.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).filter((k) => k.startsWith('tab-summary:')).map((k) => Number(k.slice(12))))
    if (ids.length) {
      await page.close()
      return Math.max(...ids)
    }
    await page.waitForTimeout(100)
  }
  throw new Error('no tab reported a summary')
}

async function shootPopup(name, query, expand) {
  for (const scheme of ['light', 'dark']) {
    const popup = await context.newPage()
    await popup.setViewportSize({ width: 380, height: 900 })
    await popup.emulateMedia({ colorScheme: scheme })
    await popup.goto(driver.extensionUrl(`src/popup/index.html${query}`))
    await popup.waitForSelector('#popup-title')
    await popup.waitForTimeout(300) // let the state load; this is a picture, not a test
    if (expand) await popup.locator(expand).first().click().catch(() => {})
    await popup.screenshot({ path: join(OUT, `popup-${name}-${scheme}.png`), fullPage: true })
    await popup.close()
  }
}

const pages = ['g2024-en-one-to-one.html', 'g2024-de-chat-list.html', 'g2026-en-group-info.html', 'g2026-pt-one-to-one.html', 'g2026h2-pt-one-to-one.html', 'g2026h2-nl-group.html', 'g2024-en-system-messages.html', 'g2024-hi-contact-info.html']
for (const file of pages) {
  const page = await context.newPage()
  await page.goto(`https://web.whatsapp.com/${file}`)
  await page.waitForSelector('[data-privacy-note]')
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(OUT, `page-${file.replace('.html', '')}.png`) })
  if (file === pages[0]) await shootPopup('one-to-one', `?tab=${await newestTab()}`, '[data-category] summary')
  if (file === 'g2024-en-system-messages.html') await shootPopup('business-chat', `?tab=${await newestTab()}`)
  await page.close()
}
await shootPopup('elsewhere', '')
const library = await context.newPage()
await library.goto(driver.extensionUrl('src/library/index.html'))
await library.waitForTimeout(300)
await library.screenshot({ path: join(OUT, 'library.png') })
await driver.close()
await server.close()
console.log(`screenshots in ${OUT}`)
