// Profile photos: every avatar (chat list, chat header, your own avatar in the rail or side header,
// group senders, drawers: contact and group photo, members, groups in common, "read by" lists),
// including default avatars.
//
// An image is a profile photo on one strong signal, or two weak ones that agree:
//  strong — a default-avatar icon (data-icon, or data-testid in 2021–23) (selectors.DEFAULT_AVATAR_ICONS);
//         — the profile-picture CDN in src [I];
//         — the 2024+ avatar class set [C], on the img or on a wrapper up to two levels above it
//           (either may carry it; the img then has classes of its own).
//         — an avatar's own slot: a chat-list row, the open chat's header, the side header, a
//           [data-navbar-item], an incoming message row outside the bubble [I] (2021–23 has no
//           stable class, and these places hold no other image).
//  weak   — a wider place: a rail however marked up (a header or nav holding the Status or
//           Settings icon), a drawer's top block or one of its list rows, a message row outside
//           its bubble (rows whose direction the markup no longer writes), or in a dialog beside a
//           name (the status viewer's header and its viewers) [I]; the Status screen's rows show
//           thumbnails of the status beside names, so that place alone is not enough;
//         — it is drawn as a decoration: empty alt or draggable="false" [I] (WhatsApp's avatar
//           images are both; content images carry a description).
// Never: emoji images (img.emoji / data-plain-text, or inside a span[dir] text run), media inside a
// bubble, the copy of a message in Message info.

import type { Detector, Match } from '../types'
import { eachMatch, iconsNamedByTestidOnly, namedIcons, nonTickIcons } from './dom-helpers'
import { drawerOf } from './drawer-roots'
import {
  AVATAR_CDN_PREFIX,
  AVATAR_CLASSES,
  BUBBLE,
  DEFAULT_AVATAR_ICONS,
  INCOMING_ROW,
  MESSAGE_SELECTOR,
  SETTINGS_RAIL_ICONS,
  STATUS_RAIL_ICONS,
} from './selectors'

const DEFAULT_ICON_SET: ReadonlySet<string> = new Set(DEFAULT_AVATAR_ICONS)
const RAIL_ICON_SET: ReadonlySet<string> = new Set([...STATUS_RAIL_ICONS, ...SETTINGS_RAIL_ICONS])
const ICON_SCAN = '[data-icon^="default-"],[data-testid^="default-"]'
const TESTID_SCAN = '[data-testid^="default-"]'
/** Places where an avatar sits, checked with closest() on each img. */
const SLOTS = '#pane-side [role="row"], #pane-side [role="listitem"], #main header, #side header, [data-navbar-item]'
/** How far above the img a wrapper may carry the avatar class set. */
const WRAPPER_LEVELS = 2

function isDefaultIcon(el: Element): boolean {
  return DEFAULT_ICON_SET.has(el.getAttribute('data-icon') ?? '') || DEFAULT_ICON_SET.has(el.getAttribute('data-testid') ?? '')
}

function isEmoji(img: Element): boolean {
  if (img.classList.contains('emoji') || img.hasAttribute('data-plain-text')) return true
  return img.closest('span[dir], .selectable-text') !== null
}

function hasAvatarClasses(el: Element): boolean {
  return AVATAR_CLASSES.every((c) => el.classList.contains(c))
}

function strongSignal(img: Element): boolean {
  if ((img.getAttribute('src') ?? '').startsWith(AVATAR_CDN_PREFIX) || hasAvatarClasses(img)) return true
  let wrapper = img.parentElement
  for (let level = 0; wrapper && level < WRAPPER_LEVELS; level++, wrapper = wrapper.parentElement) {
    if (hasAvatarClasses(wrapper)) return wrapper.querySelectorAll('img').length === 1
  }
  return false
}

function isDecoration(img: Element): boolean {
  return img.getAttribute('alt') === '' || img.getAttribute('draggable') === 'false'
}

/** A header outside the chat and the drawers that holds rail icons: a navigation rail, however marked up. */
function inRail(img: Element): boolean {
  const header = img.closest('header, nav, [role="navigation"]')
  if (!header || header.closest('#main, #side') || drawerOf(header)) return false
  return header.matches('nav, [role="navigation"]') || namedIcons(header, RAIL_ICON_SET).length > 0
}

/** In a drawer: its top block (before the first heading) or one of its list rows; never a message copy. */
function inDrawerSlot(img: Element): boolean {
  const drawer = drawerOf(img)
  if (!drawer || img.closest(MESSAGE_SELECTOR)) return false
  if (img.closest('[role="listitem"]')) return true
  const heading = drawer.querySelector('h2, [role="heading"]:not(header *)')
  return !!heading && (img.compareDocumentPosition(heading) & 4) !== 0
}

function inAvatarSlot(img: Element): boolean {
  const inMain = img.closest('#main') !== null
  if (inMain && img.closest(BUBBLE)) return false
  return img.closest(SLOTS) !== null || (inMain && img.closest(INCOMING_ROW) !== null)
}

/** How far up from the img a name may sit beside it (img → wrapper → row). */
const BESIDE_LEVELS = 3

function besideName(img: Element): boolean {
  let node: Element | null = img
  for (let level = 0; node && level < BESIDE_LEVELS; level++, node = node.parentElement) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) if (sib.matches('span[dir]') || sib.querySelector('span[dir]')) return true
  }
  return false
}

/** What a bubble holds beside media: text, its time and ticks, its tail. */
const BUBBLE_PARTS = '[data-pre-plain-text], .selectable-text, [data-testid="msg-meta"], span[dir], [data-icon^="tail-"]'

/**
 * In a message row but beside the bubble: the row's child that holds the img holds none of the
 * bubble's parts (a photo in a message sits with its time and ticks, whatever its classes).
 */
function besideBubble(img: Element): boolean {
  const row = img.closest(MESSAGE_SELECTOR)
  if (!row || img.closest(BUBBLE)) return false
  let block: Element = img
  while (block.parentElement && block.parentElement !== row) block = block.parentElement
  return block.querySelector(BUBBLE_PARTS) === null
}

function inWiderPlace(img: Element): boolean {
  if (img.closest('#main')) return besideBubble(img)
  return inRail(img) || inDrawerSlot(img) || (img.closest('[role="dialog"]') !== null && besideName(img))
}

export const avatars: Detector = {
  id: 'wa.avatars',
  categories: ['profile-photo'],
  // Your own avatar is on every screen (rail or side header): none at all means the layout was not recognised.
  core: true,
  watchedAttributes: ['data-icon', 'src'],
  find(root, ctx) {
    const out: Match[] = []
    const visitIcon = (el: Element) => {
      if (!isDefaultIcon(el)) return
      // The testid-era pair (data-testid + data-icon on one span) is one element; skip a nested mirror.
      const outer = el.parentElement?.closest(ICON_SCAN)
      if (outer && isDefaultIcon(outer)) return
      out.push({ element: el, category: 'profile-photo' })
    }
    for (const el of nonTickIcons(root, ctx)) if (el.getAttribute('data-icon')!.startsWith('default-')) visitIcon(el)
    if (iconsNamedByTestidOnly(root, ctx)) eachMatch(root, TESTID_SCAN, visitIcon)
    eachMatch(root, 'img', (img) => {
      if (isEmoji(img)) return
      if (strongSignal(img) || inAvatarSlot(img) || (isDecoration(img) && inWiderPlace(img))) out.push({ element: img, category: 'profile-photo' })
    })
    return out
  },
}
