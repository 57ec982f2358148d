import { afterEach, describe, expect, it, vi } from 'vitest'
import { sent } from '../harness/recording-polyfill'
import { loadFixture } from '../../fixtures/whatsapp/load'

// WhatsApp Web's content script asks for the privacy reader the first time its detector sees a
// Settings › Privacy panel, or a panel that may be one of its sub-panels (only the reader knows their
// names); the reader, once loaded into the same isolated world, has the panels open then scanned
// again, and reads every one scanned after. Both sides run here in one realm, as in the page.

vi.mock('webextension-polyfill', () => import('../harness/recording-polyfill'))

afterEach(async () => {
  sent.length = 0
  vi.useRealTimers()
  const { handPrivacyRowsTo } = await import('../../../src/sites/whatsapp-web/privacy-panels')
  handPrivacyRowsTo(null)
})

async function modules() {
  const { startPrivacyReading } = await import('../../../src/checkup/content')
  const { PRIVACY_READER_ARRIVED } = await import('../../../src/checkup/reader-bridge')
  const { privacySettings } = await import('../../../src/sites/whatsapp-web/privacy-settings')
  const { readPanelRows } = await import('../../../src/sites/whatsapp-web/privacy-values')
  const { privacySubPanelKind } = await import('../../../src/sites/whatsapp-web/privacy-sub-panels')
  const { createScanContext } = await import('../../../src/sites/scan-context')
  const { ReadingsCollector } = await import('../../../src/checkup/collect')
  const scan = (root: Document | Element) => privacySettings.find(root, createScanContext())
  // What content/privacy-reader.ts does once the background has injected it.
  const readerArrives = () => (globalThis as Record<symbol, any>)[PRIVACY_READER_ARRIVED]({
      read: readPanelRows,
      subPanelKind: privacySubPanelKind,
      collector: (send: (readings: unknown[]) => void) => new ReadingsCollector(send),
    })
  return { startPrivacyReading, scan, readerArrives }
}

const values = (msg: unknown) => Object.fromEntries((msg as { readings: { id: string; value: string }[] }).readings.map((r) => [r.id, r.value]))

describe('the privacy reader is loaded only when Settings › Privacy is open', () => {
  it('a chat asks for nothing; a Privacy panel asks once; the arrived reader sends its values', async () => {
    const { startPrivacyReading, scan, readerArrives } = await modules()
    vi.useFakeTimers()

    const chat = loadFixture('g2024-en-one-to-one.html')
    startPrivacyReading(chat, scan)
    scan(chat)
    // The chat list's column has a title too; a control in it (a selection box, say) asks for nothing.
    const box = chat.createElement('div')
    box.setAttribute('role', 'checkbox')
    chat.getElementById('side')!.append(box)
    scan(chat)
    expect(sent).toEqual([])

    const doc = loadFixture('g2024-en-settings-privacy.html')
    const rescanned: Element[] = []
    startPrivacyReading(doc, (root) => {
      rescanned.push(root)
      scan(root)
    })
    scan(doc)
    scan(doc)
    expect(sent).toEqual([{ type: 'load-privacy-reader' }])

    readerArrives()
    expect(rescanned).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1000)
    expect(sent).toHaveLength(2)
    const [, msg] = sent as [unknown, { type: string }]
    expect(msg.type).toBe('my-settings-read')
    expect(values(msg)).toMatchObject({ 'last-seen': expect.any(String), 'read-receipts': expect.any(String) })
    expect(Object.keys(values(msg)).length).toBeGreaterThan(3)
  })

  it('a sub-panel open before the reader came asks for it, and its rows are marked and read once it has', async () => {
    const { startPrivacyReading, scan, readerArrives } = await modules()
    vi.useFakeTimers()

    const doc = loadFixture('g2024-en-privacy-photo.html')
    const rescanned: Element[][] = []
    startPrivacyReading(doc, (root) => rescanned.push(scan(root).map((m) => m.element)))
    // Without the names of the rows it cannot be told from another settings panel: no rows yet.
    expect(scan(doc)).toEqual([])
    expect(sent).toEqual([{ type: 'load-privacy-reader' }])

    readerArrives()
    expect(rescanned).toHaveLength(1)
    expect(rescanned[0]!.length).toBeGreaterThan(0)
    expect(rescanned[0]).toEqual(scan(doc).map((m) => m.element))
    await vi.advanceTimersByTimeAsync(1000)
    expect(sent).toHaveLength(2)
    expect(values(sent[1])).toEqual({ 'profile-photo': 'everyone' })
  })
})
