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

import { queryAll } from '../../shared/dom'
import type { Detector, Match } from '../types'
import { add } from './layout'

const DEFAULT_ICONS = [
  'default-user',
  'default-group',
  'default-contact-refreshed',
  'default-group-refreshed',
  'default-community-refreshed',
  'default-user-refreshed',
]

const ICON_SELECTOR = DEFAULT_ICONS.map((n) => `[data-icon="${n}"],[data-testid="${n}"]`).join(',')
const CLASS_SELECTOR = 'img.x1n2onr6.x14yjl9h.xudhj91.x18nykt9.xww2gxu'
const CDN_SELECTOR = 'img[src^="https://pps.whatsapp.net/"]'
const STRUCTURE_SELECTOR = [
  '#pane-side [role="row"] img',
  '#pane-side [role="listitem"] img',
  '#main header img',
  '#side header img',
  '[data-navbar-item] img',
  '#main .message-in img',
  '#main [data-id^="false_"] img',
].join(',')

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
  watchedAttributes: ['data-icon', 'src'],
  find(root) {
    const out: Match[] = []
    const seen = new Set<Element>()
    for (const el of queryAll(root, ICON_SELECTOR)) {
      // The testid-era pair (data-testid + data-icon on one span) is one element; skip a nested mirror.
      if (el.parentElement?.closest(ICON_SELECTOR)) continue
      add(out, seen, el, 'profile-photo')
    }
    for (const el of queryAll(root, `${CDN_SELECTOR},${CLASS_SELECTOR}`)) {
      if (!isEmoji(el)) add(out, seen, el, 'profile-photo')
    }
    for (const el of queryAll(root, STRUCTURE_SELECTOR)) {
      if (seen.has(el) || isEmoji(el)) continue
      if (el.closest('#main') && el.closest(BUBBLE)) continue
      add(out, seen, el, 'profile-photo')
    }
    return out
  },
}
