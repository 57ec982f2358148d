import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { makeTooltip } from '../../../src/overlay/tooltip'
import { Overlay, OVERLAY_ATTRIBUTE } from '../../../src/overlay/overlay'
import { HOVER_INTENT_MS } from '../../../src/overlay/tooltip'
import type { Category } from '../../../src/shared/categories'

const HOSTILE = '<img src=x onerror="window.__pwned=1">'

/** What the scanner annotated (the overlay asks it, keeping no copy). */
const annotated = new Map<Element, Category>()
const categoryOf = (el: Element) => annotated.get(el)

function make(style: 'dot' | 'outline' | 'tooltip-only' = 'dot', orderedRegion?: string) {
  const overlay = new Overlay(document, {
    note: makeTooltip,
    style,
    orderedRegion,
    categoryOf,
    describe: (category) => ({ title: `Title ${category}`, summary: HOSTILE, audience: 'the other person', control: 'Settings' }),
    text: { whoCanSee: 'Who can see it', control: 'Setting', markerLabel: (t) => `Privacy note: ${t}` },
  })
  return withScanner(overlay)
}

/** track/untrack as the scanner does them: record the annotation first, forget it first. */
function withScanner(overlay: Overlay): Overlay {
  const track = overlay.track.bind(overlay)
  const untrack = overlay.untrack.bind(overlay)
  overlay.track = (el, category) => (annotated.set(el, category), track(el, category))
  overlay.untrack = (el) => (annotated.delete(el), untrack(el))
  return overlay
}

const tooltip = () => document.querySelector(`[${OVERLAY_ATTRIBUTE}]`)!.shadowRoot!.querySelector<HTMLElement>('.tooltip')!
const markers = () => [...document.querySelector(`[${OVERLAY_ATTRIBUTE}]`)!.shadowRoot!.querySelectorAll<HTMLElement>('.marker')]

let overlay: Overlay
beforeEach(() => {
  document.body.innerHTML = '<div id="row"><span id="tick" data-privacy-note="read-receipt"></span></div><p id="other">x</p>'
  // happy-dom lays nothing out: the tick gets a box, as on screen (a tooltip closes for an element that has none).
  document.getElementById('tick')!.getBoundingClientRect = () => ({ top: 10, left: 10, bottom: 21, right: 26, width: 16, height: 11 }) as DOMRect
})
afterEach(() => {
  overlay?.destroy()
  annotated.clear()
})

describe('Overlay', () => {
  test('lives in one host on <html> with an open shadow root; the page is not restyled', () => {
    overlay = make()
    const hosts = document.querySelectorAll(`[${OVERLAY_ATTRIBUTE}]`)
    expect(hosts).toHaveLength(1)
    expect(hosts[0].parentElement).toBe(document.documentElement)
    expect(hosts[0].shadowRoot).not.toBeNull()
    expect(document.getElementById('tick')!.getAttribute('style')).toBeNull()
  })

  test('hovering an annotated element shows its note as inert text after the intent delay; leaving hides it', () => {
    vi.useFakeTimers()
    try {
      overlay = make()
      const tick = document.getElementById('tick')!
      overlay.track(tick, 'read-receipt')
      tick.dispatchEvent(new Event('pointerover', { bubbles: true }))
      expect(tooltip().hidden).toBe(true) // not at once: the pointer may only be passing by
      vi.advanceTimersByTime(HOVER_INTENT_MS)
      expect(tooltip().hidden).toBe(false)
      expect(tooltip().dataset.category).toBe('read-receipt')
      expect(tooltip().textContent).toContain(HOSTILE)
      expect(tooltip().querySelector('img')).toBeNull()
      document.getElementById('other')!.dispatchEvent(new Event('pointerover', { bubbles: true }))
      vi.advanceTimersByTime(1000)
      expect(tooltip().hidden).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  test('Escape closes the tooltip without stopping the page from seeing the key', () => {
    overlay = make()
    const tick = document.getElementById('tick')!
    overlay.track(tick, 'read-receipt')
    tick.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))
    expect(tooltip().hidden).toBe(false)
    let pageSaw = false
    document.addEventListener('keydown', () => (pageSaw = true), { once: true })
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    expect(tooltip().hidden).toBe(true)
    expect(pageSaw).toBe(true)
  })

  test('markers are labelled buttons, described by the tooltip, and go away with their element', () => {
    overlay = make()
    const tick = document.getElementById('tick')!
    overlay.track(tick, 'read-receipt')
    const box = tick.getBoundingClientRect
    tick.getBoundingClientRect = () => ({ top: 0, left: 0, bottom: 0, right: 0, width: 0, height: 0 }) as DOMRect
    overlay.flash([tick]) // off screen: no marker that would never go away
    expect(markers()).toHaveLength(0)
    tick.getBoundingClientRect = box
    overlay.flash([tick]) // on screen: drawn and flashed at once
    expect(markers()).toHaveLength(1)
    expect(markers()[0].classList.contains('flash')).toBe(true)
    expect(markers()[0].getAttribute('aria-label')).toBe('Privacy note: Title read-receipt')
    // Described by the note's text (not its links), and it opens the note (a non-modal dialog).
    const text = tooltip().querySelector('.text')!
    expect(markers()[0].getAttribute('aria-describedby')).toBe(text.id)
    expect(markers()[0].getAttribute('aria-controls')).toBe(tooltip().id)
    expect(markers()[0].getAttribute('aria-expanded')).toBe('false')
    markers()[0].dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }))
    expect(tooltip().hidden).toBe(false)
    expect(tooltip().getAttribute('role')).toBe('dialog')
    expect(markers()[0].getAttribute('aria-expanded')).toBe('true')
    overlay.untrack(tick)
    expect(markers()).toHaveLength(0)
    expect(tooltip().hidden).toBe(true)
  })

  test('destroy removes the host and its listeners', () => {
    // Every listener the overlay adds to the page's document and window is removed again. (A check
    // that dispatching an event "does not throw" could not fail: a listener left behind is quiet.)
    const live = new Set<unknown>()
    const spies = [document, window].flatMap((target) => [
      vi.spyOn(target, 'addEventListener').mockImplementation(function (this: EventTarget, type: string, fn: unknown) {
        live.add(`${target === document ? 'document' : 'window'}:${type}`)
        live.add(fn)
      }),
      vi.spyOn(target, 'removeEventListener').mockImplementation((_type: string, fn: unknown) => void live.delete(fn)),
    ])
    try {
      overlay = make()
      const tick = document.getElementById('tick')!
      overlay.track(tick, 'read-receipt')
      const added = [...live].filter((x) => typeof x !== 'string').length
      expect(added).toBeGreaterThan(0)
      overlay.destroy()
      expect([...live].filter((x) => typeof x !== 'string')).toEqual([])
      expect(document.querySelector(`[${OVERLAY_ATTRIBUTE}]`)).toBeNull()
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
  })
})

describe('Overlay: a long ordered list (the message list)', () => {
  // A frame, and the task after it (markers of newly tracked elements are placed after layout).
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  type Box = { top: number; height: number }
  function place(el: Element, box: () => Box) {
    el.getBoundingClientRect = () => {
      const { top, height } = box()
      return { top, bottom: top + height, left: 10, right: 26, width: 16, height, x: 10, y: top } as DOMRect
    }
  }

  test('only the list elements on screen get markers, and they follow scrolling; only elements outside the list are observed', async () => {
    const ROWS = 2000
    document.body.innerHTML = `<div id="list">${Array.from({ length: ROWS }, (_, i) => `<div><p>text</p><span id="t${i}" data-privacy-note="read-receipt"></span></div>`).join('')}<div><span id="forged" data-privacy-note="read-receipt"></span></div></div><header><img id="outside" data-privacy-note="profile-photo"></header>`
    const list = document.getElementById('list')!
    let scroll = 0
    let reads = 0
    place(list, () => ({ top: 0, height: 400 }))
    const rows = Array.from(list.children)
    rows.forEach((row, i) => place(row, () => ({ top: i * 50 - scroll, height: 40 })))
    const ticks = Array.from(list.querySelectorAll('span:not(#forged)'))
    ticks.forEach((t, i) => place(t, () => (reads++, { top: i * 50 - scroll + 20, height: 11 })))
    place(document.getElementById('forged')!, () => ({ top: ROWS * 50 - scroll + 20, height: 11 }))
    for (const row of rows) {
      const own = row.getBoundingClientRect
      row.getBoundingClientRect = () => (reads++, own())
    }
    const observed: Element[] = []
    const IO = window.IntersectionObserver
    const observe = IO?.prototype.observe
    if (IO) IO.prototype.observe = function (el: Element) { observed.push(el) }
    try {
      overlay = make('dot', '#list')
      for (const t of ticks) overlay.track(t, 'read-receipt')
      const outside = document.getElementById('outside')!
      overlay.track(outside, 'profile-photo')
      await frame()
      expect(overlay.markerCount).toBe(8) // rows 0…7 start above 400px
      // Outside the list, elements are handed to the IntersectionObserver (found beside the list, not one by one).
      if (IO) expect(observed).toEqual([outside])
      scroll = 50 * 1000 // rows 1000…1007
      reads = 0
      document.dispatchEvent(new Event('scroll'))
      await frame()
      expect(overlay.markerCount).toBe(8)
      // A binary search over the rows, then the rows on screen: nowhere near one read per row.
      expect(reads).toBeLessThan(60)
      const shown = [...document.querySelector(`[${OVERLAY_ATTRIBUTE}]`)!.shadowRoot!.querySelectorAll<HTMLElement>('.marker')]
      // The 16 px wide rows leave no room for a dot beside the tick: it is underlined, inside its row.
      expect(shown.map((m) => m.style.transform)).toContain(`translate(10px, ${1000 * 50 - scroll + 20 + 11 + 1}px)`)
      overlay.untrack(ticks[1000]!)
      await frame()
      expect(overlay.markerCount).toBe(7)
      // The page's own data-privacy-note (never tracked) gets no marker, even on screen.
      scroll = 50 * ROWS - 100
      document.dispatchEvent(new Event('scroll'))
      await frame()
      expect(overlay.markerCount).toBe(2) // the last two ticks; not #forged
      if (IO) expect(observed).toEqual([outside])
    } finally {
      if (IO && observe) IO.prototype.observe = observe
    }
  }, 30_000) // 2,000 happy-dom rows take seconds to build on a busy machine; what is checked is the number of reads

  /** A one-row list with a tick, and a profile photo in a header outside it at `outsideTop`. */
  function listAndHeader(outsideTop: number): { tick: HTMLElement; outside: HTMLElement } {
    document.body.innerHTML = '<div id="list"><div><span id="tick" data-privacy-note="read-receipt"></span></div></div><header><img id="outside" data-privacy-note="profile-photo"></header>'
    place(document.getElementById('list')!, () => ({ top: 0, height: 400 }))
    place(document.querySelector('#list > div')!, () => ({ top: 0, height: 40 }))
    const tick = document.getElementById('tick')!
    const outside = document.getElementById('outside')!
    place(tick, () => ({ top: 20, height: 11 }))
    place(outside, () => ({ top: outsideTop, height: 40 }))
    return { tick, outside }
  }

  test('elements tracked while placement is held (the first pass) are sorted and placed once it is released', async () => {
    const { tick, outside } = listAndHeader(300)
    const observed: Element[] = []
    const IO = window.IntersectionObserver
    window.IntersectionObserver = class {
      observe(el: Element) {
        observed.push(el)
      }
      unobserve() {}
      disconnect() {}
    } as unknown as typeof IntersectionObserver
    try {
      overlay = make('dot', '#list')
      overlay.hold()
      overlay.track(tick, 'read-receipt')
      overlay.track(outside, 'profile-photo')
      await frame()
      expect(overlay.markerCount).toBe(0)
      overlay.release()
      await frame()
      expect(overlay.markerCount).toBe(2)
      expect(observed).toEqual([outside])
    } finally {
      window.IntersectionObserver = IO
    }
  })

  test("elements outside the list get their marker in the same placement; the observer's first report then changes nothing", async () => {
    const { tick, outside } = listAndHeader(500)
    // A stand-in observer whose reports the test sends.
    let report: ((entries: Array<Partial<IntersectionObserverEntry>>) => void) | null = null
    const IO = window.IntersectionObserver
    window.IntersectionObserver = class {
      constructor(callback: (entries: Array<Partial<IntersectionObserverEntry>>) => void) {
        report = callback
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof IntersectionObserver
    try {
      overlay = make('dot', '#list')
      overlay.track(tick, 'read-receipt')
      overlay.track(outside, 'profile-photo')
      await frame()
      // Both drawn by the first placement, before the observer has said anything.
      expect(overlay.markerCount).toBe(2)
      // Nothing around it was laid out (happy-dom): no free space is known, so it is outlined.
      expect(markers().some((m) => m.style.transform === `translate(8px, 498px)`)).toBe(true)
      let placements = 0
      const raf = window.requestAnimationFrame
      window.requestAnimationFrame = (cb) => (placements++, raf(cb))
      try {
        report!([{ target: outside, isIntersecting: true }])
        expect(placements).toBe(0)
        // A report that does change something still takes the marker down and places again.
        report!([{ target: outside, isIntersecting: false }])
        expect(overlay.markerCount).toBe(1)
        expect(placements).toBe(1)
      } finally {
        window.requestAnimationFrame = raf
      }
    } finally {
      window.IntersectionObserver = IO
    }
  })
})
