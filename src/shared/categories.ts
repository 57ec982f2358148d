// The category ids are a public contract: they appear in the DOM (data-privacy-note),
// in the popup (data-category) and in tests. Never rename one.

export const WHATSAPP_WEB_CATEGORIES = [
  'read-receipt',
  'delivery-receipt',
  'sent-receipt',
  'pending',
  'last-seen',
  'online-presence',
  'typing-indicator',
  'status-update',
  'status-viewers',
  'profile-photo',
  'about',
  'phone-number',
  'group-participants',
  'message-info',
  'disappearing-messages',
  'view-once',
  'encryption-notice',
  'business-chat-notice',
  'privacy-setting',
  'live-location',
] as const

export const BUSINESS_CATEGORIES = [
  'business-message-status',
  'business-analytics',
  'business-phone-quality',
  'business-template',
  'customer-phone-number',
  'webhook-config',
] as const

export const CATEGORIES = [...WHATSAPP_WEB_CATEGORIES, ...BUSINESS_CATEGORIES] as const

export type WhatsAppWebCategory = (typeof WHATSAPP_WEB_CATEGORIES)[number]
export type BusinessCategory = (typeof BUSINESS_CATEGORIES)[number]
export type Category = (typeof CATEGORIES)[number]

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES)

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && CATEGORY_SET.has(value)
}

/** Popup groups, in display order. */
export const CATEGORY_GROUPS = {
  receipts: ['read-receipt', 'delivery-receipt', 'sent-receipt', 'pending', 'message-info'],
  presence: ['last-seen', 'online-presence', 'typing-indicator'],
  profile: ['profile-photo', 'about', 'phone-number', 'privacy-setting'],
  status: ['status-update', 'status-viewers'],
  groups: ['group-participants'],
  chat: ['encryption-notice', 'disappearing-messages', 'view-once', 'live-location', 'business-chat-notice'],
  business: BUSINESS_CATEGORIES,
} as const satisfies Record<string, readonly Category[]>

export type CategoryGroup = keyof typeof CATEGORY_GROUPS

export function groupOf(category: Category): CategoryGroup {
  for (const [group, members] of Object.entries(CATEGORY_GROUPS)) {
    if ((members as readonly Category[]).includes(category)) return group as CategoryGroup
  }
  return 'chat'
}
