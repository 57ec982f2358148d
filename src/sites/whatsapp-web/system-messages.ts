// System and special messages in the open chat: end-to-end encryption notice, disappearing-messages
// notices, live location, view-once media, the business-chat notice.
//
// Signals (icon names [G] unless marked; research §5 guesses lock-small / disappearing):
//  - icon in #main's message list → the notice's button / block (never a block holding message text)
//      encryption: lock-small [C: the notice's LockSmallIcon], lock, lock-refreshed, e2e-notification [G]
//      disappearing: wds-ic-disappearing-messages [C: svg title only], disappearing, disappearing-refreshed,
//        ephemeral, timer [G]
//      live location: live-location, live-location-refreshed, location-live [G]; public copies of
//        WhatsApp's live-location bubble render a map, an avatar and text with no icon, so these
//        names may never match; the bubble has no language-independent signal we could confirm
//      view once: view-once-viewed, view-once-download, view-once-retry, view-once-sunset [C],
//        wds-ic-view-once, wds-ic-view-once-filled [C: svg titles in WhatsApp's WAWebMessageViewOnce
//        module and a public click interceptor], view-once, view-once-refreshed, view-once-photo,
//        view-once-video, media-view-once [G]
//      business: business-notice, biz-notice, business-info [G]
//    Design-system icons carry the name only as their svg title; both are read.
//  - second signal, for encryption and business notices only: a notice row (a [role="row"] in #main
//    that holds no message row) whose text contains a phrase from words.ts. The text is not kept.
//  - WhatsApp renders a notice through the same wrapper as a message (same row, same id attributes)
//    and only names its container apart (layout.NOTIFICATION_CONTAINER; public scripts filter rows
//    by it too). A row holding that container is a notice row, whatever ids it carries.

import type { Category } from '../../shared/categories'
import { queryAll } from '../../shared/dom'
import type { Detector, Match } from '../types'
import { iconOfSvg, listRowsFromTop, messageOf, nonTickIcons, text, titledIcons } from './dom-helpers'
import { DISAPPEARING_ICONS, LOCK_ICONS, MESSAGE_LIST, MESSAGE_SELECTOR, MESSAGE_TEXT_SELECTOR, NOTIFICATION_CONTAINER } from './selectors'
import { createScanContext } from '../scan-context'
import { BUSINESS_NOTICE, ENCRYPTION_NOTICE, foldSeparators, normalize } from './words'

const ICONS: Array<[Category, string[]]> = [
  // The lock and timer names are the drawers' (selectors.ts): the same icons mark the notices.
  ['encryption-notice', [...LOCK_ICONS, 'e2e-notification']],
  ['disappearing-messages', [...DISAPPEARING_ICONS]],
  ['live-location', ['live-location', 'live-location-refreshed', 'location-live']],
  ['view-once', ['view-once-viewed', 'view-once-download', 'view-once-retry', 'view-once-sunset', 'wds-ic-view-once', 'wds-ic-view-once-filled', 'view-once', 'view-once-refreshed', 'view-once-photo', 'view-once-video', 'media-view-once']],
  ['business-chat-notice', ['business-notice', 'biz-notice', 'business-info']],
]
const CATEGORY_BY_ICON = new Map<string, Category>()
for (const [category, names] of ICONS) for (const n of names) CATEGORY_BY_ICON.set(n, category)

/** Categories that live in system rows (no message around them) vs inside a message. */
const IN_MESSAGE: ReadonlySet<Category> = new Set<Category>(['live-location', 'view-once'])

function boxOf(icon: Element): Element {
  const box = icon.closest('[role="button"]')
  const limit = messageOf(icon) ?? icon.closest('[role="row"]')
  if (box && (!limit || limit.contains(box)) && !box.querySelector(MESSAGE_TEXT_SELECTOR)) return box
  const parent = icon.parentElement
  if (parent && !parent.querySelector(MESSAGE_TEXT_SELECTOR) && (!limit || limit.contains(parent))) return parent
  return icon
}

const BUSINESS_WORDS = BUSINESS_NOTICE.map(foldSeparators)
const ENCRYPTION_WORDS = ENCRYPTION_NOTICE.map(foldSeparators)

function noticeCategory(row: Element): Category | null {
  const t = foldSeparators(normalize(text(row)))
  if (BUSINESS_WORDS.some((p) => t.includes(p))) return 'business-chat-notice'
  if (ENCRYPTION_WORDS.some((p) => t.includes(p))) return 'encryption-notice'
  return null
}

function isMessageNode(el: Element): boolean {
  const id = el.getAttribute('data-id') ?? el.getAttribute('data-testid') ?? ''
  return id.startsWith('true_') || id.startsWith('false_') || id.startsWith('conv-msg') || el.matches(MESSAGE_SELECTOR)
}

/** Notice rows: [role="row"] in #main's message list holding no message row. */
/**
 * On a whole-page scan, how many message-list rows the text fallback reads: the encryption and
 * business notices open a chat's history, and a long chat is not read row by row.
 */
const NOTICE_ROWS_ON_PAGE = 60

function noticeRows(root: Element | Document): Element[] {
  const rows = root.nodeType === 9 ? listRowsFromTop(root as Document, NOTICE_ROWS_ON_PAGE) : queryAll(root, '[role="row"]')
  // A rescan of part of a row (an attribute changed inside it) must still see the row's notice.
  const around = root.nodeType === 1 ? (root as Element).parentElement?.closest('[role="row"]') : null
  if (around) rows.unshift(around)
  return rows.filter((row) => {
    const first = row.firstElementChild
    if (!first) return false
    if (isMessageNode(first)) {
      // The common case: a message. A notice wrapped like one names its container apart.
      if (first.querySelector(NOTIFICATION_CONTAINER) === null) return false
    } else if (row.querySelector(MESSAGE_SELECTOR) || row.closest(MESSAGE_SELECTOR)) return false
    return row.closest(MESSAGE_LIST) !== null
  })
}

export const systemMessages: Detector = {
  id: 'wa.system-messages',
  categories: ['encryption-notice', 'disappearing-messages', 'live-location', 'view-once', 'business-chat-notice'],
  watchedAttributes: ['data-icon'],
  find(root, ctx) {
    const out: Match[] = []
    const boxes: Element[] = []
    // No system icon is named msg-…: the shared query leaves out the message ticks. Design-system
    // icons come from the shared svg-title query.
    const named: Array<[Element, string]> = []
    for (const icon of nonTickIcons(root, ctx)) named.push([icon, icon.getAttribute('data-icon') ?? ''])
    // The name first: in today's markup every tick is a titled icon, and finding an icon's element
    // reads text (iconOfSvg), so only the few system icons pay for it.
    for (const title of titledIcons(root, ctx)) {
      const name = title.textContent ?? ''
      if (title.parentElement && CATEGORY_BY_ICON.has(name)) named.push([iconOfSvg(title.parentElement), name])
    }
    for (const [icon, name] of named) {
      const category = CATEGORY_BY_ICON.get(name)
      if (!category) continue
      if (!icon.closest('#main') || icon.closest('#main header, footer, [data-pre-plain-text], .selectable-text')) continue
      const inMessage = messageOf(icon) !== null
      if (inMessage !== IN_MESSAGE.has(category)) continue
      const box = boxOf(icon)
      boxes.push(box)
      out.push({ element: box, category })
    }
    for (const row of noticeRows(root)) {
      // A row whose icon already told its kind is not read again by its words.
      if (boxes.some((el) => row.contains(el))) continue
      const category = noticeCategory(row)
      if (!category) continue
      const box = row.querySelector('[role="button"]') ?? row.firstElementChild ?? row
      out.push({ element: box, category })
    }
    return out
  },
}

/**
 * The open chat shows a business-chat notice (for PageFacts, while annotations are off). Asked of
 * the whole page, as a scan would: notices are only looked for in #main, and their words only in
 * the first rows of the history, so a long chat is not read row by row.
 */
export function hasBusinessNotice(doc: Document): boolean {
  if (!doc.getElementById('main')) return false
  return systemMessages.find(doc, createScanContext()).some((m) => m.category === 'business-chat-notice')
}
