import { describe, expect, it } from 'vitest'
import { LANGS } from '../../../src/notes/types'
import { renderPrivacy } from '../../../src/privacy/render'
import { PRIVACY_TEXTS } from '../../../src/privacy/texts'

describe('privacy page', () => {
  it.each(LANGS)('renders in %s with the promise, three sections and links to every language', (lang) => {
    const root = document.createElement('main')
    renderPrivacy(root, lang)
    expect(document.documentElement.lang).toBe(lang)
    expect(root.querySelector('h1')?.textContent).toContain(PRIVACY_TEXTS[lang].title)
    expect(root.querySelector('.privacy-promise')?.textContent).toBe(PRIVACY_TEXTS[lang].promise)
    expect(root.querySelectorAll('section h2')).toHaveLength(3)
    const links = [...root.querySelectorAll('nav a')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual(LANGS.map((l) => `?lang=${l}`))
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('lang'))).toEqual([lang])
  })

  it.each(LANGS)('in %s, says as much as the English page and names every site and storage area', (lang) => {
    const text = PRIVACY_TEXTS[lang]
    expect(text.sections.map((s) => s.points.length)).toEqual(PRIVACY_TEXTS.en.sections.map((s) => s.points.length))
    const all = [text.promise, ...text.sections.flatMap((s) => s.points)].join(' ')
    for (const site of ['web.whatsapp.com', 'business.facebook.com', 'developers.facebook.com', 'Twilio', '360dialog', 'WATI']) {
      expect(all).toContain(site)
    }
  })

})
