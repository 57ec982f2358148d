// WhatsApp Web's markup as data: selectors, test ids and icon names the detectors and page facts
// share. No logic. Evidence marks as in words.ts: [C] confirmed by a public source, [I] inferred,
// [G] guessed (see docs/research/whatsapp-dom.md).

/** A message row across generations (research §3). */
export const MESSAGE_SELECTOR = [
  '.message-out', // ≤2025 [C]
  '.message-in', // ≤2025 [C]
  '[data-testid^="conv-msg"]', // 2025-H2+ [C]
  '[data-id^="true_"]', // all generations [C]
  '[data-id^="false_"]', // all generations [C]
].join(',')

/**
 * Your own message row, by its explicit direction: the class (≤2025) [C], the id prefix (all
 * generations) [C], or the conv-msg test id (2025-H2+) [C]. A row of unknown direction is not
 * one of yours: ticks only ever sit on your own messages, so nothing real is lost.
 */
export const OUTGOING_ROW = '.message-out, [data-id^="true_"], [data-testid^="conv-msg"][data-testid*="true_"]'

/**
 * A message row whose markup no longer says who wrote it: since 2026 the row's data-id and its
 * conv-msg test id hold the bare message id [C: three public notes of the live page, 2026-07 to
 * 2026-09; .message-out is gone too]. Rows that still say "false_" are someone else's.
 */
export const UNDIRECTED_ROW = '[data-testid^="conv-msg"]:not([data-testid*="_"]), [data-id]:not([data-id*="_"])'

/** Someone else's message row: the class (≤2025) [C], the id prefix [C] or the conv-msg test id (2025-H2+) [C]. */
export const INCOMING_ROW = '.message-in, [data-id^="false_"], [data-testid^="conv-msg-false_"]'

/** The open chat's message list: only ticks, sender avatars and chat notices live in it. */
export const MESSAGE_LIST = '#main [role="application"]'

/** Where user-written message text lives. Nothing inside is ever annotated by a text rule. */
export const MESSAGE_TEXT_SELECTOR = '[data-pre-plain-text], .selectable-text, [data-testid="msg-text"]'

/** Inside a bubble: message content (media, stickers, link previews), never an avatar. */
export const BUBBLE = '[data-testid="msg-container"], ._amk4, ._amk6, [data-pre-plain-text], .copyable-text'

/**
 * The container WhatsApp gives a notice (encryption, disappearing messages, business…) inside its
 * row: the row and its ids are a message's, only this test id differs [C: the message wrapper module
 * in public copies of WhatsApp Web, msg-notification-container instead of msg-container].
 */
export const NOTIFICATION_CONTAINER = '[data-testid="msg-notification-container"]'

/** A row's id carrier, and the sender name of an incoming group message: "author" / "msg-author" [C], 2024 `_ahxj` [C]. */
export const ROW_ID = '[data-id], [data-testid^="conv-msg"]'
export const SENDER_NAME = '[data-testid="author"], [data-testid="msg-author"], ._ahxj'

/**
 * Header subtitles named by test id: conversation-info-header-status (2021–23) [C], chat-subtitle
 * (2026, the participant list of a group) [C: a public note of the live page, 2026-07-12].
 */
export const SUBTITLE_TESTIDS = '[data-testid="conversation-info-header-status"], [data-testid="chat-subtitle"]'
/** Subtitle candidates; isHeaderSubtitle() checks the #main header context. */
export const SUBTITLE_SELECTOR = `${SUBTITLE_TESTIDS}, span[title]`
/** The chat name in a header: the data-testid era title [C], else the first span[dir] [C]. */
export const HEADER_NAME = '[data-testid="conversation-info-header-chat-title"], span[dir="auto"], span[dir="ltr"], span[dir="rtl"]'

/**
 * Close buttons of right-hand drawers (contact/group/message info): `x` [C], `close-refreshed` [C],
 * `ic-close` [C: WAWebDrawerHeader's WDSIconIcClose], `ic-arrow-back` [C: its narrow-layout back
 * button], the rest [G]. Design-system icons may carry the name only as their svg title.
 */
export const DRAWER_CLOSE_ICONS: ReadonlySet<string> = new Set(['x', 'x-alt', 'x-alt-small', 'close', 'close-refreshed', 'ic-close', 'ic-arrow-back', 'wds-ic-close'])
/** The drawer header's close button [C: WAWebDrawerHeader]. */
export const DRAWER_CLOSE_BUTTON = '[data-testid="btn-closer-drawer"]'

/** 'chat-info': contact or group info of a chat whose kind no structural signal tells. */
export type DrawerKind = 'contact-info' | 'group-info' | 'chat-info' | 'message-info'
/** 'unknown': a chat is open but no structural signal tells a group from a one-to-one chat. */
export type ChatKind = 'group' | 'one-to-one' | 'unknown'

/**
 * Drawer roots by test id. `chat-info-drawer` holds contact and group info alike [C: WhatsApp's
 * info drawers], so its kind comes from the open chat; the others are older names [I]/[G].
 */
export const TESTID_DRAWERS: Readonly<Record<string, DrawerKind | 'by-chat'>> = {
  'chat-info-drawer': 'by-chat',
  'contact-info-drawer': 'contact-info',
  'group-info-drawer': 'group-info',
  'message-info-drawer': 'message-info',
}

/**
 * The design-system tick names of 2026 builds [C: WAWebMessageStatus], by what they draw (see
 * wa.receipts for what each means).
 */
export const DESIGN_SYSTEM_TICK_NAMES = {
  doubleTick: 'wds-ic-read',
  singleTick: 'wds-ic-delivered',
  clock: 'wds-ic-status-pending',
} as const
export const DESIGN_SYSTEM_TICKS: readonly string[] = Object.values(DESIGN_SYSTEM_TICK_NAMES)

/**
 * Every icon except the message ticks (thousands in a long chat, judged by wa.receipts alone) and
 * the bubbles' tails (one per run of messages; no detector reads them).
 */
export const NON_TICK_ICONS = '[data-icon]:not([data-icon^="msg-"]):not([data-icon^="tail-"])'

/**
 * Rail icons by item. Selected items swap to the filled icon [C: WAWebNavBarItem,
 * status-filled-refreshed / settings-filled-refreshed]; status-v3 [C]; the rest [G]. Chats,
 * Channels and Communities are told by their name's prefix (chats…, newsletter… / channel…,
 * communit…) [G].
 */
export const STATUS_RAIL_ICONS: readonly string[] = ['status-v3', 'status-v3-unread', 'status-refreshed', 'status-refreshed-unread', 'status-filled-refreshed', 'wds-ic-status', 'status-outline']
export const SETTINGS_RAIL_ICONS: readonly string[] = ['settings', 'settings-refreshed', 'settings-filled-refreshed', 'wds-ic-settings']
/** Disappearing messages: wds-ic-disappearing-messages [C: WDSIconWdsIcDisappearingMessages, svg title only]; the rest [G]. */
export const DISAPPEARING_ICONS: readonly string[] = ['wds-ic-disappearing-messages', 'disappearing', 'disappearing-refreshed', 'ephemeral', 'timer', 'timer-refreshed', 'settings-disappearing']
/** Encryption rows: lock [C: an icon of WhatsApp's]; the rest [G]. */
export const LOCK_ICONS: readonly string[] = ['lock', 'lock-small', 'lock-refreshed', 'lock-outline', 'security-lock', 'e2e-lock']
/** Status viewers: ic-visibility [C: WAWebStatusSeenCount's WDSIconIcVisibility, possibly as svg title only]; the rest [G]. */
export const EYE_ICONS: readonly string[] = ['ic-visibility', 'status-eye', 'eye', 'eye-refreshed', 'wds-ic-visibility']

/**
 * Default avatars (no photo set): default-user, default-group [I], default-contact-refreshed [C],
 * default-group-refreshed / default-community-refreshed / default-user-refreshed [G].
 */
export const DEFAULT_AVATAR_ICONS: readonly string[] = ['default-user', 'default-group', 'default-contact-refreshed', 'default-group-refreshed', 'default-community-refreshed', 'default-user-refreshed']

/**
 * The default avatar an open chat's header shows when the chat has no photo, by the chat's kind.
 * WhatsApp picks it from the chat's id: DefaultGroupRefreshedIcon for a group, the community icon
 * for a community (a subgroup's header shows its community's), DefaultContactRefreshedIcon for
 * everyone else [C: the WAWebDetailImage and WAWebGroupChatImage modules in public copies of
 * WhatsApp Web]. default-group-refreshed and default-contact-refreshed [C: WAWebDefaultGroupRefreshedIcon
 * and the chat list's default avatar]; default-community-refreshed [I: named after its module,
 * WAWebDefaultCommunityRefreshedIcon]; default-group / default-user, their older names [I: public
 * scripts tell groups in the chat list by default-group].
 */
export const GROUP_AVATAR_ICONS: readonly string[] = ['default-group-refreshed', 'default-community-refreshed', 'default-group']
export const CONTACT_AVATAR_ICONS: readonly string[] = ['default-contact-refreshed', 'default-user']

/**
 * The tail WhatsApp draws on the first bubble of a run of someone else's messages [I: tail-in /
 * tail-out icons on the live page's bubbles, public notes of 2026]: the row's direction when its
 * id no longer says it.
 */
export const INCOMING_TAIL = '[data-icon="tail-in"], [data-testid="tail-in"]'

/**
 * The 2024+ avatar class set [C: a public blur extension, which names it the avatar's container]: it
 * may sit on the img or on a wrapper around it, so both are accepted.
 */
export const AVATAR_CLASSES: readonly string[] = ['x1n2onr6', 'x14yjl9h', 'xudhj91', 'x18nykt9', 'xww2gxu']
/** Profile-picture CDN [I]. */
export const AVATAR_CDN_PREFIX = 'https://pps.whatsapp.net/'

/**
 * Where the app shows its first screen: the chat column (#side, #pane-side) [C], the main pane
 * (#main) [C], the navigation rail: [data-navbar-item] [G], role=navigation / nav [G], or a header
 * holding rail icons (status, settings, chats) [G].
 */
export const SHELL_IDS: readonly string[] = ['side', 'pane-side', 'main']
export const RAIL_MARKERS = '[data-navbar-item], [role="navigation"], nav'

/**
 * The start-up screen: a progress bar or the start-up spinner while the app loads [G]. A progress
 * bar inside a dialog is the status viewer's, not the start-up screen's.
 */
export const LOADING_SCREEN = 'progress, [role="progressbar"], #initial_startup, [data-testid="startup-progress"]'
