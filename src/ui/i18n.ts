// UI strings. Everything visible goes through t(key, ...subs).
// The extension pages install browser.i18n.getMessage (see main.tsx); tests install a message
// table read from _locales/<lang>/messages.json. This module never imports the browser API so
// components stay renderable in plain DOM tests.

export interface MessageEntry {
  message: string
  description?: string
  placeholders?: Record<string, { content: string; example?: string }>
}
export type MessageTable = Record<string, MessageEntry>

type Translator = (key: string, subs: string[]) => string

let translator: Translator = (key) => key

/** Use a real lookup (browser.i18n.getMessage) for every later t() call. */
export function setTranslator(fn: Translator): void {
  translator = fn
}

/** Use a messages.json table, with the same substitution rules as browser.i18n. */
export function setMessageTable(table: MessageTable): void {
  translator = (key, subs) => formatMessage(table, key, subs)
}

export function t(key: string, ...subs: Array<string | number>): string {
  const text = translator(key, subs.map(String))
  return text || key
}

/** Chrome's rules: $NAME$ → placeholder content; $1..$9 → substitutions; $$ → $. */
export function formatMessage(table: MessageTable, key: string, subs: string[]): string {
  const entry = table[key]
  if (!entry) return ''
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  )
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '')
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders[name.toLowerCase()]
      return content === undefined ? whole : positional(content)
    })
    .replace(/\$\$/g, '$')
}
