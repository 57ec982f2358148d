import { describe } from 'vitest'
import { launchChromium } from './harness/chromium.mjs'
import { fuzzSuite } from './fuzz.suite'

describe('Chromium: mutation fuzz (built dist/chrome)', () => {
  fuzzSuite((port) => launchChromium({ port }) as never, ['g2024-en-one-to-one.html', 'g2026-pt-one-to-one.html', 'g2024-es-group.html'], [20261202, 7, 4242])
})
