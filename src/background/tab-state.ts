import browser from 'webextension-polyfill'
import type { PageSummary } from '../shared/page'
import { isPageSummary } from '../messaging/messages'

// Per-tab page summaries. Kept in memory and mirrored to storage.session so a restarted
// service worker (Chrome) or event page (Firefox) still knows them. Summaries hold only
// categories, counts and coarse page facts.

const KEY = 'tabSummaries'
const summaries = new Map<number, PageSummary>()
let restored: Promise<void> | null = null

function restore(): Promise<void> {
  restored ??= browser.storage.session
    .get(KEY)
    .then((stored) => {
      const saved = stored[KEY]
      if (saved && typeof saved === 'object') {
        for (const [id, summary] of Object.entries(saved as Record<string, unknown>)) {
          if (isPageSummary(summary) && !summaries.has(Number(id))) summaries.set(Number(id), summary)
        }
      }
    })
    .catch(() => {})
  return restored
}

function persist(): void {
  browser.storage.session.set({ [KEY]: Object.fromEntries(summaries) }).catch(() => {})
}

export async function setSummary(tabId: number, summary: PageSummary): Promise<void> {
  await restore()
  summaries.set(tabId, summary)
  persist()
}

export async function getSummary(tabId: number): Promise<PageSummary | null> {
  await restore()
  return summaries.get(tabId) ?? null
}

export async function forgetTab(tabId: number): Promise<void> {
  await restore()
  if (summaries.delete(tabId)) persist()
}
