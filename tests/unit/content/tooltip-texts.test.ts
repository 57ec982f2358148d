import { describe, expect, it, vi } from 'vitest'
import { TooltipTexts } from '../../../src/content/tooltip-texts'
import type { ContentToBackground } from '../../../src/messaging/messages'
import { tooltipText } from '../../../src/notes/tooltips'
import * as whatsappWeb from '../../../src/notes/tooltips-whatsapp-web'

// A content script carries titles only; the rest of each tooltip comes from the background.

const categories = ['read-receipt', 'last-seen'] as const

function setup(answer: (msg: ContentToBackground) => Promise<unknown>) {
  const asked: ContentToBackground[] = []
  const arrived = vi.fn()
  const texts = new TooltipTexts(whatsappWeb, categories, 'es', (msg) => (asked.push(msg), answer(msg)), arrived)
  return { texts, asked, arrived }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('tooltip texts in a content script', () => {
  it('names each category by its title at once, then shows the texts the background sends, asked for once', async () => {
    const full = { 'read-receipt': tooltipText('read-receipt', 'es'), 'last-seen': tooltipText('last-seen', 'es') }
    const { texts, asked, arrived } = setup(async () => ({ texts: full }))
    expect(texts.describe('read-receipt')).toEqual({ title: full['read-receipt'].title, summary: '', audience: '', control: '' })
    texts.load()
    texts.load()
    expect(asked).toEqual([{ type: 'tooltip-texts', lang: 'es', categories: ['read-receipt', 'last-seen'] }])
    await flush()
    expect(arrived).toHaveBeenCalledTimes(1)
    expect(texts.describe('read-receipt')).toEqual(full['read-receipt'])
    expect(texts.describe('last-seen')).toEqual(full['last-seen'])
    texts.load()
    expect(asked).toHaveLength(1)
    expect(texts.labels).toEqual(whatsappWeb.overlayLabelsFor('es'))
  })

  it('a background that could not answer (restarting) is asked again when a tooltip next needs the texts', async () => {
    let fail = true
    const { texts, asked, arrived } = setup(async () => {
      if (fail) throw new Error('Receiving end does not exist')
      return { texts: { 'last-seen': tooltipText('last-seen', 'es') } }
    })
    texts.load()
    await flush()
    expect(arrived).not.toHaveBeenCalled()
    fail = false
    expect(texts.describe('last-seen').summary).toBe('')
    await flush()
    expect(asked).toHaveLength(2)
    expect(arrived).toHaveBeenCalledTimes(1)
    expect(texts.describe('last-seen').summary).toBe(tooltipText('last-seen', 'es').summary)
  })

  it('an answer that is not tooltip texts is never shown, and not asked for again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { texts, asked, arrived } = setup(async () => ({ texts: { 'read-receipt': { title: '<img src=x>', summary: 3 } } }))
    texts.load()
    await flush()
    expect(arrived).not.toHaveBeenCalled()
    expect(texts.describe('read-receipt').title).toBe(tooltipText('read-receipt', 'es').title)
    await flush()
    expect(asked).toHaveLength(1)
    expect(warn).toHaveBeenCalledTimes(1)
    warn.mockRestore()
  })
})
