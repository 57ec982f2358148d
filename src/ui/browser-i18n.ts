import browser from 'webextension-polyfill'
import { resolveLang } from '../notes/lang'
import type { Lang } from '../notes/types'
import { setMessageTable, setTranslator, t, type MessageTable } from './i18n'

// One language choice for everything an extension page shows: its interface strings come from
// that language's _locales table and its notes from that language's chunk. (The browser's own
// pick of _locales can differ from getUILanguage(), e.g. Portuguese from Portugal would get the
// English interface but Portuguese notes; choosing once here keeps them together.)

const MESSAGES: Record<Lang, () => Promise<{ default: unknown }>> = {
  en: () => import('../../_locales/en/messages.json'),
  es: () => import('../../_locales/es/messages.json'),
  'pt-BR': () => import('../../_locales/pt_BR/messages.json'),
  de: () => import('../../_locales/de/messages.json'),
}

/** The page's language, from the browser's UI language ("pt-PT" → pt-BR, "de-AT" → de, …). */
export function pageLang(): Lang {
  return resolveLang(browser.i18n.getUILanguage())
}

/**
 * Route t() to the chosen language's messages and set the document's language, direction and
 * title. Resolves with the language, which the page then uses for its notes.
 */
export async function installBrowserI18n(titleKey = 'extName'): Promise<Lang> {
  const lang = pageLang()
  try {
    setMessageTable((await MESSAGES[lang]()).default as MessageTable)
  } catch {
    // The chunk could not load: the browser's own pick is still better than message keys.
    setTranslator((key, subs) => browser.i18n.getMessage(key, subs))
  }
  document.documentElement.lang = lang
  // Every language we ship is written left to right.
  document.documentElement.dir = 'ltr'
  document.title = t(titleKey)
  return lang
}
