import { LANGS, type Lang } from '../notes/types'
import { LANGUAGE_NAMES, PRIVACY_TEXTS } from './texts'

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  return node
}

/** Fills `root` with the privacy page in `lang`, with links to the other languages (?lang=…). */
export function renderPrivacy(root: HTMLElement, lang: Lang): void {
  const text = PRIVACY_TEXTS[lang]
  document.documentElement.lang = lang
  document.title = `Metadata Lens: ${text.title}`

  const nav = el('nav')
  nav.setAttribute('aria-label', text.language)
  for (const other of LANGS) {
    const link = el('a', LANGUAGE_NAMES[other])
    link.href = `?lang=${other}`
    link.lang = other
    if (other === lang) link.setAttribute('aria-current', 'page')
    nav.append(link)
  }

  const header = el('header')
  header.append(el('h1', `Metadata Lens: ${text.title}`), nav)
  const promise = el('p', text.promise)
  promise.className = 'privacy-promise'
  const sections = text.sections.map((section) => {
    const block = el('section')
    const list = el('ul')
    list.append(...section.points.map((point) => el('li', point)))
    block.append(el('h2', section.heading), list)
    return block
  })
  root.replaceChildren(header, promise, ...sections, el('p', text.full))
}
