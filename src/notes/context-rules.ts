import type { Category } from '../shared/categories'
import type { ContextInput, SourceRef } from './types'

// Contextual rules: pure predicates over coarse page facts and counts (never page text).

export const CONTEXT_RULE_IDS = [
  'reciprocal-read-receipts',
  'reciprocal-presence',
  'group-read-receipts-always',
  'delivery-receipts-always',
  'typing-no-setting',
  'status-viewers-mutual',
  'group-numbers-visible',
  'live-location-linked-device',
  'business-chat-hosting',
  'business-status-webhooks',
] as const

export type ContextRuleId = (typeof CONTEXT_RULE_IDS)[number]

export interface ContextRule {
  id: ContextRuleId
  categories: Category[]
  sources: SourceRef[]
  when: (input: ContextInput) => boolean
}

const n = (input: ContextInput, category: Category): number => input.counts[category] ?? 0
const web = (i: ContextInput) => i.facts.site === 'whatsapp-web'
const oneToOne = (i: ContextInput) => web(i) && i.facts.view === 'one-to-one-chat'
const group = (i: ContextInput) => web(i) && i.facts.view === 'group-chat'
/** A chat whose kind the page's markup doesn't tell: neither group nor one-to-one rules apply. */
const unknownKindChat = (i: ContextInput) => web(i) && i.facts.view === 'unknown-kind-chat'

export const CONTEXT_RULES: readonly ContextRule[] = [
  // RR-7: blue ticks inside the open one-to-one conversation imply your own read receipts were on.
  // Never from chat-list previews (a group's preview says nothing about your setting, and the
  // page-wide count includes previews), never in a business chat (a business can mark messages read).
  {
    id: 'reciprocal-read-receipts',
    categories: ['read-receipt'],
    sources: ['wa-privacy'],
    when: (i) => oneToOne(i) && !i.facts.businessChat && i.facts.readTicksInOpenChat === true,
  },
  // LS-3: seeing someone's last seen / online implies you share yours with at least some people.
  {
    id: 'reciprocal-presence',
    categories: ['last-seen', 'online-presence'],
    sources: ['wa-privacy'],
    when: (i) => oneToOne(i) && (n(i, 'last-seen') > 0 || n(i, 'online-presence') > 0),
  },
  // RR-8: read receipts are always sent in groups.
  { id: 'group-read-receipts-always', categories: ['read-receipt'], sources: ['wa-privacy', 'wa-ticks'], when: group },
  // RR-10, RES-1: true of every chat, so a chat of unknown kind gets it too.
  {
    id: 'delivery-receipts-always',
    categories: ['delivery-receipt'],
    sources: ['wa-privacy', 'res-careless'],
    when: (i) => (oneToOne(i) || group(i) || unknownKindChat(i)) && n(i, 'delivery-receipt') > 0,
  },
  // LS-7
  { id: 'typing-no-setting', categories: ['typing-indicator'], sources: ['wa-privacy'], when: (i) => web(i) && n(i, 'typing-indicator') > 0 },
  // RR-9, ST-3
  {
    id: 'status-viewers-mutual',
    categories: ['status-viewers'],
    sources: ['wa-status-privacy', 'wa-privacy'],
    when: (i) => web(i) && n(i, 'status-viewers') > 0,
  },
  // PR-2, GR-1
  {
    id: 'group-numbers-visible',
    categories: ['group-participants', 'phone-number'],
    sources: ['wa-privacy'],
    when: (i) => web(i) && i.facts.drawer === 'group-info' && n(i, 'group-participants') > 0,
  },
  // LD-1
  { id: 'live-location-linked-device', categories: ['live-location'], sources: ['wa-linked'], when: (i) => web(i) && n(i, 'live-location') > 0 },
  // BZ-1, BZ-3, BZ-4, BZ-5
  {
    id: 'business-chat-hosting',
    categories: ['business-chat-notice'],
    sources: ['wa-biz-chats', 'wa-privacyq', 'dev-no-storage', 'dev-cloud-onprem'],
    when: (i) => web(i) && i.facts.businessChat,
  },
  // BZ-6
  {
    id: 'business-status-webhooks',
    categories: ['business-message-status'],
    sources: ['dev-status'],
    when: (i) => !web(i) && n(i, 'business-message-status') > 0,
  },
]

export function firingRules(input: ContextInput): ContextRule[] {
  return CONTEXT_RULES.filter((rule) => rule.when(input))
}
