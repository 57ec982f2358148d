// node tests/tools/checkup-screenshots.mjs (after npm run build): the popup's "Your privacy settings"
// section empty, filled and stale, light and dark, at 380×600, in e2e-artifacts/look/.
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { launchChromium } from '../e2e/harness/chromium.mjs'
import { startServer } from '../e2e/harness/server.mjs'

const OUT = resolve('e2e-artifacts/look')
mkdirSync(OUT, { recursive: true })
const server = await startServer()
const driver = await launchChromium({ port: server.port })
const { context } = driver
const DAY = 24 * 60 * 60 * 1000

const values = (age) => {
  const readAt = Date.now() - age
  const v = { 'last-seen': 'nobody', online: 'same-as-last-seen', 'profile-photo': 'everyone', about: 'contacts', status: 'contacts-except', 'read-receipts': 'on', groups: 'everyone', 'default-timer': 'off', 'protect-ip-in-calls': 'off', 'blocked-contacts': '3' }
  return { version: 1, settings: Object.fromEntries(Object.entries(v).map(([id, value]) => [id, { value, readAt }])) }
}
const STATES = { empty: null, filled: values(3 * DAY), stale: values(40 * DAY) }

const chat = await context.newPage()
await chat.goto('https://web.whatsapp.com/g2024-en-one-to-one.html')
await chat.waitForSelector('[data-privacy-note]')
const helper = await context.newPage()
await helper.goto(driver.extensionUrl('src/library/index.html'))
let tab = -1
for (let i = 0; i < 100 && tab < 0; i++) {
  const ids = await helper.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).filter((k) => k.startsWith('tab-summary:')).map((k) => Number(k.slice(12))))
  if (ids.length) tab = Math.max(...ids)
  else await helper.waitForTimeout(100)
}

for (const [name, stored] of Object.entries(STATES)) {
  await helper.evaluate((s) => (s ? chrome.storage.local.set({ mySettings: s }) : chrome.storage.local.remove('mySettings')), stored)
  for (const scheme of ['light', 'dark']) {
    const popup = await context.newPage()
    await popup.setViewportSize({ width: 380, height: 600 })
    await popup.emulateMedia({ colorScheme: scheme })
    await popup.goto(driver.extensionUrl(`src/popup/index.html?tab=${tab}`))
    await popup.waitForSelector('[data-my-settings]')
    await popup.evaluate(() => document.querySelector('[data-my-settings]').scrollIntoView({ block: 'start' }))
    await popup.screenshot({ path: join(OUT, `popup-my-settings-${name}-${scheme}.png`) })
    if (name === 'filled' && scheme === 'light') {
      // The personal notes at the top of the same popup.
      await popup.evaluate(() => window.scrollTo(0, 0))
      await popup.screenshot({ path: join(OUT, `popup-my-settings-notes-${scheme}.png`) })
    }
    await popup.close()
  }
}
await helper.evaluate(() => chrome.storage.local.remove('mySettings'))
await driver.close()
await server.close()
console.log(`screenshots in ${OUT}`)
