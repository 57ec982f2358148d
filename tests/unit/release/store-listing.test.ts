// The store listings (store/listings/<lang>.md) in the four languages: every section present, the
// short description within the Chrome Web Store's limit and the same as the manifest's description.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
const LISTINGS = { en: 'en', es: 'es', 'pt-BR': 'pt_BR', de: 'de' } as const
const SECTIONS = ['Name', 'Short description', 'Description', 'Permissions', 'Privacy promise']

function sections(lang: string): Record<string, string> {
  const text = readFileSync(resolve(root, `store/listings/${lang}.md`), 'utf8')
  const out: Record<string, string> = {}
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n')
    out[heading.trim()] = body.join('\n').trim()
  }
  return out
}

describe.each(Object.entries(LISTINGS))('store listing %s', (lang, locale) => {
  const listing = sections(lang)

  it('has every section', () => {
    expect(Object.keys(listing)).toEqual(SECTIONS)
    for (const name of SECTIONS) expect(listing[name].length).toBeGreaterThan(0)
  })

  it('keeps the name, and a short description of at most 132 characters equal to the manifest description', () => {
    expect(listing.Name).toBe('Metadata Lens')
    expect(listing['Short description'].length).toBeLessThanOrEqual(132)
    const messages = JSON.parse(readFileSync(resolve(root, `_locales/${locale}/messages.json`), 'utf8'))
    expect(listing['Short description']).toBe(messages.extDescription.message)
  })

  it('explains every permission and host the manifest asks for', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'))
    const hosts = [
      ...manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches),
      ...manifest.host_permissions,
      ...manifest.optional_host_permissions,
    ]
    for (const host of hosts) expect(listing.Permissions).toContain(new URL(host.replace('*', 'x')).host)
    expect(listing.Permissions.split('\n').filter((l) => l.startsWith('•')).length).toBeGreaterThanOrEqual(manifest.permissions.length + 2)
  })

  it('links the privacy policy', () => {
    expect(listing['Privacy promise']).toContain('PRIVACY.md')
  })
})
