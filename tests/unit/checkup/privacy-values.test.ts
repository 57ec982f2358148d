import { afterEach, describe, expect, it } from 'vitest'
import { fixtureIndex, loadFixture, loadHtml } from '../../fixtures/whatsapp/load'
import { privacySettings } from '../../../src/sites/whatsapp-web/privacy-settings'
import { audienceOf, countOf, onPrivacyReadings } from '../../../src/sites/whatsapp-web/privacy-values'
import { Scanner } from '../../../src/content/scanner'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import type { Reading } from '../../../src/checkup/values'
import { createScanContext } from '../../../src/sites/scan-context'

// The reader is called by the privacy-settings detector on the rows it finds; these tests run the
// detector (as the scanner does) and collect what it hands over.

afterEach(() => onPrivacyReadings(null))

function readingsOf(root: Document | Element, run: (root: Document | Element) => void = (r) => privacySettings.find(r, createScanContext())): Record<string, string> {
  const got: Reading[] = []
  onPrivacyReadings((r) => got.push(...r))
  run(root)
  onPrivacyReadings(null)
  return Object.fromEntries(got.map((r) => [r.id, r.value]))
}

/** What each fixture's rows say they show (data-expect-value="<id>=<value>"), then the attributes removed. */
function expectedValues(doc: Document): Record<string, string> {
  const out: Record<string, string> = {}
  for (const el of Array.from(doc.querySelectorAll('[data-expect-value]'))) {
    const [id, value] = el.getAttribute('data-expect-value')!.split('=')
    out[id!] = value!
    el.removeAttribute('data-expect-value')
  }
  return out
}

const withValues = fixtureIndex().filter((f) => /settings-privacy|privacy-/.test(f.file))

describe('privacy values read from fixture panels', () => {
  it('covers four or more UI languages and two markup generations', () => {
    expect(new Set(withValues.map((f) => f.lang)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(withValues.map((f) => f.generation)).size).toBeGreaterThanOrEqual(2)
  })

  for (const f of withValues) {
    it(`${f.file}: reads exactly what the rows show`, () => {
      const doc = loadFixture(f.file)
      const expected = expectedValues(doc)
      expect(Object.keys(expected).length).toBeGreaterThan(0)
      expect(readingsOf(doc)).toEqual(expected)
    })
  }

  it('reads a checkbox row (input), a switch row ([role="switch"]) and a radio sub-panel, in two generations', () => {
    expect(readingsOf(loadFixture('g2024-en-settings-privacy.html'))['read-receipts']).toBe('on') // <input type="checkbox" checked>
    expect(readingsOf(loadFixture('g2024-es-settings-privacy.html'))['read-receipts']).toBe('off') // [role="checkbox"][aria-checked="false"]
    expect(readingsOf(loadFixture('g2024-fr-privacy-advanced.html'))).toEqual({ 'protect-ip-in-calls': 'on', 'block-unknown-messages': 'off' })
    expect(readingsOf(loadFixture('g2026-hi-privacy-calls.html'))).toEqual({ 'silence-unknown-callers': 'on' })
    expect(readingsOf(loadFixture('g2024-en-privacy-photo.html'))).toEqual({ 'profile-photo': 'everyone' })
    expect(readingsOf(loadFixture('g2026-de-privacy-last-seen.html'))).toEqual({ 'last-seen': 'contacts-except', online: 'same-as-last-seen' })
  })

  it('stores an option it has no word for as unknown, never a neighbour', () => {
    expect(readingsOf(loadFixture('g2026-en-privacy-timer.html'))).toEqual({ 'default-timer': 'unknown' })
    const doc = loadFixture('g2024-en-settings-privacy.html')
    doc.querySelectorAll('.prow .v')[0]!.textContent = 'Only the people I trust'
    expect(readingsOf(doc)['last-seen']).toBe('unknown')
  })

  it('a page in a language without words reads every option as unknown', () => {
    const doc = loadFixture('g2024-en-privacy-photo.html')
    doc.querySelector('h1')!.textContent = 'Profile photo'
    for (const [i, el] of Array.from(doc.querySelectorAll('[role="radio"] div div')).entries()) el.textContent = ['Iedereen', 'Mijn contacten', 'Mijn contacten behalve…', 'Niemand (nl)'][i]!
    expect(readingsOf(doc)).toEqual({ 'profile-photo': 'unknown' })
  })

  it('follows a radio that changes (the scanner rescans the radio, the reader reads its group)', () => {
    const doc = loadFixture('g2024-en-privacy-photo.html')
    const radios = Array.from(doc.querySelectorAll('[role="radio"]'))
    radios[0]!.setAttribute('aria-checked', 'false')
    radios[3]!.setAttribute('aria-checked', 'true')
    expect(readingsOf(radios[3]!)).toEqual({ 'profile-photo': 'nobody' })
  })

  it('live: a switch flipped on the page is read again through the attribute path of the scanner', () => {
    const doc = loadFixture('g2024-fr-privacy-advanced.html')
    const scanner = new Scanner(whatsappWebSite.detectors, { isCategoryEnabled: () => true, annotated() {}, removed() {}, detectorFailed() {} })
    expect(scanner.observedAttributes).toContain('aria-checked')
    scanner.scan(doc)
    const ip = doc.querySelector('[role="switch"]')!
    ip.setAttribute('aria-checked', 'false')
    const values = readingsOf(doc, () => scanner.applyMutations([{ type: 'attributes', target: ip, attributeName: 'aria-checked' } as unknown as MutationRecord]))
    expect(values).toEqual({ 'protect-ip-in-calls': 'off' })
  })

  it('reads in the normal scan: the scanner on a fixture hands over the values once per pass', () => {
    const doc = loadFixture('g2024-en-settings-privacy.html')
    const scanner = new Scanner(whatsappWebSite.detectors, { isCategoryEnabled: () => true, annotated() {}, removed() {}, detectorFailed() {} })
    const values = readingsOf(doc, (r) => scanner.scan(r))
    expect(values['last-seen']).toBe('nobody')
    expect(values['blocked-contacts']).toBe('3')
  })
})

describe('bad input', () => {
  it('names under "My contacts except…" or "Only share with…" never leave the reader', () => {
    for (const file of ['g2026-de-privacy-last-seen.html', 'g2026-pt-privacy-status.html']) {
      const got: Reading[] = []
      onPrivacyReadings((r) => got.push(...r))
      privacySettings.find(loadFixture(file), createScanContext())
      const json = JSON.stringify(got)
      for (const name of ['Anna', 'Bernd', 'Carla', 'João']) expect(json).not.toContain(name)
      expect(got.every((r) => Object.keys(r).join() === 'id,value')).toBe(true)
    }
  })

  it('a fake panel inside message text changes nothing', () => {
    const doc = loadFixture('g2024-en-hostile.html')
    const list = doc.querySelector('#main [role="application"]')!
    const bubble = list.querySelector('.selectable-text, span[dir]') ?? list
    // What a message can carry is text: the panel's words as a message.
    bubble.textContent = 'Privacy › Last seen and online: Nobody. Read receipts: off. Profile photo: Everyone'
    expect(readingsOf(doc)).toEqual({})
    expect(readingsOf(doc, (r) => whatsappWebSite.detectors.forEach((d) => d.find(r, createScanContext())))).toEqual({})
  })

  it('a header titled like a sub-panel without a radio or switch is not one (the Status screen)', () => {
    const doc = loadFixture('g2024-en-status.html')
    expect(readingsOf(doc)).toEqual({})
    expect(privacySettings.find(doc, createScanContext())).toEqual([])
  })

  it('does not read a "Privacy" panel inside the chat column', () => {
    const doc = loadHtml(`<div id="app"><div id="main"><div><header><h1>Privacy</h1></header>
      <div role="button"><div>Last seen and online</div><div>Nobody</div></div></div></div></div>`)
    expect(readingsOf(doc)).toEqual({})
  })
})

describe('words', () => {
  it('counts: the none word, one number, never two', () => {
    expect(countOf('none')).toBe('0')
    expect(countOf('keine')).toBe('0')
    expect(countOf('3')).toBe('3')
    expect(countOf('२ chats')).toBe('2')
    expect(countOf('3 of 5')).toBe('unknown')
    expect(countOf('ana, bruno')).toBe('unknown')
    expect(countOf('123456')).toBe('unknown')
  })

  it('audience options: exact, counted, or a named option followed by names', () => {
    expect(audienceOf('meine kontakte außer …')).toBe('contacts-except')
    expect(audienceOf('12 contacts excluded')).toBe('contacts-except')
    expect(audienceOf('my contacts except… ana')).toBe('contacts-except')
    expect(audienceOf('my contacts')).toBe('contacts')
    expect(audienceOf('everyone i know')).toBeNull()
    expect(audienceOf('my contactsx')).toBeNull()
  })
})
