import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from './harness/chromium.mjs'
import { launchFirefox } from './harness/firefox.mjs'
import { expectAnnotationsMatch, shot, useServer, type Driver, type Page } from './shared'

// Privacy checkup end to end, in both browsers, on the built extension: Settings › Privacy (and a
// sub-panel) is read in one tab; the popup of a chat in another tab lists the values and shows the
// personal notes; "Forget my settings" empties the section.

const WA = 'https://web.whatsapp.com/'

async function storedSettings(driver: Driver): Promise<Record<string, { value: string }>> {
  return driver.extEval(async () => {
    const { mySettings } = await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.get('mySettings')
    return (mySettings?.settings ?? {}) as Record<string, { value: string }>
  }, undefined)
}

/** The newest tab whose content script reported a summary counting what `page` shows. */
async function reportingTab(driver: Driver, page: Page): Promise<number> {
  const total = await page.evaluate(() => document.querySelectorAll('[data-privacy-note]').length)
  let newest = -1
  await expect
    .poll(async () => {
      const summaries = await driver.extEval(async () => {
        // One key per tab: tab-summary:<id> (src/messaging/summaries.ts).
        const all = (await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.session.get(null)) as Record<string, { total: number }>
        return Object.fromEntries(
          Object.entries(all).filter(([k]) => k.startsWith('tab-summary:')).map(([k, v]) => [k.slice('tab-summary:'.length), v]),
        )
      }, undefined)
      const ids = Object.keys(summaries).map(Number)
      if (!ids.length) return -1
      newest = Math.max(...ids)
      return summaries[newest]!.total
    }, { timeout: 10000 })
    .toBe(total)
  return newest
}

async function openPopup(driver: Driver, tabId: number): Promise<Page> {
  const path = `src/popup/index.html?tab=${tabId}`
  if (driver.openExtensionPage) return driver.openExtensionPage(path, '#popup-title')
  const popup = await driver.newPage(driver.extensionUrl(path))
  await popup.waitFor(() => !!document.querySelector('#popup-title'))
  return popup
}

const listed = (popup: Page) =>
  popup.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-my-setting]')].map((el) => [el.getAttribute('data-my-setting'), el.getAttribute('data-value')])),
  )
const contextNoteIds = (popup: Page) => popup.evaluate(() => [...document.querySelectorAll('[data-context-note]')].map((el) => el.getAttribute('data-context-note')))

function checkupSuite(launch: (port: number) => Promise<Driver>) {
  const server = useServer()
  let driver: Driver
  beforeAll(async () => {
    driver = await launch(server.port)
  })
  afterAll(async () => {
    await driver?.close()
  })

  test('values read in Settings › Privacy show in the popup of a chat, make two notes personal, and can be forgotten', async () => {
    await driver.extEval(() => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.remove('mySettings'), undefined)

    // 0. Bad input: a chat whose message text reads like the panel ("Online: Everyone", "Silence unknown
    //    callers: On", settings the panel below does not show). Nothing of it may be stored.
    const hostile = await driver.newPage(WA + 'g2024-en-hostile.html')
    await expectAnnotationsMatch(hostile)

    // 1. Settings › Privacy, then the Profile photo sub-panel (a value read again replaces the old one).
    const panel = await driver.newPage(WA + 'g2024-en-settings-privacy.html')
    await expectAnnotationsMatch(panel)
    await expect.poll(async () => (await storedSettings(driver))['blocked-contacts']?.value, { timeout: 10000 }).toBe('3')
    const afterPanel = await storedSettings(driver)
    expect(Object.fromEntries(Object.entries(afterPanel).map(([id, s]) => [id, s.value]))).toEqual({
      'last-seen': 'nobody', 'profile-photo': 'contacts', about: 'everyone', status: 'contacts-except', 'read-receipts': 'on',
      'default-timer': 'off', groups: 'everyone', 'live-location': '0', 'blocked-contacts': '3',
    })
    await hostile.close()
    await panel.goto(WA + 'g2024-en-privacy-photo.html')
    await expectAnnotationsMatch(panel)
    await expect.poll(async () => (await storedSettings(driver))['profile-photo']?.value, { timeout: 10000 }).toBe('everyone')

    // 2. A chat in another tab: its popup lists the values and the personal notes.
    const chat = await driver.newPage(WA + 'g2024-en-one-to-one.html')
    await expectAnnotationsMatch(chat)
    const popup = await openPopup(driver, await reportingTab(driver, chat))
    await popup.waitFor(() => document.querySelectorAll('[data-my-setting]').length > 0)
    expect(await listed(popup)).toMatchObject({ 'last-seen': 'nobody', 'read-receipts': 'on', 'profile-photo': 'everyone', 'blocked-contacts': '3' })
    await expect.poll(() => contextNoteIds(popup), { timeout: 10000 }).toEqual(
      expect.arrayContaining(['my-read-receipts-on', 'my-last-seen-hidden', 'my-profile-photo-everyone']),
    )
    const notes = await contextNoteIds(popup)
    expect(notes).not.toContain('reciprocal-read-receipts')
    const text = await popup.evaluate(() => document.querySelector('[data-my-setting="last-seen"]')?.textContent ?? '')
    expect(text).toContain('Nobody')
    await popup.screenshot(shot(driver, 'popup-my-settings'))

    // 3. "Forget my settings": the section invites again, the notes are general again, storage is empty.
    await popup.click('[data-my-settings-forget]')
    await popup.waitFor(() => document.querySelector('[data-my-settings]')?.getAttribute('data-my-settings') === 'empty')
    expect(await listed(popup)).toEqual({})
    await expect.poll(() => contextNoteIds(popup), { timeout: 10000 }).not.toContain('my-read-receipts-on')
    expect(await contextNoteIds(popup)).toContain('reciprocal-read-receipts')
    expect(await storedSettings(driver)).toEqual({})
    await popup.close()
    await chat.close()
    await panel.close()
  })

  test('garbage in storage: the section resets with a message, the popup stays usable', async () => {
    await driver.extEval(
      () => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.set({ mySettings: { version: 1, settings: { 'last-seen': { value: '<img src=x onerror=alert(1)>', readAt: 'x' }, about: { value: 'nobody', readAt: Date.now() } } } }),
      undefined,
    )
    const chat = await driver.newPage(WA + 'g2024-en-one-to-one.html')
    await expectAnnotationsMatch(chat)
    const popup = await openPopup(driver, await reportingTab(driver, chat))
    await popup.waitFor(() => !!document.querySelector('[data-my-settings]'))
    expect(await listed(popup)).toEqual({ about: 'nobody' })
    expect(await popup.evaluate(() => !!document.querySelector('[data-my-settings-repaired]'))).toBe(true)
    expect(await popup.evaluate(() => document.querySelectorAll('[data-category]').length)).toBeGreaterThan(0)
    await driver.extEval(() => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.remove('mySettings'), undefined)
    await popup.close()
    await chat.close()
  })
}

describe('privacy checkup in Chromium (built dist/chrome)', () => {
  checkupSuite((port) => launchChromium({ port }) as never)
})

describe('privacy checkup in Firefox ESR (built dist/firefox)', () => {
  checkupSuite((port) => launchFirefox({ port }) as never)
})
