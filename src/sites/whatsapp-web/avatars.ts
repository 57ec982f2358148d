// Profile photos: every avatar (chat list, chat header, own avatar in the rail / side header,
// group senders, info drawers, participant and "read by" lists), including default avatars.
//
// Signals, in order of trust:
//  1. default-avatar icons (data-icon, mirrored by data-testid in 2021–23): default-user, default-group [I],
//     default-contact-refreshed [C], default-group-refreshed / default-community-refreshed [G]
//  2. profile-picture CDN: img[src^="https://pps.whatsapp.net/"] [I]
//  3. 2024+ avatar image class set `x1n2onr6 x14yjl9h xudhj91 x18nykt9 xww2gxu` [C]
//  4. structure (2021–23, no stable class): an img in a chat-list row (#pane-side), in #main header,
//     in the side header, in a rail item, or in an incoming message row but outside its bubble [I]
// Never: emoji images (img.emoji / data-plain-text, or inside a span[dir] text run), media inside a bubble.

import type { Detector, Match } from '../types'
import { add, eachMatch, iconsNamedByTestidOnly, nonTickIcons } from './layout'

const DEFAULT_ICONS = [
  'default-user',
  'default-group',
  'default-contact-refreshed',
  'default-group-refreshed',
  'default-community-refreshed',
  'default-user-refreshed',
]

const DEFAULT_ICON_SET: ReadonlySet<string> = new Set(DEFAULT_ICONS)
const ICON_SCAN = '[data-icon^="default-"],[data-testid^="default-"]'
const TESTID_SCAN = '[data-testid^="default-"]'
const AVATAR_CLASSES = ['x1n2onr6', 'x14yjl9h', 'xudhj91', 'x18nykt9', 'xww2gxu']
const CDN_PREFIX = 'https://pps.whatsapp.net/'
/** Structural avatar slots (2021–23): checked with closest() on each img. */
const SLOTS = '#pane-side [role="row"], #pane-side [role="listitem"], #main header, #side header, [data-navbar-item]'
const INCOMING = '.message-in, [data-id^="false_"]'

function isDefaultIcon(el: Element): boolean {
  return DEFAULT_ICON_SET.has(el.getAttribute('data-icon') ?? '') || DEFAULT_ICON_SET.has(el.getAttribute('data-testid') ?? '')
}

/** Inside a bubble: message content (media, stickers, link previews), never an avatar. */
const BUBBLE = '[data-testid="msg-container"], ._amk4, ._amk6, [data-pre-plain-text], .copyable-text'

function isEmoji(img: Element): boolean {
  if (img.classList.contains('emoji') || img.hasAttribute('data-plain-text')) return true
  return img.closest('span[dir], .selectable-text') !== null
}

export const avatars: Detector = {
  id: 'wa.avatars',
  categories: ['profile-photo'],
  core: true,
  // The status and settings screens legitimately show none.
  coreViews: ['chat-list', 'one-to-one-chat', 'group-chat'],
  watchedAttributes: ['data-icon', 'src'],
  find(root) {
    const out: Match[] = []
    const seen = new Set<Element>()
    const visitIcon = (el: Element) => {
      if (seen.has(el) || !isDefaultIcon(el)) return
      // The testid-era pair (data-testid + data-icon on one span) is one element; skip a nested mirror.
      const outer = el.parentElement?.closest(ICON_SCAN)
      if (outer && isDefaultIcon(outer)) return
      add(out, seen, el, 'profile-photo')
    }
    // The icon query is shared with other detectors in the same scan (a long chat is walked once).
    for (const el of nonTickIcons(root)) if (el.getAttribute('data-icon')!.startsWith('default-')) visitIcon(el)
    if (iconsNamedByTestidOnly(root)) eachMatch(root, TESTID_SCAN, visitIcon)
    eachMatch(root, 'img', (img) => {
      if (isEmoji(img)) return
      const src = img.getAttribute('src') ?? ''
      const cls = img.classList
      if (src.startsWith(CDN_PREFIX) || AVATAR_CLASSES.every((c) => cls.contains(c))) {
        add(out, seen, img, 'profile-photo')
        return
      }
      const inMain = img.closest('#main') !== null
      if (!img.closest(SLOTS) && !(inMain && img.closest(INCOMING))) return
      if (inMain && img.closest(BUBBLE)) return
      add(out, seen, img, 'profile-photo')
    })
    return out
  },
}
