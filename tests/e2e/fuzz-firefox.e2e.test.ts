import { describe } from 'vitest'
import { launchFirefox } from './harness/firefox.mjs'
import { fuzzSuite } from './fuzz.suite'

describe('Firefox: mutation fuzz (built dist/firefox)', () => {
  fuzzSuite((port) => launchFirefox({ port }) as never, ['g2024-en-one-to-one.html'], [1312])
})
