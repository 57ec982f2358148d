import { afterEach, describe, expect, test, vi } from 'vitest'
import { makeTooltip } from '../../../src/overlay/tooltip'
import { Annotator } from '../../../src/content/annotator'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema'
import type { PageSummary } from '../../../src/shared/page'
import type { Site } from '../../../src/sites/types'

// A site that never becomes ready (only the publishing path runs) and whose facts change with every look.
let looks = 0
const site: Site = {
  id: 'whatsapp-web',
  matchesLocation: () => true,
  detectors: [],
  isReady: () => false,
  facts: () => ({ site: 'whatsapp-web', view: 'loading', businessChat: ++looks % 2 === 0, drawer: 'none' }),
}

afterEach(() => {
  vi.useRealTimers()
  document.querySelector('[data-privacy-overlay]')?.remove()
})

describe('Annotator: summary publishing', () => {
  test('a page that keeps changing still publishes, at most once a second (a throttle, not a debounce)', async () => {
    vi.useFakeTimers()
    const published: Array<{ at: number; summary: PageSummary }> = []
    const annotator = new Annotator(site, document, { ...DEFAULT_SETTINGS }, {
      describe: () => ({ title: '', summary: '', audience: '', control: '' }),
      note: makeTooltip,
      text: { whoCanSee: '', control: '', markerLabel: (t) => t },
      publish: (summary) => published.push({ at: Date.now(), summary }),
    })
    const start = Date.now()
    annotator.start()
    // A change every 200 ms for 5 s (a debounce of 250 ms would never fire): the page changes
    // (so its facts are looked at again) and so do the settings (so a summary is asked for).
    for (let i = 0; i < 25; i++) {
      document.body.append(document.createElement('i'))
      await Promise.resolve() // mutation records are delivered in a microtask
      const settings: Settings = { ...DEFAULT_SETTINGS, disabledCategories: i % 2 ? ['read-receipt'] : [] }
      annotator.applySettings(settings)
      vi.advanceTimersByTime(200)
    }
    vi.advanceTimersByTime(3000)
    expect(published.length).toBeGreaterThanOrEqual(3)
    expect(published[0]!.at - start).toBeLessThanOrEqual(300)
    for (let i = 1; i < published.length; i++) expect(published[i]!.at - published[i - 1]!.at).toBeGreaterThanOrEqual(1000)
    annotator.stop()
  })
})

describe('Annotator: an idle page', () => {
  test('is not looked at again once its summary is published, while nothing on it changes', () => {
    vi.useFakeTimers()
    let published = 0
    const annotator = new Annotator(site, document, { ...DEFAULT_SETTINGS }, {
      describe: () => ({ title: '', summary: '', audience: '', control: '' }),
      note: makeTooltip,
      text: { whoCanSee: '', control: '', markerLabel: (t) => t },
      publish: () => published++,
    })
    annotator.start()
    vi.advanceTimersByTime(10_000)
    const looksAfterSettling = looks
    vi.advanceTimersByTime(60_000)
    expect(published).toBeGreaterThanOrEqual(1)
    expect(looks).toBe(looksAfterSettling)
    annotator.stop()
  })
})

describe('Annotator: a page that is ready at start', () => {
  test('publishes once its first pass has ended, never a summary with part of the counts', async () => {
    vi.useFakeTimers()
    document.body.replaceChildren(...Array.from({ length: 1200 }, () => document.createElement('b')))
    const ready: Site = {
      ...site,
      isReady: () => true,
      detectors: [{ id: 'test.bold', categories: ['read-receipt'], find: (root) => Array.from(root.querySelectorAll('b'), (element) => ({ element, category: 'read-receipt' as const })) }],
    }
    // A busy page: its first idle moment comes late (the annotator waits for it up to a second).
    const view = document.defaultView as unknown as { requestIdleCallback?: unknown }
    const idleBefore = view.requestIdleCallback
    view.requestIdleCallback = (fn: () => void) => setTimeout(fn, 900)
    const published: PageSummary[] = []
    const annotator = new Annotator(ready, document, { ...DEFAULT_SETTINGS }, {
      describe: () => ({ title: '', summary: '', audience: '', control: '' }),
      note: makeTooltip,
      text: { whoCanSee: '', control: '', markerLabel: (t) => t },
      publish: (summary) => published.push(summary),
    })
    annotator.start()
    await vi.advanceTimersByTimeAsync(5000)
    expect(published.length).toBeGreaterThanOrEqual(1)
    expect(published.map((s) => s.total)).toEqual(published.map(() => 1200))
    annotator.stop()
    // Put back what was there: a property left holding undefined would still pass an `in` check.
    if (idleBefore === undefined) delete view.requestIdleCallback
    else view.requestIdleCallback = idleBefore
    document.body.replaceChildren()
  })
})

describe('Annotator: the overlay', () => {
  test('is built when the first pass begins, not while the page is still loading, and removed on stop', async () => {
    vi.useFakeTimers()
    let isReady = false
    const loading: Site = {
      ...site,
      isReady: () => isReady,
      detectors: [{ id: 'test.bold', categories: ['read-receipt'], find: (root) => Array.from(root.querySelectorAll('b'), (element) => ({ element, category: 'read-receipt' as const })) }],
    }
    const annotator = new Annotator(loading, document, { ...DEFAULT_SETTINGS }, {
      describe: () => ({ title: '', summary: '', audience: '', control: '' }),
      note: makeTooltip,
      text: { whoCanSee: '', control: '', markerLabel: (t) => t },
      publish: () => {},
    })
    annotator.start()
    await vi.advanceTimersByTimeAsync(2000)
    expect(document.querySelector('[data-privacy-overlay]')).toBeNull()
    // The app renders: its first pass builds the overlay and annotates.
    isReady = true
    document.body.append(document.createElement('b'))
    await vi.advanceTimersByTimeAsync(2000)
    expect(document.querySelectorAll('[data-privacy-overlay]')).toHaveLength(1)
    expect(document.querySelectorAll('b[data-privacy-note]')).toHaveLength(1)
    annotator.stop()
    expect(document.querySelector('[data-privacy-overlay]')).toBeNull()
    document.body.replaceChildren()
  })
})
