import { CATEGORIES } from '../shared/categories'
import { isPageSummary } from '../shared/page'
import { count, literal, object, oneOf, union, type Infer } from '../shared/schema'

// Every message the extension sends, one schema per type and direction. Receivers check each
// message completely with these and ignore anything else (logged once by `ignoreOnce`).
// Summaries flow one way: content script → background → storage.session → popup. The popup
// reads and watches storage.session; it never asks the content script for a summary.

export { isPageSummary }

const tabId = count(Number.MAX_SAFE_INTEGER)

/** content script → background */
export const isContentToBackground = object({ type: literal('page-summary'), summary: isPageSummary })
export type ContentToBackground = Infer<typeof isContentToBackground>

/** popup → background: run the one-shot content script in a tab ("Annotate this page"). */
export const isPopupToBackground = object({ type: literal('annotate-page'), tabId })
export type PopupToBackground = Infer<typeof isPopupToBackground>

/** popup → content script (browser.tabs.sendMessage): the controls that act on the page. */
export const isPopupToContent = object({ type: literal('show-on-page'), category: oneOf(CATEGORIES) })
export type PopupToContent = Infer<typeof isPopupToContent>

export const isToBackground = union(isContentToBackground, isPopupToBackground)
export type ToBackground = Infer<typeof isToBackground>
export const isToContent = isPopupToContent
export type ToContent = PopupToContent

/** Replies, keyed by request type. */
export interface Replies {
  'page-summary': { ok: true }
  'annotate-page': { ok: boolean; error?: string }
  'show-on-page': { shown: number }
}

/** The sender is this extension itself (not a web page, not another extension). */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return !!sender && sender.id === ownId
}

const reported = new Set<string>()
/** Log an ignored message once per kind, never throw. */
export function ignoreOnce(where: string, message: unknown): void {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined
  // Only our own message names are echoed; anything else is reported by its JS type.
  const kind = `${where}:${typeof type === 'string' && /^[a-z-]{1,32}$/.test(type) ? type : typeof message}`
  if (reported.has(kind)) return
  reported.add(kind)
  console.warn(`[Metadata Lens] ${where}: ignored an unexpected message (${kind})`)
}
