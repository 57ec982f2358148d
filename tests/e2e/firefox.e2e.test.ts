import { describe } from 'vitest'
import { launchFirefox } from './harness/firefox.mjs'
import { extensionSuite } from './extension.suite'

describe('Firefox ESR (puppeteer-core over WebDriver BiDi, built dist/firefox)', () => {
  extensionSuite((port) => launchFirefox({ port }) as never, { grantsOptionalPermissions: true, scriptsContentScriptHosts: true })
})
