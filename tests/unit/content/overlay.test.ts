import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { Overlay, OVERLAY_ATTRIBUTE } from '../../../src/overlay/overlay'

const HOSTILE = '<img src=x onerror="window.__pwned=1">'

function make(style: 'dot' | 'outline' | 'tooltip-only' = 'dot') {
  return new Overlay(document, {
    style,
    describe: (category) => ({ title: `Title ${category}`, summary: HOSTILE, audience: 'the other person', control: 'Settings' }),
    text: { whoCanSee: 'Who can see it', control: 'Setting', markerLabel: (t) => `Privacy note: ${t}` },
  })
}

const tooltip = () => document.querySelector(`[${OVERLAY_ATTRIBUTE}]`)!.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!
const markers = () => [...document.querySelector(`[${OVERLAY_ATTRIBUTE}]`)!.shadowRoot!.querySelectorAll<HTMLElement>('.marker')]

let overlay: Overlay
beforeEach(() => {
  document.body.innerHTML = '<div id="row"><span id="tick" data-privacy-note="read-receipt"></span></div><p id="other">x</p>'
})
afterEach(() => overlay?.destroy())

describe('Overlay', () => {
  test('lives in one host on <html> with an open shadow root; the page is not restyled', () => {
    overlay = make()
    const hosts = document.querySelectorAll(`[${OVERLAY_ATTRIBUTE}]`)
    expect(hosts).toHaveLength(1)
    expect(hosts[0].parentElement).toBe(document.documentElement)
    expect(hosts[0].shadowRoot).not.toBeNull()
    expect(document.getElementById('tick')!.getAttribute('style')).toBeNull()
  })

  test('hovering an annotated element shows its note as inert text; leaving hides it', () => {
    overlay = make()
    const tick = document.getElementById('tick')!
    overlay.track(tick, 'read-receipt')
    tick.dispatchEvent(new Event('pointerover', { bubbles: true }))
    expect(tooltip().hidden).toBe(false)
    expect(tooltip().dataset.category).toBe('read-receipt')
    expect(tooltip().textContent).toContain(HOSTILE)
    expect(tooltip().querySelector('img')).toBeNull()
    document.getElementById('other')!.dispatchEvent(new Event('pointerover', { bubbles: true }))
    expect(tooltip().hidden).toBe(true)
  })

  test('Escape closes the tooltip without stopping the page from seeing the key', () => {
    overlay = make()
    const tick = document.getElementById('tick')!
    overlay.track(tick, 'read-receipt')
    tick.dispatchEvent(new Event('pointerover', { bubbles: true }))
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
    overlay.flash([tick]) // off screen (happy-dom lays nothing out): no marker that would never go away
    expect(markers()).toHaveLength(0)
    tick.getBoundingClientRect = () => ({ top: 10, left: 10, bottom: 21, right: 26, width: 16, height: 11 }) as DOMRect
    overlay.flash([tick]) // on screen: drawn and flashed at once
    expect(markers()).toHaveLength(1)
    expect(markers()[0].classList.contains('flash')).toBe(true)
    expect(markers()[0].getAttribute('aria-label')).toBe('Privacy note: Title read-receipt')
    expect(markers()[0].getAttribute('aria-describedby')).toBe(tooltip().id)
    markers()[0].dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }))
    expect(tooltip().hidden).toBe(false)
    overlay.untrack(tick)
    expect(markers()).toHaveLength(0)
    expect(tooltip().hidden).toBe(true)
  })

  test('destroy removes the host and its listeners', () => {
    overlay = make()
    const tick = document.getElementById('tick')!
    overlay.track(tick, 'read-receipt')
    overlay.destroy()
    expect(document.querySelector(`[${OVERLAY_ATTRIBUTE}]`)).toBeNull()
    expect(() => tick.dispatchEvent(new Event('pointerover', { bubbles: true }))).not.toThrow()
  })
})
