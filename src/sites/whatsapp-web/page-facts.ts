// Coarse facts about the WhatsApp Web page: is the app shell there, which view is open, what kind
// of chat and drawer, which rail item is selected. Language-independent (ids, roles, icon names,
// structure); never text or names. Selectors and their evidence marks live in selectors.ts.

import { queryAllBeside } from '../../shared/dom'
import type { ViewId } from '../../shared/page'
import { listRowsFromTop, namedIcons } from './dom-helpers'
import { drawers } from './drawer-roots'
import { privacyPanels } from './privacy-settings'
import {
  CONTACT_AVATAR_ICONS,
  GROUP_AVATAR_ICONS,
  INCOMING_ROW,
  INCOMING_TAIL,
  LOADING_SCREEN,
  MESSAGE_LIST,
  MESSAGE_SELECTOR,
  NOTIFICATION_CONTAINER,
  RAIL_MARKERS,
  ROW_ID,
  SENDER_NAME,
  SETTINGS_RAIL_ICONS,
  SHELL_IDS,
  STATUS_RAIL_ICONS,
  TESTID_DRAWERS,
  type ChatKind,
  type DrawerKind,
} from './selectors'

export type RailItem = 'chats' | 'status' | 'settings' | 'channels' | 'communities' | 'profile' | null

/** Icons that only the navigation rail shows: the Status and Settings items (any generation). */
const RAIL_ICON_NAMES: ReadonlySet<string> = new Set([...STATUS_RAIL_ICONS, ...SETTINGS_RAIL_ICONS])
/** How many elements #app must hold before a page without a known landmark counts as the app. */
const SUBSTANTIAL = 40

/**
 * Whether the first pass may run. It runs as soon as any app shell exists: a chat column, the main
 * pane, a navigation rail (by attribute, or by its icons inside a plain header), a drawer, or a
 * Settings › Privacy panel. Failing those, #app with substantial content and no start-up screen
 * also counts: the annotator only starts a pass once the page is idle, so that fallback waits for
 * a quiet page. A page that is still loading is asked again on its next mutations.
 */
export function isReady(doc: Document): boolean {
  const app = doc.getElementById('app')
  if (!app) return false
  if (SHELL_IDS.some((id) => doc.getElementById(id) !== null)) return true
  if (app.querySelector(RAIL_MARKERS) || namedIcons(app, RAIL_ICON_NAMES).length > 0) return true
  if (drawers(doc).length > 0 || privacyPanels(doc).length > 0) return true
  return app.querySelectorAll('*').length >= SUBSTANTIAL && !showsStartupScreen(app)
}

function showsStartupScreen(app: Element): boolean {
  for (const el of Array.from(app.querySelectorAll(LOADING_SCREEN))) if (!el.closest('[role="dialog"]')) return true
  return false
}

export function statusViewerOpen(doc: Document): boolean {
  return queryAllBeside(doc, MESSAGE_LIST, '[role="dialog"] :is([role="progressbar"], [data-testid="status-progress-bar-segment"])').length > 0
}

export function viewOf(doc: Document): ViewId {
  if (!isReady(doc)) return 'loading'
  if (statusViewerOpen(doc)) return 'status'
  const rail = selectedRailItem(doc)
  if (rail === 'status') return 'status'
  if (rail === 'settings') return 'settings'
  const kind = chatKind(doc)
  if (kind === 'group') return 'group-chat'
  if (kind === 'one-to-one') return 'one-to-one-chat'
  if (kind === 'unknown') return 'unknown-kind-chat'
  if (doc.getElementById('pane-side') || doc.getElementById('side')) return 'chat-list'
  if (privacyPanels(doc).length > 0) return 'settings'
  return 'other'
}

/** How many rows from the top of the message list chatKind reads (WhatsApp renders a few dozen). */
const KIND_ROWS = 60
const GROUP_AVATAR_ICON_SET: ReadonlySet<string> = new Set(GROUP_AVATAR_ICONS)
const CONTACT_AVATAR_ICON_SET: ReadonlySet<string> = new Set(CONTACT_AVATAR_ICONS)

/**
 * Group, one-to-one or 'unknown', for the open chat #main; null when no chat is open. Structure
 * only: it never reads the header's subtitle, which in a group lists the members' names, nor any
 * other text. Reads a bounded number of rows: a page-wide query that finds nothing walks every row
 * of a long chat.
 */
export function chatKind(doc: Document): ChatKind | null {
  const main = doc.getElementById('main')
  if (!main) return null
  const rows = listRowsFromTop(doc, KIND_ROWS)
  // 1. jids [C]: up to 2025 every row carries the chat's jid; group jids end in @g.us.
  for (const row of rows) {
    const el = row.matches(ROW_ID) ? row : row.querySelector(ROW_ID)
    const id = `${el?.getAttribute('data-id') ?? ''} ${el?.getAttribute('data-testid') ?? ''}`
    if (id.includes('@')) return id.includes('@g.us') ? 'group' : 'one-to-one'
  }
  // 2. sender names on incoming rows [C].
  if (rows.some((row) => row.querySelector(SENDER_NAME) !== null)) return 'group'
  // 3. the header's default avatar, drawn by the chat's kind when it has no photo [C].
  const header = main.querySelector('header')
  if (header) {
    if (namedIcons(header, GROUP_AVATAR_ICON_SET).length > 0) return 'group'
    if (namedIcons(header, CONTACT_AVATAR_ICON_SET).length > 0) return 'one-to-one'
  }
  // 4. someone else's messages and not one sender name: a group names the sender on the first
  //    bubble of each run [I].
  if (rows.some(isIncomingMessage)) return 'one-to-one'
  // Nothing structural tells (an empty chat with a photo, or only your own messages): no guess.
  return 'unknown'
}

/** A row holding someone else's message (not a notice): by its direction marker or its tail. */
function isIncomingMessage(row: Element): boolean {
  if (row.querySelector(NOTIFICATION_CONTAINER)) return false
  return row.matches(INCOMING_ROW) || row.querySelector(`${INCOMING_ROW}, ${INCOMING_TAIL}`) !== null
}

/**
 * The selected rail item. Signals: a selection attribute (data-navbar-item-selected [G],
 * aria-pressed / aria-selected / aria-current [G]) on an element holding a rail icon, or, with no
 * such attribute, the filled icon WhatsApp swaps in for the selected item [C: WAWebNavBarItem]. The
 * icon name tells which item it is. The chat list's selected row and dialogs are not the rail.
 */
export function selectedRailItem(doc: Document): RailItem {
  const marked = queryAllBeside(doc, MESSAGE_LIST, '[data-navbar-item-selected="true"], [aria-pressed="true"], [aria-selected="true"], [aria-current="page"], [aria-current="true"]')
  for (const item of marked) {
    if (item.closest('#main, #pane-side, [role="dialog"]')) continue
    const found = railItemOf(item)
    if (found) return found
  }
  for (const icon of queryAllBeside(doc, MESSAGE_LIST, '[data-icon*="-filled"]')) {
    if (icon.closest('#main, #pane-side, [role="dialog"]')) continue
    const found = railItemOfIcon(icon.getAttribute('data-icon') ?? '')
    if (found) return found
  }
  return null
}

function railItemOf(item: Element): RailItem {
  const fromIcon = railItemOfIcon(item.querySelector('[data-icon]')?.getAttribute('data-icon') ?? item.querySelector('svg > title')?.textContent ?? '')
  if (fromIcon) return fromIcon
  if (item.querySelector('img, [data-icon^="default-"]')) return 'profile'
  return null
}

function railItemOfIcon(icon: string): RailItem {
  if (STATUS_RAIL_ICONS.includes(icon)) return 'status'
  if (SETTINGS_RAIL_ICONS.includes(icon)) return 'settings'
  if (icon.startsWith('chats')) return 'chats'
  if (icon.startsWith('newsletter') || icon.startsWith('channel')) return 'channels'
  if (icon.startsWith('communit')) return 'communities'
  return null
}

// ---------------------------------------------------------------------------------------- drawers

/** Ticks a Message info drawer shows beside its sections (never in contact or group info) [C names]. */
export const SECTION_TICKS = ['msg-dblcheck', 'msg-dblcheck-ack', 'msg-check', 'msg-time', 'msg-played', 'status-dblcheck', 'status-check', 'wds-ic-read', 'wds-ic-delivered']
const SECTION_TICK_SET: ReadonlySet<string> = new Set(SECTION_TICKS)

/**
 * Kind of a drawer, language-independent: its test id; else message info when it holds a copy of a
 * message or tick icons (contact and group info show neither); else the open chat's kind decides,
 * and 'chat-info' (contact or group info) when that kind is unknown.
 */
export function drawerKind(drawer: Element): DrawerKind {
  const known = TESTID_DRAWERS[drawer.getAttribute('data-testid') ?? '']
  if (known && known !== 'by-chat') return known
  if (drawer.querySelector(MESSAGE_SELECTOR) || namedIcons(drawer, SECTION_TICK_SET).length > 0) return 'message-info'
  const kind = chatKind(drawer.ownerDocument)
  if (kind === 'group') return 'group-info'
  if (kind === 'one-to-one') return 'contact-info'
  return 'chat-info'
}

/** The kind of the drawer open on the page (the last one, on top), or 'none'. */
export function drawerOfPage(doc: Document): DrawerKind | 'none' {
  const found = drawers(doc)
  return found.length > 0 ? drawerKind(found[found.length - 1]!) : 'none'
}
