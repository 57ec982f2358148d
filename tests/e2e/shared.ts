import { expect, test, describe, beforeAll, afterAll } from 'vitest'
import { mkdirSync, readFileSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { startServer } from './harness/server.mjs'
import { annotationProblems, expectedCount, tooltipState, markerCount, markerFit } from './harness/page-checks.mjs'

export const ARTIFACTS = resolve('e2e-artifacts')

export interface Page {
  raw: unknown
  goto(url: string): Promise<unknown>
  evaluate<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<R>
  waitFor<A>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<unknown>
  hover(selector: string): Promise<void>
  click(selector: string): Promise<void>
  reload(): Promise<unknown>
  press(key: string): Promise<void>
  mouseTo(x: number, y: number): Promise<void>
  screenshot(path: string): Promise<unknown>
  close(): Promise<void>
}

export interface Driver {
  name: 'chromium' | 'firefox'
  extensionUrl(path: string): string
  newPage(url?: string): Promise<Page>
  extEval<R, A>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>
  close(): Promise<void>
  openExtensionPage?(path: string, readySelector: string): Promise<Page>
}

export interface Fixture {
  file: string
  generation?: string
  lang?: string
  view?: string
  expectedFacts?: Record<string, unknown>
}

/**
 * A fixture index, read strictly: a missing, unreadable or empty index throws while the suite is
 * collected (the suite fails), instead of quietly giving the per-fixture tests nothing to run.
 */
export function readFixtureIndex<T>(path: string, entries: (index: any) => unknown): T[] {
  const file = resolve(path)
  if (!existsSync(file)) throw new Error(`fixture index missing: ${path}`)
  const list = entries(JSON.parse(readFileSync(file, 'utf8')))
  if (!Array.isArray(list) || list.length === 0) throw new Error(`fixture index lists no fixtures: ${path}`)
  for (const entry of list) {
    if (typeof entry?.file !== 'string') throw new Error(`fixture index entry without a file: ${path}`)
    if (!existsSync(resolve(dirname(path), entry.file))) throw new Error(`fixture listed but missing: ${entry.file}`)
  }
  return list as T[]
}

export function whatsappFixtures(): Fixture[] {
  return readFixtureIndex<Fixture>('tests/fixtures/whatsapp/index.json', (index) => (Array.isArray(index) ? index : index?.fixtures))
}

export interface BusinessFixture {
  file: string
  host: string
  path: string
  site: string
}

export function businessFixtures(): BusinessFixture[] {
  return readFixtureIndex<BusinessFixture>('tests/fixtures/business/index.json', (index) => index)
}

/** Waits until a fixture's annotations equal its data-expect marks; fails with the differences. */
export async function expectAnnotationsMatch(page: Page): Promise<void> {
  try {
    await page.waitFor(
      (src: string) => {
        const problems = new Function(`return (${src})()`)() as string[]
        return problems.length === 0
      },
      annotationProblems.toString(),
    )
  } catch {
    const problems = await page.evaluate(annotationProblems)
    expect(problems, 'annotations differ from the fixture marks').toEqual([])
  }
}

/** Same helper functions, passed as source so they run in the page in both browsers. */
export const inPage = {
  annotationProblems: annotationProblems.toString(),
  expectedCount: expectedCount.toString(),
  tooltipState: tooltipState.toString(),
  markerCount: markerCount.toString(),
  markerFit: markerFit.toString(),
}

export async function call<R>(page: Page, src: string): Promise<R> {
  return page.evaluate((s: string) => new Function(`return (${s})()`)() as R, src)
}

export function useServer() {
  const state: { port: number; close(): Promise<void> } = { port: 0, close: async () => {} }
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    const srv = await startServer()
    state.port = srv.port
    state.close = srv.close
  })
  afterAll(() => state.close())
  return state
}

export const shot = (driver: Driver, name: string) => join(ARTIFACTS, `${driver.name}-${name}.png`)

export { describe, test, expect }
