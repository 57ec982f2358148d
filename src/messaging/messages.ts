import type { Category } from '../shared/categories'
import { isCategory } from '../shared/categories'
import type { PageSummary } from '../shared/page'
import { isReading, type Reading } from '../checkup/values'

// Every message the extension sends, typed per direction. Receivers validate the shape with
// the guards below and ignore anything else (logged once by `ignoreOnce`).

/** content script → background */
export type ContentToBackground =
  | { type: 'page-summary'; summary: PageSummary }
  /** Values read from Settings › Privacy (fixed ids and values only, never page text). */
  | { type: 'my-settings-read'; readings: Reading[] }

/** popup → background */
export type PopupToBackground =
  | { type: 'get-tab-summary'; tabId: number }
  | { type: 'annotate-page'; tabId: number }

/** popup → content script (browser.tabs.sendMessage) */
export type PopupToContent =
  | { type: 'get-summary' }
  | { type: 'show-on-page'; category: Category }

export type ToContent = PopupToContent
export type ToBackground = ContentToBackground | PopupToBackground

/** Replies, keyed by request type. */
export interface Replies {
  'page-summary': { ok: true }
  'my-settings-read': { ok: boolean }
  'get-tab-summary': { summary: PageSummary | null }
  'annotate-page': { ok: boolean; error?: string }
  'get-summary': PageSummary
  'show-on-page': { shown: number }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0

export function isPageSummary(v: unknown): v is PageSummary {
  if (!isObject(v) || !isObject(v.facts) || !isObject(v.counts) || !Array.isArray(v.health)) return false
  if (typeof v.total !== 'number' || typeof v.ready !== 'boolean' || typeof v.annotationsOn !== 'boolean') return false
  if (typeof v.facts.site !== 'string' || typeof v.facts.view !== 'string') return false
  return Object.entries(v.counts).every(([k, n]) => isCategory(k) && typeof n === 'number' && n >= 0)
}

export function isToBackground(v: unknown): v is ToBackground {
  if (!isObject(v)) return false
  switch (v.type) {
    case 'page-summary':
      return isPageSummary(v.summary)
    case 'my-settings-read':
      return Array.isArray(v.readings) && v.readings.length > 0 && v.readings.length <= 50 && v.readings.every(isReading)
    case 'get-tab-summary':
    case 'annotate-page':
      return isTabId(v.tabId)
    default:
      return false
  }
}

export function isToContent(v: unknown): v is ToContent {
  if (!isObject(v)) return false
  switch (v.type) {
    case 'get-summary':
      return true
    case 'show-on-page':
      return isCategory(v.category)
    default:
      return false
  }
}

/** The sender is this extension itself (not a web page, not another extension). */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return !!sender && sender.id === ownId
}

const reported = new Set<string>()
/** Log an ignored message once per kind, never throw. */
export function ignoreOnce(where: string, message: unknown): void {
  const kind = `${where}:${isObject(message) ? String(message.type) : typeof message}`
  if (reported.has(kind)) return
  reported.add(kind)
  console.warn(`[Metadata Lens] ${where}: ignored an unexpected message (${kind})`)
}
