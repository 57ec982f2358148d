import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadFixture } from '../../fixtures/whatsapp/load'

// WhatsApp Web's content script asks for the privacy reader the first time its detector sees a
// Settings › Privacy panel; the reader, once loaded into the same isolated world, reads the panels
// open then and every one scanned after. Both sides run here in one realm, as in the page.

const sent = vi.hoisted(() => [] as unknown[])
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: async (msg: { type: string }) => {
        sent.push(msg)
        return { ok: true }
      },
    },
  },
}))

afterEach(() => {
  sent.length = 0
  vi.useRealTimers()
})

describe('the privacy reader is loaded only when Settings › Privacy is open', () => {
  it('a chat asks for nothing; a Privacy panel asks once; the arrived reader sends its values', async () => {
    const { startPrivacyReading } = await import('../../../src/checkup/content')
    const { PRIVACY_READER_ARRIVED } = await import('../../../src/checkup/reader-bridge')
    const { privacySettings } = await import('../../../src/sites/whatsapp-web/privacy-settings')
    const { readPanelRows } = await import('../../../src/sites/whatsapp-web/privacy-values')
    const { createScanContext } = await import('../../../src/sites/scan-context')
    vi.useFakeTimers()

    const chat = loadFixture('g2024-en-one-to-one.html')
    startPrivacyReading(chat)
    privacySettings.find(chat, createScanContext())
    expect(sent).toEqual([])

    const doc = loadFixture('g2024-en-settings-privacy.html')
    startPrivacyReading(doc)
    privacySettings.find(doc, createScanContext())
    privacySettings.find(doc, createScanContext())
    expect(sent).toEqual([{ type: 'load-privacy-reader' }])

    // What content/privacy-reader.ts does once the background has injected it.
    ;(globalThis as Record<symbol, any>)[PRIVACY_READER_ARRIVED](readPanelRows)
    await vi.advanceTimersByTimeAsync(1000)
    expect(sent).toHaveLength(2)
    const [, { type, readings }] = sent as [unknown, { type: string; readings: { id: string; value: string }[] }]
    expect(type).toBe('my-settings-read')
    expect(Object.fromEntries(readings.map((r) => [r.id, r.value]))).toMatchObject({ 'last-seen': expect.any(String), 'read-receipts': expect.any(String) })
    expect(readings.length).toBeGreaterThan(3)
  })
})
