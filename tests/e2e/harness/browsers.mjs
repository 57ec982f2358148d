// Browser binaries from Debian's packages (apt-get install chromium firefox-esr), found on PATH.
// Override with CHROMIUM_PATH / FIREFOX_PATH.
import { execFileSync } from 'node:child_process'

const which = (cmd) => execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim()
export const chromiumPath = () => process.env.CHROMIUM_PATH || which('chromium')
export const firefoxPath = () => process.env.FIREFOX_PATH || which('firefox-esr')
