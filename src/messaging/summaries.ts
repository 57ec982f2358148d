import { isPageSummary, type PageSummary } from '../shared/page'

// Where page summaries live between the background and the popup: storage.session, one key per
// tab. The background writes what content scripts send; the popup reads and watches its tab's key.
// Summaries hold only categories, counts and coarse page facts.

const PREFIX = 'tab-summary:'

export function summaryKey(tabId: number): string {
  return `${PREFIX}${tabId}`
}

/** The tab of a summary key, or null for any other key. */
export function tabOfSummaryKey(key: string): number | null {
  if (!key.startsWith(PREFIX)) return null
  const rest = key.slice(PREFIX.length)
  return /^\d{1,15}$/.test(rest) ? Number(rest) : null
}

/** A stored value as a summary: checked completely, so a malformed one reads as none. */
export function storedSummary(value: unknown): PageSummary | null {
  return isPageSummary(value) ? value : null
}
