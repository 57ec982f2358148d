import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  businessFixtures, call, expectAnnotationsMatch, inPage, shot, useServer, whatsappFixtures,
  type Driver, type Page,
} from './shared'
import { noteFor } from '../../src/notes'
import type { Category } from '../../src/shared/categories'

type Launch = (port: number) => Promise<Driver>

export interface SuiteOptions {
  /**
   * The browser can grant optional host permissions without its prompt (Firefox, with
   * extensions.webextOptionalPermissionPrompts=false). Chromium's prompt is browser UI that a
   * headless test cannot answer, so the console grant flow runs in Firefox only.
   */
  grantsOptionalPermissions: boolean
  /**
   * scripting.executeScript works on hosts the manifest's content scripts match (Firefox). Chromium
   * requires activeTab there, which only a click on the toolbar button grants: that flow is
   * tested in chromium-action.e2e.test.ts through CDP's Extensions.triggerAction.
   */
  scriptsContentScriptHosts: boolean
}

/**
 * The tab id of the newest tab whose content script reported a summary. (Without the "tabs"
 * permission, Chrome hides tab URLs even from the extension, so tabs are found through the
 * background's own per-tab state; tests keep one annotated page open at a time.)
 */
async function newestReportingTab(driver: Driver, page: Page): Promise<number> {
  const total = await page.evaluate(() => document.querySelectorAll('[data-privacy-note]').length)
  let newest = -1
  // Wait until the newest reporting tab is this page: its summary counts what the page shows.
  await expect
    .poll(async () => {
      const summaries = await driver.extEval(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome
        // One key per tab: tab-summary:<id> (src/messaging/summaries.ts).
        const all = (await api.storage.session.get(null)) as Record<string, { total: number }>
        return Object.fromEntries(
          Object.entries(all).filter(([k]) => k.startsWith('tab-summary:')).map(([k, v]) => [k.slice('tab-summary:'.length), v]),
        )
      }, undefined)
      const ids = Object.keys(summaries).map(Number)
      if (!ids.length) return -1
      newest = Math.max(...ids)
      return summaries[newest].total
    }, { timeout: 10000 })
    .toBe(total)
  return newest
}

async function badgeOf(driver: Driver, tabId: number): Promise<string> {
  return driver.extEval((id: number) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome
    return api.action.getBadgeText({ tabId: id })
  }, tabId)
}

async function setSettings(driver: Driver, settings: Record<string, unknown>): Promise<void> {
  await driver.extEval((s: Record<string, unknown>) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome
    return api.storage.sync.set({ settings: { version: 1, enabled: true, disabledSites: [], disabledCategories: [], markerStyle: 'dot', ...s } })
  }, settings)
}

async function openPopup(driver: Driver, tabId?: number): Promise<Page> {
  const path = `src/popup/index.html${tabId === undefined ? '' : `?tab=${tabId}`}`
  if (driver.openExtensionPage) return driver.openExtensionPage(path, '#popup-title')
  const popup = await driver.newPage(driver.extensionUrl(path))
  await popup.waitFor(() => !!document.querySelector('#popup-title'))
  return popup
}

/** The popup's counts equal the annotations on the page, category by category; returns them. */
async function expectPopupCountsMatch(popup: Page, page: Page): Promise<Record<string, number>> {
  const onPage = await page.evaluate(() => {
    const counts: Record<string, number> = {}
    for (const el of document.querySelectorAll('[data-privacy-note]')) {
      const c = el.getAttribute('data-privacy-note')!
      counts[c] = (counts[c] ?? 0) + 1
    }
    return counts
  })
  // The popup refreshes itself while open: wait for it to show what the page shows.
  await expect
    .poll(
      () =>
        popup.evaluate(() =>
          Object.fromEntries(
            [...document.querySelectorAll('[data-category][data-count]')].map((el) => [
              el.getAttribute('data-category'),
              Number(el.getAttribute('data-count')),
            ]),
          ),
        ),
      { timeout: 10000 },
    )
    .toEqual(onPage)
  const texts = await popup.evaluate(() =>
    [...document.querySelectorAll('[data-category][data-count]')].map((el) => [el.getAttribute('data-count'), el.textContent]),
  )
  for (const [count, text] of texts) expect(text).toContain(count)
  return onPage
}

const WA = 'https://web.whatsapp.com/'

export function extensionSuite(launch: Launch, options: SuiteOptions) {
  const server = useServer()
  let driver: Driver
  beforeAll(async () => {
    driver = await launch(server.port)
  })
  afterAll(async () => {
    await driver?.close()
  })

  const fixtures = whatsappFixtures()
  // The main fixture for behaviour tests: today's common markup, English, a one-to-one chat.
  const main = fixtures.find((f) => f.file === 'g2024-en-one-to-one.html') ?? fixtures[0]

  describe('foundation', () => {
    test('content script runs on web.whatsapp.com and not on another host; background keeps the badge', async () => {
      const elsewhere = await driver.newPage(`https://example.org/fixture/whatsapp/${main.file}`)
      const page = await driver.newPage(WA + main.file)
      await expectAnnotationsMatch(page)
      expect(await call<number>(page, inPage.expectedCount)).toBeGreaterThan(0)
      await page.screenshot(shot(driver, `whatsapp-${main.file.replace('.html', '')}`))

      // The WhatsApp tab (opened later) is annotated, so the other host's document_idle has passed too.
      expect(await elsewhere.evaluate(() => document.querySelectorAll('[data-privacy-note], [data-privacy-overlay]').length)).toBe(0)

      const tabId = await newestReportingTab(driver, page)
      const total = await page.evaluate(() => document.querySelectorAll('[data-privacy-note]').length)
      await expect.poll(() => badgeOf(driver, tabId), { timeout: 10000 }).toBe(String(total))
      const summary = await driver.extEval(async (id: number) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome
        const key = `tab-summary:${id}`
        return (await api.storage.session.get(key))[key]
      }, tabId)
      // Both browsers: the background stored it where the popup reads it.
      expect(summary?.total).toBe(total)
      await elsewhere.close()
      await page.close()
    })

    test('popup renders the tab state', async () => {
      const page = await driver.newPage(WA + main.file)
      await expectAnnotationsMatch(page)
      const tabId = await newestReportingTab(driver, page)
      const popup = await openPopup(driver, tabId)
      await popup.waitFor(() => document.querySelectorAll('[data-category]').length > 0)
      const onPage = await expectPopupCountsMatch(popup, page)
      await popup.screenshot(shot(driver, 'popup'))

      // "Show on page": the category's markers flash on the page.
      const category = Object.keys(onPage)[0]
      await popup.click(`[data-category="${category}"] summary`)
      await popup.click(`[data-show-on-page="${category}"]`)
      await page.waitFor(
        (c: string) => !!document.querySelector('[data-privacy-overlay]')?.shadowRoot?.querySelector(`.marker.flash[data-category="${c}"]`),
        category,
      )
      await popup.close()
      await page.close()
    })
  })

  test('popup health: a loaded page whose markup no detector knows is reported plainly', async () => {
    const page = await driver.newPage(`${WA}fixture/health/unknown-layout.html`)
    // Nothing is annotated, so the tab is found through the summary the content script still reports.
    const tabId = await newestReportingTab(driver, page)
    expect(await page.evaluate(() => document.querySelectorAll('[data-privacy-note]').length)).toBe(0)
    const popup = await openPopup(driver, tabId)
    await popup.waitFor(() => !!document.querySelector('[data-health="warning"]'))
    const statuses = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-detector][data-status]')].map((el) => el.getAttribute('data-status')),
    )
    expect(statuses.length).toBeGreaterThan(0)
    expect(statuses.every((s) => s === 'no-match')).toBe(true)
    await popup.screenshot(shot(driver, 'popup-health'))
    await popup.close()
    await page.close()
  })

  describe('WhatsApp Web fixtures: exactly the expected elements are annotated', () => {
    for (const fixture of fixtures) {
      test(`${fixture.file} (${fixture.generation ?? '?'}, ${fixture.lang ?? '?'})`, async () => {
        const page = await driver.newPage(WA + fixture.file)
        await expectAnnotationsMatch(page)
        await page.close()
      })
    }
  })

  describe('business dashboards', () => {
    const business = businessFixtures()
    for (const fixture of business.filter((f) => f.site === 'whatsapp-manager' || f.site === 'meta-app-dashboard')) {
      test(`${fixture.file} at ${fixture.host}${fixture.path} is annotated on load, and the popup shows it`, async () => {
        const page = await driver.newPage(`https://${fixture.host}${fixture.path}`)
        await expectAnnotationsMatch(page)
        const popup = await openPopup(driver, await newestReportingTab(driver, page))
        await popup.waitFor((site: string) => document.querySelector('[data-site]')?.getAttribute('data-site') === site, fixture.site)
        await popup.waitFor(() => document.querySelectorAll('[data-category]').length > 0)
        await expectPopupCountsMatch(popup, page)
        await popup.close()
        await page.close()
      })
    }

    test('other paths on Meta hosts are left alone', async () => {
      const generic = business.find((f) => f.site === 'generic-console')!
      const page = await driver.newPage(`https://business.facebook.com/fixture/business/${generic.file}`)
      const manager = business.find((f) => f.site === 'whatsapp-manager')!
      const known = await driver.newPage(`https://${manager.host}${manager.path}`)
      await expectAnnotationsMatch(known) // opened later, so the first page's document_idle has passed
      expect(await page.evaluate(() => document.querySelectorAll('[data-privacy-note], [data-privacy-overlay]').length)).toBe(0)
      await known.close()
      await page.close()
    })

    if (options.scriptsContentScriptHosts) test('"Annotate this page" runs the generic detector once', async () => {
      const generic = business.find((f) => f.site === 'generic-console')!
      const page = await driver.newPage(`https://business.facebook.com/fixture/business/${generic.file}`)
      // Firefox shows tab URLs on hosts the extension may script, so the tab is found by its URL.
      const results = await driver.extEval(async (url: string) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome
        const tabs = await api.tabs.query({ url })
        return Promise.all(tabs.map((t: any) => api.runtime.sendMessage({ type: 'annotate-page', tabId: t.id })))
      }, `https://business.facebook.com/fixture/business/${generic.file}`)
      expect(results).toHaveLength(1)
      expect(results[0].ok).toBe(true)
      await expectAnnotationsMatch(page)
      expect(await page.evaluate(() => document.querySelectorAll('[data-privacy-note]').length)).toBeGreaterThan(0)
      await page.close()
    })

    if (options.grantsOptionalPermissions) {
      test('a provider console is annotated once its permission is granted, and no longer once revoked', async () => {
        const twilio = business.find((f) => f.site === 'twilio-console')!
        const url = `https://${twilio.host}${twilio.path}`
        const registered = () =>
          driver.extEval(async () => {
            const api = (globalThis as any).browser ?? (globalThis as any).chrome
            return (await api.scripting.getRegisteredContentScripts()).map((s: any) => s.id)
          }, undefined)
        expect(await registered()).toEqual([])

        const popup = await openPopup(driver)
        await popup.waitFor(() => !!document.querySelector('[data-console="twilio-console"]'))
        await popup.click('[data-console="twilio-console"]') // a real click: permissions.request needs a user gesture
        await expect.poll(registered, { timeout: 10000 }).toEqual(['metadata-lens-console-twilio'])
        const page = await driver.newPage(url)
        await expectAnnotationsMatch(page)
        await page.screenshot(shot(driver, 'twilio-console'))

        await popup.waitFor(() => (document.querySelector('[data-console="twilio-console"]') as HTMLInputElement).checked)
        await popup.click('[data-console="twilio-console"]')
        await expect.poll(registered, { timeout: 10000 }).toEqual([])
        await page.reload()
        const manager = business.find((f) => f.site === 'whatsapp-manager')!
        const known = await driver.newPage(`https://${manager.host}${manager.path}`)
        await expectAnnotationsMatch(known)
        expect(await page.evaluate(() => document.querySelectorAll('[data-privacy-note], [data-privacy-overlay]').length)).toBe(0)
        await known.close()
        await page.close()
        await popup.close()
      })
    }
  })

  describe('tooltip and live updates', () => {
    test('hover and keyboard focus show the note; Escape closes it', async () => {
      const page = await driver.newPage(WA + main.file)
      await expectAnnotationsMatch(page)
      const selector = '[data-privacy-note="read-receipt"], [data-privacy-note="delivery-receipt"], [data-privacy-note]'
      const category = await page.evaluate((s: string) => document.querySelector(s)!.getAttribute('data-privacy-note'), selector)
      await page.hover(`[data-privacy-note="${category}"]`)
      // The title is the content script's own; the rest of the note comes from the background.
      const { summary } = noteFor(category as Category, 'en')
      await page.waitFor(
        ([src, text]: [string, string]) => !!(new Function(`return (${src})()`)() as { text: string } | null)?.text.includes(text),
        [inPage.tooltipState, summary] as [string, string],
      )
      const shown = await call<{ category: string; text: string }>(page, inPage.tooltipState)
      expect(shown.category).toBe(category)
      expect(shown.text).toContain(noteFor(category as Category, 'en').title)
      await page.screenshot(shot(driver, 'tooltip-hover'))
      await page.press('Escape')
      await page.waitFor((src: string) => new Function(`return (${src})()`)() === null, inPage.tooltipState)

      // Keyboard: focus a marker in the overlay; the tooltip describes it.
      await page.waitFor(() => !!document.querySelector('[data-privacy-overlay]')?.shadowRoot?.querySelector('.marker'))
      await page.evaluate(() => {
        const marker = document.querySelector('[data-privacy-overlay]')!.shadowRoot!.querySelector<HTMLElement>('.marker')!
        marker.focus()
      })
      await page.waitFor((src: string) => new Function(`return (${src})()`)() !== null, inPage.tooltipState)
      await page.press('Escape')
      await page.waitFor((src: string) => new Function(`return (${src})()`)() === null, inPage.tooltipState)
      await page.close()
    })

    test('markers keep their style under a strict content security policy', async () => {
      const page = await driver.newPage(`${WA}${main.file}?csp=strict`)
      await expectAnnotationsMatch(page)
      await page.waitFor(() => !!document.querySelector('[data-privacy-overlay]')?.shadowRoot?.querySelector('.marker[data-shape="dot"]'))
      const style = await page.evaluate(() => {
        const marker = document.querySelector('[data-privacy-overlay]')!.shadowRoot!.querySelector('.marker[data-shape="dot"]')!
        const cs = getComputedStyle(marker)
        return { position: cs.position, background: cs.backgroundColor, pointerEvents: cs.pointerEvents }
      })
      expect(style).toEqual({ position: 'fixed', background: 'rgb(124, 77, 255)', pointerEvents: 'auto' })
      await page.close()
    })

    test('a tick changing state updates its annotation', async () => {
      const page = await driver.newPage(WA + main.file)
      await expectAnnotationsMatch(page)
      const changed = await page.evaluate(() => {
        const tick = document.querySelector('#main [data-privacy-note="delivery-receipt"], #main [data-privacy-note="sent-receipt"]')
        if (!tick) return false
        tick.setAttribute('data-icon', 'msg-dblcheck')
        tick.setAttribute('aria-label', ' Read ')
        tick.classList.add('x1rv0e52')
        tick.setAttribute('data-test-changed', '')
        return true
      })
      expect(changed).toBe(true)
      await page.waitFor(() => document.querySelector('[data-test-changed]')?.getAttribute('data-privacy-note') === 'read-receipt')
      await page.close()
    })

    test("a tick changing state in today's markup (design-system names) updates its annotation", async () => {
      const page = await driver.newPage(WA + 'g2026h2-nl-group.html')
      await expectAnnotationsMatch(page)
      const changed = await page.evaluate(() => {
        const tick = document.querySelector('#main [data-privacy-note="sent-receipt"]')
        const title = tick?.querySelector('svg > title')
        if (!tick || !title) return false
        // As WAWebMessageStatus re-renders a tick that was delivered: another name, another label.
        tick.setAttribute('data-testid', 'wds-ic-read')
        title.textContent = 'wds-ic-read'
        tick.setAttribute('aria-label', ' Afgeleverd ')
        tick.setAttribute('data-test-changed', '')
        return true
      })
      expect(changed).toBe(true)
      await page.waitFor(() => document.querySelector('[data-test-changed]')?.getAttribute('data-privacy-note') === 'delivery-receipt')
      // Then read: the ack class (a label in a language without words here decides nothing).
      await page.evaluate(() => document.querySelector('[data-test-changed]')!.classList.add('x1rv0e52'))
      await page.waitFor(() => document.querySelector('[data-test-changed]')?.getAttribute('data-privacy-note') === 'read-receipt')
      await page.close()
    })

    test('new messages are annotated and removed ones leave no markers behind', async () => {
      const page = await driver.newPage(WA + main.file)
      await expectAnnotationsMatch(page)
      // Markers settled first, page-wide: the message list's come after the first pass and the others
      // from the visibility observer a frame later, so a count taken in between could be lower than
      // the one after the removal.
      await page.waitFor((src: string) => {
        const fit = (new Function(`return (${src})()`)() as { page: { onScreen: number; marked: number; markers: number } } | null)?.page
        return !!fit && fit.onScreen > 0 && fit.marked === fit.onScreen && fit.markers === fit.onScreen
      }, inPage.markerFit)
      const before = await call<number>(page, inPage.markerCount)
      // A re-render: the last outgoing row is copied in as a new row (its marks stripped), then the original goes.
      const added = await page.evaluate(() => {
        const tick = [...document.querySelectorAll('#main [data-privacy-note]')].pop()!
        const row = tick.closest('[role="row"]')!
        const copy = row.cloneNode(true) as Element
        for (const el of [copy, ...copy.querySelectorAll('*')]) el.removeAttribute('data-privacy-note')
        copy.setAttribute('data-test-copy', '')
        row.after(copy)
        return copy.querySelectorAll('[data-expect]').length
      })
      expect(added).toBeGreaterThan(0)
      await page.waitFor(() => {
        const copy = document.querySelector('[data-test-copy]')!
        return [...copy.querySelectorAll('[data-expect]')].every((el) => el.getAttribute('data-privacy-note') === el.getAttribute('data-expect'))
      })
      await page.evaluate(() => {
        for (const row of document.querySelectorAll('#main [role="row"]')) if (row.querySelector('[data-privacy-note]')) row.remove()
      })
      await page.waitFor(
        ([src, n]: [string, number]) => (new Function(`return (${src})()`)() as number) < n,
        [inPage.markerCount, before] as [string, number],
      )
      const markersLeft = await call<number>(page, inPage.markerCount)
      const annotatedLeft = await page.evaluate(() => document.querySelectorAll('[data-privacy-note]').length)
      expect(markersLeft).toBeLessThanOrEqual(annotatedLeft)
      await page.close()
    })

    test('a long chat: exactly the ticks on screen carry markers, also after scrolling', async () => {
      const page = await driver.newPage(WA + main.file)
      await expectAnnotationsMatch(page)
      // 400 more outgoing messages, copied from one of the fixture's (their marks stripped).
      await page.evaluate(() => {
        const list = document.querySelector('#main [role="application"]')!
        const template = document.querySelector('#main [data-privacy-note="read-receipt"]')!.closest('[role="row"]')!
        const copies = Array.from({ length: 400 }, () => {
          const copy = template.cloneNode(true) as Element
          for (const el of [copy, ...copy.querySelectorAll('*')]) {
            el.removeAttribute('data-privacy-note')
            el.removeAttribute('data-expect')
          }
          return copy
        })
        list.append(...copies)
      })
      await page.waitFor(() => document.querySelectorAll('#main [role="application"] [data-privacy-note="read-receipt"]').length >= 401)
      type Fit = { onScreen: number; markedOnScreen: number; markedOffScreen: number } | null
      const settled = (fit: Fit) => !!fit && fit.onScreen > 0 && fit.markedOnScreen === fit.onScreen && fit.markedOffScreen === 0
      for (const where of ['middle', 'end', 'top'] as const) {
        await page.evaluate((to: string) => {
          const list = document.querySelector('#main [role="application"]')!
          list.scrollTop = to === 'top' ? 0 : to === 'end' ? list.scrollHeight : list.scrollHeight / 2
        }, where)
        await page.waitFor((src: string) => {
          const fit = (new Function(`return (${src})()`)() as { list: Fit } | null)?.list ?? null
          return !!fit && fit.onScreen > 0 && fit.markedOnScreen === fit.onScreen && fit.markedOffScreen === 0
        }, inPage.markerFit)
        const fit = (await call<{ list: Fit } | null>(page, inPage.markerFit))?.list ?? null
        expect(settled(fit), `${where}: ${JSON.stringify(fit)}`).toBe(true)
      }
      await page.close()
    })

    test('corrupt stored settings fall back to defaults and are rewritten', async () => {
      await driver.extEval((bad: unknown) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome
        return api.storage.sync.set({ settings: bad })
      }, { version: 99, enabled: 'yes', markerStyle: '<neon>', disabledCategories: ['no-such-category'], disabledSites: 7 })
      const page = await driver.newPage(WA + main.file)
      await expectAnnotationsMatch(page)
      await expect
        .poll(() =>
          driver.extEval(async () => {
            const api = (globalThis as any).browser ?? (globalThis as any).chrome
            return (await api.storage.sync.get('settings')).settings
          }, undefined),
        )
        .toEqual({ version: 1, enabled: true, disabledSites: [], disabledCategories: [], markerStyle: 'dot', categoryMarkerStyles: { 'profile-photo': 'ring' } })
      await page.close()
    })

    test('turning a category off removes its markers live, on restores them, the badge follows', async () => {
      const page = await driver.newPage(WA + main.file)
      await expectAnnotationsMatch(page)
      const tabId = await newestReportingTab(driver, page)
      const before = await page.evaluate(() => document.querySelectorAll('[data-privacy-note]').length)
      const category = await page.evaluate(() => document.querySelector('[data-privacy-note]')!.getAttribute('data-privacy-note')!)
      const ofCategory = await page.evaluate((c: string) => document.querySelectorAll(`[data-privacy-note="${c}"]`).length, category)
      await setSettings(driver, { disabledCategories: [category] })
      await page.waitFor((c: string) => document.querySelectorAll(`[data-privacy-note="${c}"]`).length === 0, category)
      await expect.poll(() => badgeOf(driver, tabId), { timeout: 10000 }).toBe(String(before - ofCategory))
      await setSettings(driver, {})
      await expectAnnotationsMatch(page)
      await expect.poll(() => badgeOf(driver, tabId), { timeout: 10000 }).toBe(String(before))
      await setSettings(driver, { enabled: false })
      await page.waitFor(() => !document.querySelector('[data-privacy-note], [data-privacy-overlay]'))
      await setSettings(driver, {})
      await expectAnnotationsMatch(page)
      await page.close()
    })
  })
}
