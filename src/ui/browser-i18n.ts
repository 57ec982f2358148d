import browser from 'webextension-polyfill'
import { resolveLang } from '../notes/lang'
import type { Lang } from '../notes/types'
import { setTranslator, t } from './i18n'

/** Route t() to browser.i18n and set the document's language and direction. */
export function installBrowserI18n(titleKey = 'extName'): void {
  setTranslator((key, subs) => browser.i18n.getMessage(key, subs))
  document.documentElement.lang = browser.i18n.getUILanguage()
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr'
  document.title = t(titleKey)
}

/** The notes language that matches the browser's UI language. */
export function uiLang(): Lang {
  return resolveLang(browser.i18n.getUILanguage())
}
