import { describe } from 'vitest'
import { launchChromium } from './harness/chromium.mjs'
import { overlaySuite } from './overlay.suite'

describe('Overlay in Chromium (built dist/chrome)', () => {
  // Headless Chromium cannot grant the provider consoles' optional host permission (see
  // OverlaySuiteOptions): overlay-consoles-chromium.e2e.test.ts covers them another way.
  overlaySuite((port) => launchChromium({ port }) as never, { grantsOptionalPermissions: false })
})
