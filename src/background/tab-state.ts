import browser from 'webextension-polyfill'
import type { PageSummary } from '../shared/page'
import { storedSummary, summaryKey } from '../messaging/summaries'

// Per-tab page summaries live in storage.session (see messaging/summaries.ts): a restarted
// service worker (Chrome) or event page (Firefox) still knows them, and the popup is pushed each
// change through storage.onChanged.

export async function setSummary(tabId: number, summary: PageSummary): Promise<void> {
  await browser.storage.session.set({ [summaryKey(tabId)]: summary })
}

export async function getSummary(tabId: number): Promise<PageSummary | null> {
  const key = summaryKey(tabId)
  const stored = await browser.storage.session.get(key)
  return storedSummary(stored[key])
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(summaryKey(tabId)).catch(() => {})
}
