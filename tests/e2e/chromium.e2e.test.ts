import { describe } from 'vitest'
import { launchChromium } from './harness/chromium.mjs'
import { extensionSuite } from './extension.suite'

describe('Chromium (playwright-core, built dist/chrome)', () => {
  extensionSuite((port) => launchChromium({ port }) as never, { grantsOptionalPermissions: false, scriptsContentScriptHosts: false })
})
