// Exports assets/icon.svg to the PNG sizes the manifest names, by rendering it in headless Chromium.
// Run after editing the SVG: npm run icons (the PNGs are committed).
import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromiumPath } from '../e2e/harness/browsers.mjs'

const svg = readFileSync(resolve('assets/icon.svg'), 'utf8')
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] })
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('width="128" height="128"', `width="${size}" height="${size}"`)}</body></html>`,
    )
    await page.screenshot({ path: resolve(`assets/icon-${size}.png`), omitBackground: true })
    await page.close()
    console.log(`assets/icon-${size}.png`)
  }
} finally {
  await browser.close()
}
