import { afterEach, describe, expect, test, vi } from 'vitest'
import { SummaryPublisher, type SummarySource } from '../../../src/content/publisher'
import type { PageSummary, ViewId } from '../../../src/shared/page'

// A source that counts its page-wide looks (facts, expected detectors) and whose counts change on demand.
function source() {
  const looks = { facts: 0, expected: 0, health: [] as Array<ReadonlySet<string>> }
  let matches = 0
  const src: SummarySource = {
    counts: () => (matches ? { 'read-receipt': matches } : {}),
    total: () => matches,
    health: (view: ViewId, expected) => {
      looks.health.push(expected)
      return [{ id: 'test.panel', core: expected.has('test.panel'), status: matches ? 'ok' : 'no-match', matches }]
    },
    expectedDetectors: () => (looks.expected++, new Set(['test.panel'])),
    facts: () => (looks.facts++, { site: 'whatsapp-web', view: 'settings', businessChat: false, drawer: 'none' }),
    ready: () => true,
    annotationsOn: () => true,
    whenIdle: (fn) => setTimeout(fn, 0),
  }
  return { src, looks, setMatches: (n: number) => (matches = n) }
}

afterEach(() => vi.useRealTimers())

describe('SummaryPublisher', () => {
  test('asks which detectors are expected only when it takes the facts, and reuses the answer with them', () => {
    vi.useFakeTimers()
    const { src, looks, setMatches } = source()
    const sent: PageSummary[] = []
    const publisher = new SummaryPublisher(src, (s) => sent.push(s))
    publisher.schedule(false)
    vi.advanceTimersByTime(300)
    expect(sent).toHaveLength(1)
    expect(looks).toMatchObject({ facts: 1, expected: 1 })
    // New matches, the page unchanged since the facts: a new summary, from the same facts and expectations.
    setMatches(3)
    publisher.schedule(false)
    vi.advanceTimersByTime(1000)
    expect(sent).toHaveLength(2)
    expect(sent[1]!.health[0]).toMatchObject({ core: true, status: 'ok', matches: 3 })
    expect(looks).toMatchObject({ facts: 1, expected: 1 })
    expect(looks.health[1]).toBe(looks.health[0])
    // Asked for fresh facts, it asks again.
    publisher.summary(0)
    expect(looks).toMatchObject({ facts: 2, expected: 2 })
  })
})
