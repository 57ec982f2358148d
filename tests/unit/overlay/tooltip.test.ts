import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { HOVER_INTENT_MS, positionTooltip, Tooltip } from '../../../src/overlay/tooltip'

const view = { width: 1200, height: 800 }

describe('positionTooltip: flip, shift, arrow', () => {
  const size = { width: 300, height: 120 }
  test('below its anchor, aligned with its start, the arrow at the anchor', () => {
    const p = positionTooltip({ left: 500, top: 100, right: 509, bottom: 109 }, size, view, false)
    expect(p.placement).toBe('bottom')
    expect(p.top).toBe(117)
    expect(Math.abs(p.left + p.arrowX - 504.5)).toBeLessThanOrEqual(1)
  })
  test('flips above when there is no room below', () => {
    const p = positionTooltip({ left: 500, top: 740, right: 509, bottom: 749 }, size, view, false)
    expect(p.placement).toBe('top')
    expect(p.top + size.height).toBeLessThanOrEqual(740)
  })
  test('shifts to stay in the window; the arrow still points at the anchor', () => {
    const p = positionTooltip({ left: 1185, top: 100, right: 1194, bottom: 109 }, size, view, false)
    expect(p.left + size.width).toBeLessThanOrEqual(1192)
    expect(p.left + p.arrowX).toBeGreaterThanOrEqual(1180) // as near as its rounded corner allows
    const q = positionTooltip({ left: 2, top: 100, right: 11, bottom: 109 }, size, view, false)
    expect(q.left).toBeGreaterThanOrEqual(8)
  })
  test('a note taller than the room on either side is cut to the larger room, never laid over its anchor', () => {
    const anchor = { left: 500, top: 391, right: 509, bottom: 400 }
    const p = positionTooltip(anchor, { width: 300, height: 440 }, view, false)
    expect(p.placement).toBe('bottom')
    expect(p.maxHeight).toBe(800 - 400 - 8 - 8)
    expect(p.top).toBeGreaterThanOrEqual(anchor.bottom)
    expect(p.top + p.maxHeight!).toBeLessThanOrEqual(800 - 8)
    const q = positionTooltip({ left: 500, top: 500, right: 509, bottom: 509 }, { width: 300, height: 600 }, view, false)
    expect(q.placement).toBe('top')
    expect(q.top + q.maxHeight!).toBeLessThanOrEqual(500)
    expect(positionTooltip(anchor, size, view, false).maxHeight).toBeNull()
  })
  test('right to left: aligned with the anchor’s right edge', () => {
    const p = positionTooltip({ left: 600, top: 100, right: 700, bottom: 120 }, size, view, true)
    expect(p.left + size.width).toBe(700)
  })
})

describe('Tooltip: when it opens and closes', () => {
  let a: HTMLElement
  let b: HTMLElement
  let tip: Tooltip
  const measure = () => ({ anchor: { left: 10, top: 10, right: 20, bottom: 20 }, view, rtl: false })
  beforeEach(() => {
    vi.useFakeTimers()
    document.body.innerHTML = '<span id="a"></span><span id="b"></span>'
    a = document.getElementById('a')!
    b = document.getElementById('b')!
    tip = new Tooltip(document, {
      id: 't',
      labels: { whoCanSee: 'Who', control: 'Control' },
      fill: (el) => ({ category: el.id, content: { title: el.id, summary: 's', audience: 'x', control: 'y' } }),
      measure,
      guard: (fn) => fn(),
      fullNote: false,
    })
    document.body.append(tip.element)
  })
  afterEach(() => {
    tip.destroy()
    vi.useRealTimers()
  })

  test('hover opens after the intent delay, not before', () => {
    tip.pointerEnter(a)
    vi.advanceTimersByTime(HOVER_INTENT_MS - 1)
    expect(tip.element.hidden).toBe(true)
    vi.advanceTimersByTime(1)
    expect(tip.element.hidden).toBe(false)
    expect(tip.element.dataset.category).toBe('a')
  })

  test('moving from one marked element to the next does not wait again', () => {
    tip.pointerEnter(a)
    vi.advanceTimersByTime(HOVER_INTENT_MS)
    tip.pointerLeave(500, 500)
    tip.pointerEnter(b)
    expect(tip.element.dataset.category).toBe('b')
    expect(tip.element.hidden).toBe(false)
    // Just closed: the next one opens at once too.
    tip.hide()
    tip.pointerEnter(a)
    expect(tip.element.hidden).toBe(false)
  })

  test('a rapid sweep over many elements opens nothing', () => {
    const rows = Array.from({ length: 100 }, () => document.createElement('span'))
    for (const row of rows) {
      tip.pointerEnter(row)
      vi.advanceTimersByTime(20)
      tip.pointerLeave(500, 500)
      vi.advanceTimersByTime(20)
    }
    expect(tip.open).toBe(false)
    expect(tip.element.hidden).toBe(true)
  })

  test('stays open while the pointer is on the tooltip, closes once it leaves', () => {
    tip.show(a)
    tip.pointerLeave(500, 500)
    tip.pointerInside()
    vi.advanceTimersByTime(5000)
    expect(tip.element.hidden).toBe(false)
    tip.pointerLeave(900, 700)
    vi.advanceTimersByTime(1000)
    expect(tip.element.hidden).toBe(true)
  })

  test('an element that went away closes it, and a pending open is dropped', () => {
    tip.show(a)
    tip.forget(a)
    expect(tip.element.hidden).toBe(true)
    vi.advanceTimersByTime(HOVER_INTENT_MS * 2) // the warm window passes
    tip.pointerEnter(b)
    tip.forget(b)
    vi.advanceTimersByTime(HOVER_INTENT_MS)
    expect(tip.element.hidden).toBe(true)
  })

  test('closed with Escape, the pointer resting on the element does not reopen it; moving elsewhere and back does, after the delay', () => {
    tip.show(a)
    tip.dismiss()
    tip.pointerEnter(a) // the browser reports the pointer on the element again once the note is gone
    vi.advanceTimersByTime(HOVER_INTENT_MS * 2)
    expect(tip.open).toBe(false)
    tip.pointerLeave(500, 500)
    tip.pointerEnter(a)
    expect(tip.open).toBe(false) // not warm: the intent delay again
    vi.advanceTimersByTime(HOVER_INTENT_MS)
    expect(tip.open).toBe(true)
  })

  test('has an arrow and says where it is placed', () => {
    tip.show(a)
    expect(tip.element.querySelector('.arrow')).not.toBeNull()
    expect(tip.element.dataset.placement).toBe('bottom')
  })
})
