import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/preact'
import { Popup } from '../../../src/popup/components/Popup'
import { spyActions, useEnglish } from './fixtures'

// The popup paints the frame written in index.html before any script has run; main.tsx then
// replaces it with the Popup component's loading state (or the real screen). The two must look
// the same, or the popup would change under the reader's eyes while it loads.

const ROOT = join(__dirname, '../../..')
const staticApp = () => {
  const doc = new DOMParser().parseFromString(readFileSync(join(ROOT, 'src/popup/index.html'), 'utf8'), 'text/html')
  return doc.getElementById('app')!
}
/** Markup without comments and without the whitespace between tags. */
const markup = (el: Element) => el.innerHTML.replace(/<!--[\s\S]*?-->/g, '').replace(/>\s+</g, '><').trim()

beforeEach(useEnglish)
afterEach(cleanup)

describe('the first screen before any script', () => {
  it('is the loading state of the Popup component, less what no one sees', () => {
    const { container } = render(<Popup state={{ kind: 'loading' }} actions={spyActions()} />)
    const rendered = container.cloneNode(true) as HTMLElement
    // The title's id (tests and labels find the rendered popup by it) and the screen-reader text
    // (it needs the strings) come with the script.
    rendered.querySelector('#popup-title')!.removeAttribute('id')
    for (const hidden of rendered.querySelectorAll('.sr-only')) hidden.remove()
    expect(markup(staticApp())).toBe(markup(rendered))
    expect(staticApp().querySelector('h1')?.textContent).toBe('Metadata Lens')
  })

  it('says nothing a language would change: the extension name is the same in every locale', () => {
    const title = staticApp().textContent?.trim()
    const locales = readdirSync(join(ROOT, '_locales'))
    expect(locales.length).toBeGreaterThanOrEqual(4)
    for (const locale of locales) {
      const messages = JSON.parse(readFileSync(join(ROOT, '_locales', locale, 'messages.json'), 'utf8'))
      expect(messages.extName.message, locale).toBe(title)
    }
  })

  it('is marked busy until the real screen is in', () => {
    expect(staticApp().querySelector('main')?.getAttribute('aria-busy')).toBe('true')
  })
})
