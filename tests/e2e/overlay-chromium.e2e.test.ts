import { describe } from 'vitest'
import { launchChromium } from './harness/chromium.mjs'
import { overlaySuite } from './overlay.suite'

describe('Overlay in Chromium (built dist/chrome)', () => {
  overlaySuite((port) => launchChromium({ port }) as never, { grantsOptionalPermissions: false })
})
