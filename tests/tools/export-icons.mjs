// Exports the icon to the PNG sizes the manifest names, by rendering it in headless Chromium.
// 48 and 128 px come from assets/icon.svg; the toolbar sizes have simpler drawings of their own
// (assets/icon-16.svg, icon-32.svg) on whole pixels, since the full artwork blurs at that size.
// Run after editing an SVG: npm run icons (the PNGs are committed).
import { chromium } from 'playwright-core'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromiumPath } from '../e2e/harness/browsers.mjs'

/** The drawing for this size: its own SVG if there is one, else the full artwork scaled. */
function svgFor(size) {
  const own = resolve(`assets/icon-${size}.svg`)
  if (existsSync(own)) return readFileSync(own, 'utf8')
  return readFileSync(resolve('assets/icon.svg'), 'utf8').replace('width="128" height="128"', `width="${size}" height="${size}"`)
}

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] })
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svgFor(size)}</body></html>`,
    )
    await page.screenshot({ path: resolve(`assets/icon-${size}.png`), omitBackground: true })
    await page.close()
    console.log(`assets/icon-${size}.png`)
  }
} finally {
  await browser.close()
}
