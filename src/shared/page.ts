import { CATEGORIES } from './categories'
import { arrayOf, boolean, count, matching, object, oneOf, optional, recordOf, type Infer } from './schema'

// Coarse facts about a page. Never text, names or numbers read from the page. Each list is
// written once; its type and the schema that checks it on every read are derived from it.

export const SITE_IDS = [
  'whatsapp-web',
  'whatsapp-manager',
  'meta-app-dashboard',
  'twilio-console',
  '360dialog-hub',
  'wati',
  'generic-console',
] as const
export type SiteId = (typeof SITE_IDS)[number]

export const VIEW_IDS = [
  'loading',
  'chat-list',
  'one-to-one-chat',
  'group-chat',
  /** A chat is open, but nothing structural tells a group from a one-to-one chat. */
  'unknown-kind-chat',
  'status',
  'settings',
  'business-dashboard',
  'other',
] as const
export type ViewId = (typeof VIEW_IDS)[number]

/** A drawer open on the right: contact info, group info, either of them (chat kind unknown), message info. */
export const DRAWER_KINDS = ['none', 'contact-info', 'group-info', 'chat-info', 'message-info'] as const

export const DETECTOR_STATUSES = ['ok', 'no-match', 'failed'] as const
export type DetectorStatus = (typeof DETECTOR_STATUSES)[number]

export const isSiteId = oneOf(SITE_IDS)
export const isViewId = oneOf(VIEW_IDS)

export const isPageFacts = object({
  site: isSiteId,
  view: isViewId,
  /** The open chat is a chat with a business account (a business-chat notice is shown). */
  businessChat: boolean,
  drawer: oneOf(DRAWER_KINDS),
  /**
   * True when a read-receipt tick is annotated inside the open conversation's message list
   * (chat-list previews don't count); absent otherwise.
   */
  readTicksInOpenChat: optional(boolean),
})
export type PageFacts = Infer<typeof isPageFacts>

export const isDetectorHealth = object({
  /** A detector id such as "wa.receipts": lower-case words and dots, never page text. */
  id: matching(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/),
  /** Core detectors must find something on a loaded page; others may legitimately find nothing. */
  core: boolean,
  status: oneOf(DETECTOR_STATUSES),
  matches: count(),
})
export type DetectorHealth = Infer<typeof isDetectorHealth>

export const isCategoryCounts = recordOf(oneOf(CATEGORIES), count(), CATEGORIES.length)
export type CategoryCounts = Infer<typeof isCategoryCounts>

export const isPageSummary = object({
  facts: isPageFacts,
  counts: isCategoryCounts,
  total: count(),
  /** The app has finished loading (its main layout is present). */
  ready: boolean,
  annotationsOn: boolean,
  health: arrayOf(isDetectorHealth, 100),
})
export type PageSummary = Infer<typeof isPageSummary>
