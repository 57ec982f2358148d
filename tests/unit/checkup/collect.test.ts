import { afterEach, describe, expect, it, vi } from 'vitest'
import { ReadingsCollector } from '../../../src/checkup/collect'
import type { Reading } from '../../../src/checkup/values'

afterEach(() => vi.useRealTimers())

describe('readings collector (content script)', () => {
  it('batches readings, sends each value once, and again after an hour or when it changes', () => {
    vi.useFakeTimers()
    let now = 1_000_000
    const sent: Reading[][] = []
    const c = new ReadingsCollector((r) => sent.push(r), () => now, 300)
    c.add([{ id: 'last-seen', value: 'nobody' }])
    c.add([{ id: 'about', value: 'everyone' }, { id: 'last-seen', value: 'nobody' }])
    vi.advanceTimersByTime(300)
    expect(sent).toEqual([[{ id: 'last-seen', value: 'nobody' }, { id: 'about', value: 'everyone' }]])
    c.add([{ id: 'last-seen', value: 'nobody' }]) // unchanged: nothing
    vi.advanceTimersByTime(300)
    expect(sent.length).toBe(1)
    c.add([{ id: 'last-seen', value: 'contacts' }]) // changed
    vi.advanceTimersByTime(300)
    expect(sent[1]).toEqual([{ id: 'last-seen', value: 'contacts' }])
    now += 60 * 60 * 1000 + 1
    c.add([{ id: 'about', value: 'everyone' }]) // same, but an hour later: a fresh read time
    vi.advanceTimersByTime(300)
    expect(sent[2]).toEqual([{ id: 'about', value: 'everyone' }])
  })

  it('a throwing sender never escapes', () => {
    const c = new ReadingsCollector(() => {
      throw new Error('gone')
    })
    c.add([{ id: 'about', value: 'nobody' }])
    expect(() => c.flush()).not.toThrow()
  })
})
