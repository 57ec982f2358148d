import { describe } from 'vitest'
import { launchFirefox } from './harness/firefox.mjs'
import { overlaySuite } from './overlay.suite'

describe('Overlay in Firefox ESR (built dist/firefox)', () => {
  overlaySuite((port) => launchFirefox({ port }) as never, { grantsOptionalPermissions: true })
})
