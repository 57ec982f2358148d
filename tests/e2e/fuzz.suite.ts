import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { mkdirSync } from 'node:fs'
import { startServer } from './harness/server.mjs'
import { annotationList, describeMarks, freshPage, fuzzPage, markCounts, snapshotBody } from './harness/fuzz.mjs'
import { ARTIFACTS, expectAnnotationsMatch, whatsappFixtures, type Driver, type Page } from './shared'

// Seeded mutation fuzzing against fixture pages. The oracle: once the page is quiet, our marks
// equal those of a fresh load of the final DOM, the published counts equal the marks, no detector
// failed and the extension logged no error. FUZZ_SEED=<n> replays one run (the seed is printed on
// failure); FUZZ_OPS=<n> changes the number of operations.

const OPS = Number(process.env.FUZZ_OPS ?? 2000)
const FIXED_SEED = process.env.FUZZ_SEED === undefined ? null : Number(process.env.FUZZ_SEED)
const WA = 'https://web.whatsapp.com/'

type Summary = { total: number; counts: Record<string, number>; health: Array<{ id: string; status: string }> }

/** Summaries the background stored, by tab (one key per tab: src/messaging/summaries.ts). */
async function summaries(driver: Driver): Promise<Record<number, Summary>> {
  return driver.extEval(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome
    const all = (await api.storage.session.get(null)) as Record<string, unknown>
    const out: Record<number, unknown> = {}
    for (const [k, v] of Object.entries(all)) if (k.startsWith('tab-summary:')) out[Number(k.slice(12))] = v
    return out
  }, undefined) as Promise<Record<number, Summary>>
}

/** Waits until the newest reporting tab's summary counts what `page` shows; returns its tab id and summary. */
async function settledSummary(driver: Driver, page: Page, newerThan = -1): Promise<{ tabId: number; summary: Summary }> {
  let found: { tabId: number; summary: Summary } | null = null
  await expect
    .poll(
      async () => {
        const marks = await page.evaluate(markCounts)
        const byTab = await summaries(driver)
        const ids = Object.keys(byTab).map(Number).filter((id) => id > newerThan)
        if (!ids.length) return 'no summary yet'
        const tabId = Math.max(...ids)
        found = { tabId, summary: byTab[tabId]! }
        const published = JSON.stringify(sorted(found.summary.counts))
        const onPage = JSON.stringify(sorted(marks))
        return published === onPage ? 'settled' : `published ${published}, on the page ${onPage}`
      },
      { timeout: 20_000, interval: 200 },
    )
    .toBe('settled')
  return found!
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))
}

/** Collects the extension's own console errors and warnings, and uncaught page errors, on `page`. */
function listen(page: Page): string[] {
  const problems: string[] = []
  const raw = page.raw as { on(event: string, fn: (x: any) => void): void }
  raw.on('console', (msg: any) => {
    const text = String(typeof msg.text === 'function' ? msg.text() : msg)
    if (text.includes('[Metadata Lens]')) problems.push(text)
  })
  raw.on('pageerror', (error: any) => problems.push(`page error: ${String(error?.message ?? error)}`))
  return problems
}

export function fuzzSuite(launch: (port: number) => Promise<Driver>, fixtures: string[], seeds: number[]) {
  const fresh = new Map<string, string>()
  let server: Awaited<ReturnType<typeof startServer>>
  let driver: Driver
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    server = await startServer({
      dynamic: (host: string, url: string) => {
        const m = /^\/fuzz-fresh\/(\w+)\.html$/.exec(url)
        const body = host === 'web.whatsapp.com' && m ? fresh.get(m[1]!) : undefined
        return body ? { body, type: 'text/html; charset=utf-8' } : null
      },
    })
    driver = await launch(server.port)
  })
  afterAll(async () => {
    await driver?.close()
    await server?.close()
  })

  const known = new Set(whatsappFixtures().map((f) => f.file))

  describe('a page that replaces its own <body> or <html>', () => {
    for (const what of ['body', 'html'] as const) {
      test(`${what}: the new tree is observed and annotated, counts follow it`, async () => {
        const page = await driver.newPage()
        const problems = listen(page)
        await page.goto(WA + fixtures[0])
        await expectAnnotationsMatch(page)
        const { tabId } = await settledSummary(driver, page)
        await page.evaluate((which: string) => {
          // A copy without our marks: every element new, none annotated.
          const copy = (which === 'body' ? document.body : document.documentElement).cloneNode(true) as Element
          for (const el of copy.querySelectorAll('[data-privacy-note]')) el.removeAttribute('data-privacy-note')
          copy.querySelector('[data-privacy-overlay]')?.remove()
          if (which === 'body') document.documentElement.replaceChild(copy, document.body)
          else document.replaceChild(copy, document.documentElement)
        }, what)
        await expectAnnotationsMatch(page)
        // Later changes in the new tree are seen too: a tick's row changes state, one row goes.
        await page.evaluate(() => {
          const expected = document.querySelectorAll('[data-expect]')
          const last = expected[expected.length - 1]!
          last.removeAttribute('data-expect')
          last.remove()
        })
        await expectAnnotationsMatch(page)
        const after = await settledSummary(driver, page, tabId - 1)
        expect(after.tabId).toBe(tabId)
        expect(problems).toEqual([])
        await page.close()
      })
    }
  })

  describe('mutation fuzz', () => {
    fixtures.forEach((file, i) => {
      const seed = FIXED_SEED ?? seeds[i % seeds.length]!
      test(`${file}: ${OPS} seeded mutations, then the marks equal a fresh load (seed ${seed})`, async () => {
        expect(known.has(file), `${file} is in the fixture index`).toBe(true)
        const replay = `replay with FUZZ_SEED=${seed} (fixture ${file}, ${OPS} operations)`
        const page = await driver.newPage()
        const problems = listen(page)
        await page.goto(WA + file)
        await expectAnnotationsMatch(page)

        const generation = file.startsWith('g2026') ? 'testid' : 'icon'
        const ops = await page.evaluate(fuzzPage, { seed, ops: OPS, generation })
        const fuzzed = await settledSummary(driver, page)
        const failed = fuzzed.summary.health.filter((h) => h.status === 'failed').map((h) => h.id)
        expect(failed, `detectors failed; ${replay}`).toEqual([])

        // The oracle: the same DOM, loaded fresh.
        const key = `s${seed}x${i}`
        fresh.set(key, freshPage(await page.evaluate(snapshotBody)))
        const again = await driver.newPage()
        const freshProblems = listen(again)
        await again.goto(`${WA}fuzz-fresh/${key}.html`)
        await settledSummary(driver, again, fuzzed.tabId)
        const expected = await again.evaluate(annotationList)
        const actual = await page.evaluate(annotationList)
        const missing = expected.filter((x) => !actual.includes(x))
        const extra = actual.filter((x) => !expected.includes(x))
        const detail = { missing: await again.evaluate(describeMarks, missing), extra: await page.evaluate(describeMarks, extra) }
        expect(detail, `marks differ from a fresh load; ${replay}; ops ${JSON.stringify(ops)}`).toEqual({ missing: [], extra: [] })
        expect(expected.length, 'the fresh load annotated something').toBeGreaterThan(0)
        expect([...problems, ...freshProblems], `extension errors; ${replay}`).toEqual([])
        await again.close()
        await page.close()
      }, 180_000)
    })
  })
}
