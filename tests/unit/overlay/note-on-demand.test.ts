import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { makeTooltip, type NoteMaker } from '../../../src/overlay/tooltip'
import { noteOnDemand } from '../../../src/overlay/note-on-demand'
import { Overlay, OVERLAY_ATTRIBUTE } from '../../../src/overlay/overlay'
import type { Category } from '../../../src/shared/categories'

// WhatsApp Web's tooltip comes with a second script, loaded the first time a note is wanted: until
// it has come the overlay keeps the last wish and grants it when the tooltip arrives.

const annotated = new Map<Element, Category>()
const root = () => document.querySelector(`[${OVERLAY_ATTRIBUTE}]`)!.shadowRoot!
const tooltip = () => root().querySelector<HTMLElement>('.tooltip')
const markerOf = (el: Element) => [...root().querySelectorAll<HTMLElement>('.marker')].find((m) => m.dataset.category === annotated.get(el))!
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

let overlay: Overlay
let loads: number
let arrive: (maker: NoteMaker) => void
let fail: (error: Error) => void

function make() {
  loads = 0
  overlay = new Overlay(document, {
    style: 'dot',
    orderedRegion: '#list',
    categoryOf: (el) => annotated.get(el),
    describe: (category) => ({ title: `Title ${category}`, summary: 'What it reveals, and to whom.', audience: 'Your contacts', control: 'Settings' }),
    text: { whoCanSee: 'Who can see it', control: 'Setting', markerLabel: (t) => `Privacy note: ${t}` },
    note: noteOnDemand(() => {
      loads++
      return new Promise<NoteMaker>((resolve, reject) => {
        arrive = resolve
        fail = reject
      })
    }),
  })
  for (const el of document.querySelectorAll('[data-privacy-note]')) {
    const category = el.getAttribute('data-privacy-note') as Category
    annotated.set(el, category)
    overlay.track(el, category)
  }
}

beforeEach(() => {
  // Beside the ordered region, so they get markers in the first placement (happy-dom's IntersectionObserver never reports).
  document.body.innerHTML = '<div id="list"></div><span id="a" data-privacy-note="read-receipt">a</span><span id="b" data-privacy-note="last-seen">b</span><p id="other">x</p>'
  let top = 10
  for (const el of document.querySelectorAll('[data-privacy-note]')) {
    const t = (top += 40)
    el.getBoundingClientRect = () => ({ top: t, left: 10, bottom: t + 11, right: 26, width: 16, height: 11 }) as DOMRect
  }
})

afterEach(() => {
  overlay.destroy()
  annotated.clear()
  vi.useRealTimers()
})

describe('the note on demand', () => {
  test('nothing is loaded, and no tooltip is in the page, until a note is wanted', async () => {
    make()
    await frame()
    expect(loads).toBe(0)
    expect(tooltip()).toBeNull()
    // Markers already point at the note's ids.
    expect(markerOf(document.getElementById('a')!).getAttribute('aria-describedby')).toBe('metadata-lens-tooltip-text')
  })

  test('a focused marker asks once; its note opens when the tooltip arrives, described by its text', async () => {
    make()
    await frame()
    const a = document.getElementById('a')!
    const marker = markerOf(a)
    marker.focus()
    marker.focus()
    expect(loads).toBe(1)
    expect(tooltip()).toBeNull()
    arrive(makeTooltip)
    await flush()
    expect(tooltip()!.hidden).toBe(false)
    expect(tooltip()!.dataset.category).toBe('read-receipt')
    expect(root().getElementById(marker.getAttribute('aria-describedby')!)!.textContent).toContain('What it reveals')
    expect(marker.getAttribute('aria-expanded')).toBe('true')
  })

  test('a hover that left before the tooltip came opens nothing; a later one opens after the hover delay', async () => {
    make()
    await frame()
    const a = document.getElementById('a')!
    a.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }))
    document.getElementById('other')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: 500, clientY: 500 }))
    arrive(makeTooltip)
    await flush()
    expect(tooltip()!.hidden).toBe(true)
    vi.useFakeTimers()
    a.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }))
    expect(tooltip()!.hidden).toBe(true)
    vi.advanceTimersByTime(400)
    expect(tooltip()!.hidden).toBe(false)
    expect(loads).toBe(1)
  })

  test('a failed load is asked for again by the next wish; Escape before it comes cancels the wish', async () => {
    make()
    await frame()
    const a = document.getElementById('a')!
    markerOf(a).focus()
    fail(new Error('background restarting'))
    await flush()
    expect(tooltip()).toBeNull()
    markerOf(document.getElementById('b')!).focus()
    expect(loads).toBe(2)
    markerOf(document.getElementById('b')!).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }))
    arrive(makeTooltip)
    await flush()
    expect(tooltip()!.hidden).toBe(true)
  })

  test('a tooltip that arrives after the overlay was destroyed is not made', async () => {
    make()
    await frame()
    markerOf(document.getElementById('a')!).focus()
    overlay.destroy()
    arrive(makeTooltip)
    await flush()
    expect(document.querySelector(`[${OVERLAY_ATTRIBUTE}]`)).toBeNull()
    make() // afterEach destroys this one
  })
})
