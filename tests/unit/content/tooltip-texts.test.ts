import { describe, expect, it, vi } from 'vitest'
import { TooltipTexts } from '../../../src/content/tooltip-texts'
import type { ContentToBackground } from '../../../src/messaging/messages'
import { tooltipText } from '../../../src/notes/tooltips'
import * as whatsappWeb from '../../../src/notes/tooltips-whatsapp-web'

// A content script carries no words of its notes: texts, a marker's name and the note's link all
// come from the background, in the page's one language.

const categories = ['read-receipt', 'last-seen'] as const

function setup(answer: (msg: ContentToBackground) => Promise<unknown>) {
  const asked: ContentToBackground[] = []
  const arrived = vi.fn()
  const texts = new TooltipTexts(categories, 'es', (msg: ContentToBackground) => (asked.push(msg), answer(msg)), arrived)
  return { texts, asked, arrived }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
const labelsEs = () => {
  const { fullNote, markerLabel } = whatsappWeb.overlayLabelsFor('es')
  return { fullNote, markerLabel }
}

describe('tooltip texts in a content script', () => {
  it('asks once for the texts and the overlay words, and has them when the request resolves', async () => {
    const full = { 'read-receipt': tooltipText('read-receipt', 'es'), 'last-seen': tooltipText('last-seen', 'es') }
    const { texts, asked, arrived } = setup(async () => ({ texts: full, labels: labelsEs() }))
    // Before the answer: no words at all (an unnamed marker, a note showing its category).
    expect(texts.labels).toEqual({ fullNote: '', markerLabel: '' })
    const loading = texts.load()
    void texts.load()
    expect(texts.describe('read-receipt')).toEqual({ title: 'read-receipt', summary: '', audience: '', control: '' })
    expect(asked).toEqual([{ type: 'tooltip-texts', lang: 'es', categories: ['read-receipt', 'last-seen'] }])
    await loading
    expect(arrived).toHaveBeenCalledTimes(1)
    expect(texts.describe('read-receipt')).toEqual(full['read-receipt'])
    expect(texts.describe('last-seen')).toEqual(full['last-seen'])
    expect(texts.labels).toEqual(labelsEs())
    expect(texts.labels.fullNote).not.toBe(whatsappWeb.overlayLabelsFor('en').fullNote)
    await texts.load()
    expect(asked).toHaveLength(1)
  })

  it('a background that could not answer (restarting) is asked again when a tooltip next needs the texts', async () => {
    let fail = true
    const { texts, asked, arrived } = setup(async () => {
      if (fail) throw new Error('Receiving end does not exist')
      return { texts: { 'last-seen': tooltipText('last-seen', 'es') }, labels: labelsEs() }
    })
    // The failed request resolves: a first pass waiting for it goes on.
    await expect(texts.load()).resolves.toBeUndefined()
    expect(arrived).not.toHaveBeenCalled()
    fail = false
    expect(texts.describe('last-seen').summary).toBe('')
    await flush()
    expect(asked).toHaveLength(2)
    expect(arrived).toHaveBeenCalledTimes(1)
    expect(texts.describe('last-seen').summary).toBe(tooltipText('last-seen', 'es').summary)
    expect(texts.labels.markerLabel).toBe(labelsEs().markerLabel)
  })

  it('an answer that is not tooltip texts is never shown, and not asked for again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { texts, asked, arrived } = setup(async () => ({ texts: { 'read-receipt': { title: '<img src=x>', summary: 3 } }, labels: labelsEs() }))
    await texts.load()
    expect(arrived).not.toHaveBeenCalled()
    expect(texts.describe('read-receipt').title).toBe('read-receipt')
    await flush()
    expect(asked).toHaveLength(1)
    expect(warn).toHaveBeenCalledTimes(1)
    warn.mockRestore()
  })

  it('texts without the overlay words are refused too', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { texts, arrived } = setup(async () => ({ texts: { 'last-seen': tooltipText('last-seen', 'es') } }))
    await texts.load()
    expect(arrived).not.toHaveBeenCalled()
    expect(texts.labels.markerLabel).toBe('')
    warn.mockRestore()
  })
})
