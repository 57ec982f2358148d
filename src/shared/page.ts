import type { Category } from './categories'

// Coarse facts about a page. Never text, names or numbers read from the page.

export type SiteId =
  | 'whatsapp-web'
  | 'whatsapp-manager'
  | 'meta-app-dashboard'
  | 'twilio-console'
  | '360dialog-hub'
  | 'wati'
  | 'generic-console'

export type ViewId =
  | 'loading'
  | 'chat-list'
  | 'one-to-one-chat'
  | 'group-chat'
  | 'status'
  | 'settings'
  | 'business-dashboard'
  | 'other'

export interface PageFacts {
  site: SiteId
  view: ViewId
  /** The open chat is a chat with a business account (a business-chat notice is shown). */
  businessChat: boolean
  /** A drawer open on the right: contact info, group info, message info. */
  drawer: 'none' | 'contact-info' | 'group-info' | 'message-info'
  /**
   * True when a read-receipt tick is annotated inside the open conversation's message list
   * (chat-list previews don't count); absent otherwise.
   */
  readTicksInOpenChat?: boolean
}

export type DetectorStatus = 'ok' | 'no-match' | 'failed'

export interface DetectorHealth {
  id: string
  /** Core detectors must find something on a loaded page; others may legitimately find nothing. */
  core: boolean
  status: DetectorStatus
  matches: number
}

export type CategoryCounts = Partial<Record<Category, number>>

export interface PageSummary {
  facts: PageFacts
  counts: CategoryCounts
  total: number
  /** The app has finished loading (its main layout is present). */
  ready: boolean
  annotationsOn: boolean
  health: DetectorHealth[]
}
