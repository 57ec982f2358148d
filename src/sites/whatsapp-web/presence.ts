// Presence in the open chat's header and "typing…" in chat-list previews.
//
// Header subtitle (the line under the chat name in #main header):
//   structure first — data-testid "conversation-info-header-status" (2021–23) [C] or "chat-subtitle"
//   (2026 groups) [C], or a span[title]
//   after the name (span[dir]) in the header's title block (2022–2026) [C];
//   group vs one-to-one by page-facts' chatKind (jids, sender names, the header's default avatar,
//   someone else's messages without sender names; never the subtitle's text).
//   Group chat, or a chat of unknown kind → nothing, and this detector reads none of the subtitle's
//   text (presence is read only where a structural signal says one-to-one): in a group the line lists the
//   members' names [C], and "Ana is typing…" replaces it with a name. Names never sit inside an
//   annotated element (issue 19), and the header shows no count or icon of its own for the members,
//   so group participants are annotated on the group-info drawer's "N members" count (wa.drawers).
//   One-to-one → typing / online / last seen from words.ts (second signal), with structural fallbacks:
//   a time-like digit pattern → last seen [I]; a trailing "…" → typing/recording [I]. Unknown text → nothing.
// Chat-list typing: a span without dir (UI string, not user text [I]) in the preview slot
//   (`._ak8k` 2024+ [C], `[data-testid="last-msg-status"]` 2021–23 [C]) whose text is a typing word or ends in "…" [G].

import { queryAll } from '../../shared/dom'
import type { Detector, Match } from '../types'
import { isHeaderSubtitle, text } from './dom-helpers'
import { chatKind } from './page-facts'
import { MESSAGE_LIST, SUBTITLE_SELECTOR } from './selectors'
import { LAST_SEEN_PREFIXES, ONLINE, isTypingText, normalize } from './words'

const PREVIEW_SLOT = '._ak8k, [data-testid="last-msg-status"]'

const TIME_LIKE = /[0-9٠-٩०-९]{1,2}\s?[:.h]\s?[0-9٠-٩०-९]{2}|[0-9٠-٩०-९]{1,2}[./][0-9٠-٩०-९]{1,2}[./][0-9٠-٩०-९]{2,4}/

/** A chat-list row: the preview line lives inside one. */
const CHAT_ROW = '#pane-side [role="row"], #pane-side [role="listitem"]'

/**
 * Spans that may show a chat-list preview within root: those of the preview slots (few per page),
 * or, where no slot is known by class (a new build renamed it), the spans of the chat-list rows;
 * only a typing word counts there (two signals: the row and the word).
 */
function previewSpans(root: Element | Document): { spans: Element[]; bySlot: boolean } {
  if (root.nodeType === 1 && (root as Element).closest(PREVIEW_SLOT)) {
    return { spans: (root as Element).closest('#pane-side') ? queryAll(root, 'span') : [], bySlot: true }
  }
  const spans: Element[] = []
  for (const slot of queryAll(root, PREVIEW_SLOT)) {
    if (slot.closest('#pane-side')) spans.push(...Array.from(slot.querySelectorAll('span')))
  }
  if (spans.length > 0 || (root.nodeType === 9 ? (root as Document).querySelector(PREVIEW_SLOT) : null)) return { spans, bySlot: true }
  const inRow = root.nodeType === 1 && (root as Element).closest(CHAT_ROW) ? queryAll(root, 'span') : queryAll(root, `${CHAT_ROW} span`)
  return { spans: inRow, bySlot: false }
}

export type Presence = 'typing-indicator' | 'online-presence' | 'last-seen'

export function classifyPresence(raw: string): Presence | null {
  const t = normalize(raw)
  if (!t) return null
  if (isTypingText(t)) return 'typing-indicator'
  if ((ONLINE as readonly string[]).includes(t)) return 'online-presence'
  if (LAST_SEEN_PREFIXES.some((p) => t.startsWith(p))) return 'last-seen'
  if (TIME_LIKE.test(t)) return 'last-seen'
  if (t.endsWith('…') && t.length <= 60) return 'typing-indicator'
  return null
}

export const presence: Detector = {
  id: 'wa.presence',
  skipInside: MESSAGE_LIST,
  categories: ['last-seen', 'online-presence', 'typing-indicator'],
  watchedAttributes: ['title'],
  watchesText: true,
  find(root) {
    const out: Match[] = []
    const subtitles = queryAll(root, SUBTITLE_SELECTOR).filter(isHeaderSubtitle)
    // A group's subtitle holds names: the chat must be known to be one-to-one before any text is read.
    if (subtitles.length > 0 && chatKind(subtitles[0]!.ownerDocument) === 'one-to-one') {
      for (const el of subtitles) {
        // Text content first (it changes live; watchesText), title as fallback.
        const raw = text(el) || el.getAttribute('title') || ''
        const p = classifyPresence(raw)
        if (p) out.push({ element: el, category: p })
      }
    }
    const { spans, bySlot } = previewSpans(root)
    for (const el of spans) {
      if (el.hasAttribute('data-icon') || el.closest('[data-icon]')) continue
      const slot = bySlot ? el.closest(PREVIEW_SLOT) : el.closest(CHAT_ROW)
      if (!slot) continue
      const dir = el.closest('[dir]')
      if (dir && slot.contains(dir)) continue // user text (message preview, sender name)
      if (el.querySelector('[dir], [data-icon]')) continue // holds user text or an icon: not the indicator itself
      const t = normalize(text(el))
      if (!(isTypingText(t) || (bySlot && t.endsWith('…') && t.length <= 60))) continue
      // The innermost span holding the whole typing text.
      if (Array.from(el.children).some((c) => c.tagName === 'SPAN' && normalize(text(c)) === t)) continue
      out.push({ element: el, category: 'typing-indicator' })
    }
    return out
  },
}
