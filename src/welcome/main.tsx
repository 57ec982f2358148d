import browser from 'webextension-polyfill'
import { render } from 'preact'
import { installBrowserI18n } from '../ui/browser-i18n'
import { LIBRARY_PAGE, PRIVACY_PAGE } from '../ui/links'
import { Welcome } from './Welcome'
import '../ui/base.css'
import './welcome.css'

/** The toggle command's key combination as the browser has it now, or null when none is set. */
async function toggleShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll()
    return commands.find((c) => c.name === 'toggle-annotations')?.shortcut || null
  } catch {
    return 'Alt+Shift+M' // the manifest's suggestion
  }
}

installBrowserI18n('welcomeTitle')
const urls = { library: browser.runtime.getURL(LIBRARY_PAGE), privacy: browser.runtime.getURL(PRIVACY_PAGE) }
const root = document.getElementById('app')
if (root) {
  void toggleShortcut().then((shortcut) => render(<Welcome shortcut={shortcut} urls={urls} />, root))
}
