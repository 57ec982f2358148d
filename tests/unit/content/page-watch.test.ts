import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { PageWatch } from '../../../src/content/page-watch'
import { nextFrameOr, whenIdle } from '../../../src/content/scheduling'

// How the annotator sees the page: mutation records gathered into one batch per frame.

function watch(attributes = ['data-icon']) {
  const events = { changed: 0, batches: 0 }
  const w = new PageWatch(document, attributes, { changed: () => events.changed++, batch: () => events.batches++ })
  return { w, events }
}
const delivered = () => Promise.resolve() // mutation records are delivered in a microtask

beforeEach(() => {
  vi.useFakeTimers()
  document.body.innerHTML = '<div id="list"></div>'
})
afterEach(() => vi.useRealTimers())

describe('PageWatch', () => {
  test('mutations of one frame make one batch, with every record; only the attributes asked for are reported', async () => {
    const { w, events } = watch()
    w.start()
    const list = document.getElementById('list')!
    list.append(document.createElement('p'))
    await delivered()
    list.setAttribute('data-icon', 'x')
    list.setAttribute('title', 'not watched')
    await delivered()
    expect(events).toEqual({ changed: 2, batches: 0 })
    await vi.advanceTimersByTimeAsync(100)
    expect(events.batches).toBe(1)
    const { records, replaced } = w.take()
    expect(replaced).toBe(false)
    expect(records.map((r) => r.type + (r.attributeName ?? ''))).toEqual(['childList', 'attributesdata-icon'])
    expect(w.take().records).toEqual([])
    w.stop()
  })

  test('a page that replaces <body> is noticed at the next take and observed anew', async () => {
    const { w } = watch()
    w.start()
    const fresh = document.createElement('body')
    document.documentElement.replaceChild(fresh, document.body)
    await delivered()
    expect(w.take().replaced).toBe(true)
    fresh.append(document.createElement('p'))
    await delivered()
    const { records, replaced } = w.take()
    expect(replaced).toBe(false)
    expect(records).toHaveLength(1)
    expect(records[0]!.target).toBe(fresh)
    w.stop()
  })

  test('writes made inside unobserved make no records; records from before, and changes after, are reported', async () => {
    const events = { changed: 0, batches: 0 }
    const w = new PageWatch(document, ['data-icon', 'data-privacy-note'], { changed: () => events.changed++, batch: () => events.batches++ })
    w.start()
    const list = document.getElementById('list')!
    list.append(document.createElement('p')) // the page's, not yet delivered
    const result = w.unobserved(() => {
      list.setAttribute('data-privacy-note', 'read-receipt')
      return 'written'
    })
    expect(result).toBe('written')
    await delivered()
    await vi.advanceTimersByTimeAsync(100)
    expect(events.batches).toBe(1)
    expect(w.take().records.map((r) => r.type)).toEqual(['childList'])
    // Observed again: a change of our mark by the page is reported.
    list.setAttribute('data-privacy-note', 'sent-receipt')
    list.append(document.createElement('p'))
    await delivered()
    expect(w.take().records.map((r) => r.attributeName ?? r.type)).toEqual(['data-privacy-note', 'childList'])
    w.stop()
  })

  test('a <body> the page replaced before an unobserved write is still noticed at the next take', async () => {
    const { w } = watch()
    w.start()
    const fresh = document.createElement('body')
    document.documentElement.replaceChild(fresh, document.body)
    w.unobserved(() => {})
    await delivered()
    expect(w.take().replaced).toBe(true)
    w.stop()
  })

  test('after stop, nothing is gathered and no batch is asked for', async () => {
    const { w, events } = watch()
    w.start()
    w.stop()
    document.body.append(document.createElement('p'))
    await delivered()
    await vi.advanceTimersByTimeAsync(200)
    expect(events).toEqual({ changed: 0, batches: 0 })
    expect(w.take()).toEqual({ records: [], replaced: false })
  })
})

describe('scheduling', () => {
  test('nextFrameOr runs once, at the frame or at the fallback, whichever is first', async () => {
    const fn = vi.fn()
    nextFrameOr(document, 100, fn)
    await vi.advanceTimersByTimeAsync(500)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  test('whenIdle runs by its timeout at the latest', async () => {
    const fn = vi.fn()
    whenIdle(document, fn, 1000)
    await vi.advanceTimersByTimeAsync(1000)
    expect(fn).toHaveBeenCalledTimes(1)
  })
})
