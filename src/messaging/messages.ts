import { CATEGORIES, type Category } from '../shared/categories'
import { isPageSummary } from '../shared/page'
import { arrayOf, count, literal, object, oneOf, recordOf, union, type Infer, type Schema } from '../shared/schema'
import { isReading, type Reading } from '../checkup/values'
import { LANGS } from '../notes/types'
import type { LocalOverlayLabels, TooltipText } from '../notes/tooltips'
import type { Settings } from '../settings/schema'

// Every message the extension sends, one schema per type and direction. Receivers check each
// message completely with these and ignore anything else (logged once by `ignoreOnce`).
// Summaries flow one way: content script → background → storage.session → popup. The popup
// reads and watches storage.session; it never asks the content script for a summary.

export { isPageSummary }

const tabId = count(Number.MAX_SAFE_INTEGER)

/** Readings of Settings › Privacy: at least one, at most 50 (fixed ids and values only, never page text). */
const readings: Schema<Reading[]> = (v): v is Reading[] => arrayOf(isReading, 50)(v) && v.length > 0

/**
 * content script → background:
 * - the page summary;
 * - values read from Settings › Privacy;
 * - the tooltip texts of these categories in one language, with a marker's name and the note's link
 *   (the content script carries none of the notes' words);
 * - open the notes library at one category's note ("Read the full note");
 * - load the Settings › Privacy reader into this page (WhatsApp Web, once that panel is open);
 * - load the note script into this page (WhatsApp Web, the first time a note is wanted);
 * - load the drawers' and the Status screen's detectors into this page (WhatsApp Web, the first time
 *   one of them is open);
 * - repair the stored settings, which the content script found damaged (it carries no repair code).
 */
export const isContentToBackground = union(
  object({ type: literal('page-summary'), summary: isPageSummary }),
  object({ type: literal('my-settings-read'), readings }),
  object({ type: literal('tooltip-texts'), lang: oneOf(LANGS), categories: arrayOf(oneOf(CATEGORIES), CATEGORIES.length) }),
  object({ type: literal('open-library'), category: oneOf(CATEGORIES) }),
  object({ type: literal('load-privacy-reader') }),
  object({ type: literal('load-note') }),
  object({ type: literal('load-view-detectors') }),
  object({ type: literal('repair-settings') }),
)
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
  'my-settings-read': { ok: boolean }
  /**
   * The texts of the categories asked for (all of them, unless a build is broken), and the words of a
   * marker's name and of the note's link.
   */
  'tooltip-texts': { texts: Partial<Record<Category, TooltipText>>; labels: LocalOverlayLabels }
  'open-library': { ok: boolean }
  'load-privacy-reader': { ok: boolean }
  'load-note': { ok: boolean }
  'load-view-detectors': { ok: boolean }
  /** The settings as repaired and rewritten. */
  'repair-settings': Settings
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

const isText = (v: unknown): v is string => typeof v === 'string'
/**
 * A tooltip text as the background sends it: the fields the overlay always shows are strings. Any
 * further field the notes add is passed through as it is (the table is data the build makes).
 */
const isTooltipText = (v: unknown): v is TooltipText =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && ['title', 'summary', 'audience', 'control'].every((key) => isText((v as Record<string, unknown>)[key]))

/** The background's answer to 'tooltip-texts', checked before the overlay shows any of it. */
export const isTooltipTextsReply = object({
  texts: recordOf(oneOf(CATEGORIES), isTooltipText, CATEGORIES.length),
  labels: object({ fullNote: isText, markerLabel: isText }),
})
