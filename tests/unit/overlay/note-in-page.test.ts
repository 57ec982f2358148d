import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { makeTooltip } from '../../../src/overlay/tooltip'
import { Overlay, OVERLAY_ATTRIBUTE, type OverlayOptions, type TooltipContent } from '../../../src/overlay/overlay'
import type { Category } from '../../../src/shared/categories'

// The note inside the page's overlay: its sections and links, the keyboard way through them,
// "Read the full note", and words that arrive after the tooltip opened.

const annotated = new Map<Element, Category>()
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
const root = () => document.querySelector(`[${OVERLAY_ATTRIBUTE}]`)!.shadowRoot!
const tooltip = () => root().querySelector<HTMLElement>('.tooltip')!
const markerOf = (category: string) => root().querySelector<HTMLElement>(`.marker[data-category="${category}"]`)!
const active = () => root().activeElement

const FULL: TooltipContent = {
  title: 'Read receipts',
  summary: 'Blue ticks tell the sender you opened the chat.',
  audience: 'The sender',
  sharedWith: 'WhatsApp servers',
  kept: 'Until delivered',
  control: 'Privacy › Read receipts',
  sources: [
    { label: 'Help Center', url: 'https://faq.whatsapp.com/1' },
    { label: 'Bad', url: 'javascript:alert(1)' },
    { label: 'Policy', url: 'https://www.whatsapp.com/legal/privacy-policy' },
  ],
}

let content: Record<string, TooltipContent>
let overlay: Overlay
let opened: Category[]

function make(extra: Partial<OverlayOptions> = {}) {
  overlay = new Overlay(document, {
    note: makeTooltip,
    style: 'dot',
    // Elements beside an ordered region get their markers in the first placement (happy-dom's
    // IntersectionObserver never reports).
    orderedRegion: '#list',
    categoryOf: (el) => annotated.get(el),
    describe: (category) => content[category] ?? { title: category },
    text: {
      whoCanSee: 'Who can see it', sharedWith: 'Shared with', kept: 'Kept', control: 'Setting', sources: 'Sources',
      fullNote: 'Read the full note', markerLabel: (t) => `Privacy note: ${t}`,
    },
    openFullNote: (category) => void opened.push(category),
    ...extra,
  })
  for (const el of document.querySelectorAll('[data-privacy-note]')) {
    const category = el.getAttribute('data-privacy-note') as Category
    annotated.set(el, category)
    overlay.track(el, category)
  }
}

const key = (target: Element, k: string, shiftKey = false) => {
  const e = new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true, cancelable: true })
  target.dispatchEvent(e)
  return e
}

beforeEach(() => {
  opened = []
  content = { 'read-receipt': FULL, 'last-seen': { title: 'Last seen', summary: 'When you were last online.' } }
  document.body.innerHTML =
    '<div id="list"></div><span id="tick" data-privacy-note="read-receipt">✓✓</span><span id="seen" data-privacy-note="last-seen">last seen</span><p id="other">x</p>'
  let top = 10
  for (const el of document.querySelectorAll<HTMLElement>('[data-privacy-note]')) {
    const t = (top += 40)
    el.getBoundingClientRect = () => ({ top: t, left: 10, bottom: t + 11, right: 26, width: 16, height: 11 }) as DOMRect
  }
})
afterEach(() => {
  overlay?.destroy()
  annotated.clear()
})

describe('the note in the page', () => {
  test('a focused marker opens the whole note; only https sources are links, opening a new tab without referrer', async () => {
    make()
    await frame()
    markerOf('read-receipt').focus()
    expect(tooltip().hidden).toBe(false)
    expect(tooltip().querySelector('.title')!.textContent).toBe('Read receipts')
    for (const name of ['audience', 'shared-with', 'kept', 'control', 'sources']) {
      expect(tooltip().querySelector(`[data-section="${name}"]`), name).not.toBeNull()
    }
    const links = [...tooltip().querySelectorAll('a')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://faq.whatsapp.com/1', 'https://www.whatsapp.com/legal/privacy-policy'])
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).toBe(true)
    expect(tooltip().textContent).toContain('Bad') // the bad source's label, as text
  })

  test('"Read the full note" calls openFullNote with the category; the click stays ours', async () => {
    make()
    await frame()
    markerOf('read-receipt').click()
    let pageSaw = 0
    document.addEventListener('click', () => pageSaw++)
    tooltip().querySelector<HTMLElement>('.full-note')!.click()
    expect(opened).toEqual(['read-receipt'])
    expect(pageSaw).toBe(0)
  })

  test('without openFullNote the note has no such button', async () => {
    make({ openFullNote: undefined })
    await frame()
    markerOf('read-receipt').click()
    expect(tooltip().querySelector('.full-note')).toBeNull()
    expect(tooltip().querySelectorAll('a')).toHaveLength(2)
  })
})

describe('keyboard', () => {
  test('Tab from the marker moves into the note; Shift+Tab from the first link goes back; Tab from the last goes to the next marker', async () => {
    make()
    await frame()
    const tickMarker = markerOf('read-receipt')
    tickMarker.focus()
    expect(tickMarker.getAttribute('aria-expanded')).toBe('true')
    const tab = key(tickMarker, 'Tab')
    expect(tab.defaultPrevented).toBe(true)
    // (One selector each: happy-dom matches no selector list inside a shadow root.)
    const [first, , more] = [...tooltip().querySelectorAll<HTMLElement>('a'), tooltip().querySelector<HTMLElement>('button')]
    expect(active()).toBe(first)
    expect(tooltip().hidden).toBe(false) // focus in the note keeps it open
    const back = key(first!, 'Tab', true)
    expect(back.defaultPrevented).toBe(true)
    expect(active()).toBe(tickMarker)
    key(tickMarker, 'Tab')
    more!.focus()
    const on = key(more!, 'Tab')
    expect(on.defaultPrevented).toBe(true)
    expect(active()).toBe(markerOf('last-seen'))
    expect(tooltip().dataset.category).toBe('last-seen')
    expect(tickMarker.getAttribute('aria-expanded')).toBe('false')
  })

  test('Escape in the note closes it and puts focus back on its marker; Tab then goes on, not into the note', async () => {
    make()
    await frame()
    const tickMarker = markerOf('read-receipt')
    tickMarker.focus()
    key(tickMarker, 'Tab')
    let pageSaw = false
    document.addEventListener('keydown', () => (pageSaw = true), { once: true })
    key(active()!, 'Escape')
    expect(tooltip().hidden).toBe(true)
    expect(active()).toBe(tickMarker)
    expect(pageSaw).toBe(false) // an Escape in our own UI is ours
    expect(key(tickMarker, 'Tab').defaultPrevented).toBe(false)
  })

  test('a note without links: Tab from its marker is the browser’s', async () => {
    make({ openFullNote: undefined })
    await frame()
    const marker = markerOf('last-seen')
    marker.focus()
    expect(tooltip().dataset.category).toBe('last-seen')
    expect(key(marker, 'Tab').defaultPrevented).toBe(false)
  })

  test('the pointer leaving does not close a note that holds the focus', async () => {
    vi.useFakeTimers()
    try {
      make()
      vi.advanceTimersByTime(100)
      overlay.flash([document.getElementById('tick')!])
      const marker = markerOf('read-receipt')
      marker.focus()
      key(marker, 'Tab')
      document.getElementById('other')!.dispatchEvent(new Event('pointerover', { bubbles: true }))
      vi.advanceTimersByTime(2000)
      expect(tooltip().hidden).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })
})

test('a link focused by a click does not hold the note: the pointer leaving closes it', () => {
  vi.useFakeTimers()
  try {
    make()
    overlay.flash([document.getElementById('tick')!])
    markerOf('read-receipt').click()
    tooltip().querySelector('a')!.focus()
    document.getElementById('other')!.dispatchEvent(new Event('pointerover', { bubbles: true }))
    vi.advanceTimersByTime(2000)
    expect(tooltip().hidden).toBe(true)
  } finally {
    vi.useRealTimers()
  }
})

describe('contentChanged', () => {
  test('an open title-only note draws its sections once they arrive; markers take the new title', async () => {
    content = {}
    make()
    await frame()
    const marker = markerOf('read-receipt')
    marker.click()
    expect(tooltip().hidden).toBe(false)
    expect(tooltip().querySelector('.title')!.textContent).toBe('read-receipt')
    expect(tooltip().querySelector('.text')!.childElementCount).toBe(0)
    expect(tooltip().querySelectorAll('a')).toHaveLength(0)

    content = { 'read-receipt': FULL }
    overlay.contentChanged()
    expect(tooltip().hidden).toBe(false)
    expect(tooltip().querySelector('.title')!.textContent).toBe('Read receipts')
    expect(tooltip().querySelector('[data-section="kept"]')!.textContent).toBe('Kept: Until delivered')
    expect(tooltip().querySelectorAll('a')).toHaveLength(2)
    expect(marker.getAttribute('aria-label')).toBe('Privacy note: Read receipts')
  })

  test('markers drawn before the words have come have no name (not an empty one), and get it when they come', async () => {
    let words = ''
    make({ text: { fullNote: '', markerLabel: (t) => (words ? `${words}: ${t}` : '') } })
    await frame()
    const marker = markerOf('read-receipt')
    expect(marker.hasAttribute('aria-label')).toBe(false)
    words = 'Nota de privacidad'
    overlay.contentChanged()
    expect(marker.getAttribute('aria-label')).toBe('Nota de privacidad: Read receipts')
  })

  test('with no tooltip open it only renames the markers', async () => {
    make()
    await frame()
    content = { ...content, 'last-seen': { title: 'Zuletzt online' } }
    overlay.contentChanged()
    expect(tooltip().hidden).toBe(true)
    expect(markerOf('last-seen').getAttribute('aria-label')).toBe('Privacy note: Zuletzt online')
  })
})
