import type { Category } from '../shared/categories'
import type { ContextRuleId } from '../notes/context-rules'
import type { ContextInput, ContextNote, SourceRef } from '../notes/types'
import { valueOf, type MySettings, type MySettingValue } from './values'

// Personal rules: pure predicates over the person's own settings (as last read) and the coarse page
// facts. A rule that fires replaces the general note it personalises; when the value it needs is
// unknown or was never read, it does not fire and the general wording stays.

export const PERSONAL_NOTE_IDS = [
  'my-read-receipts-on',
  'my-read-receipts-off-chat',
  'my-read-receipts-off-group',
  'my-last-seen-hidden',
  'my-profile-photo-everyone',
  'my-ip-unprotected',
] as const

export type PersonalNoteId = (typeof PERSONAL_NOTE_IDS)[number]

export interface PersonalRule {
  id: PersonalNoteId
  /** The general notes this one stands in for (none: it adds to them). */
  replaces: readonly ContextRuleId[]
  categories: Category[]
  sources: SourceRef[]
  when: (mine: (id: Parameters<typeof valueOf>[1]) => MySettingValue, input: ContextInput) => boolean
}

const n = (input: ContextInput, category: Category): number => input.counts[category] ?? 0
const web = (i: ContextInput) => i.facts.site === 'whatsapp-web'
const oneToOne = (i: ContextInput) => web(i) && i.facts.view === 'one-to-one-chat'
const group = (i: ContextInput) => web(i) && i.facts.view === 'group-chat'

export const PERSONAL_RULES: readonly PersonalRule[] = [
  // RR-7: on means both directions in one-to-one chats.
  {
    id: 'my-read-receipts-on',
    replaces: ['reciprocal-read-receipts'],
    categories: ['read-receipt'],
    sources: ['wa-privacy'],
    when: (mine, i) => mine('read-receipts') === 'on' && oneToOne(i) && n(i, 'read-receipt') > 0,
  },
  // RR-7: off hides both directions in one-to-one chats.
  {
    id: 'my-read-receipts-off-chat',
    replaces: ['reciprocal-read-receipts'],
    categories: ['read-receipt'],
    sources: ['wa-privacy'],
    when: (mine, i) => mine('read-receipts') === 'off' && oneToOne(i),
  },
  // RR-8: groups always send read receipts, whatever the setting.
  {
    id: 'my-read-receipts-off-group',
    replaces: ['group-read-receipts-always'],
    categories: ['read-receipt'],
    sources: ['wa-privacy', 'wa-ticks'],
    when: (mine, i) => mine('read-receipts') === 'off' && group(i),
  },
  // LS-3: no last seen shared, none seen.
  {
    id: 'my-last-seen-hidden',
    replaces: ['reciprocal-presence'],
    categories: ['last-seen', 'online-presence'],
    sources: ['wa-privacy'],
    when: (mine, i) => mine('last-seen') === 'nobody' && oneToOne(i),
  },
  // PR-1: Everyone means any WhatsApp user who has the number.
  {
    id: 'my-profile-photo-everyone',
    replaces: [],
    categories: ['profile-photo'],
    sources: ['wa-privacy'],
    when: (mine, i) => mine('profile-photo') === 'everyone' && web(i) && n(i, 'profile-photo') > 0,
  },
  // CA-2: without IP protection a one-to-one call may connect peer to peer. No call button is
  // annotated (no category for it), so the note stands beside the one-to-one chat, where calls start.
  {
    id: 'my-ip-unprotected',
    replaces: [],
    categories: [],
    sources: ['meta-eng-calls'],
    when: (mine, i) => mine('protect-ip-in-calls') === 'off' && oneToOne(i),
  },
]

/** The rules that fire for these settings on this page. */
export function firingPersonalRules(settings: MySettings | undefined, input: ContextInput): PersonalRule[] {
  if (!settings) return []
  const mine = (id: Parameters<typeof valueOf>[1]) => valueOf(settings, id)
  return PERSONAL_RULES.filter((rule) => rule.when(mine, input))
}

/**
 * The page's context notes made personal: each firing rule's note comes first, and the general
 * notes it replaces are left out. `personalNote` turns a rule into a note in the person's language.
 */
export function personalize(
  general: readonly ContextNote[],
  settings: MySettings | undefined,
  input: ContextInput,
  personalNote: (rule: PersonalRule) => ContextNote,
): ContextNote[] {
  const rules = firingPersonalRules(settings, input)
  if (!rules.length) return [...general]
  const replaced = new Set<string>(rules.flatMap((r) => r.replaces))
  return [...rules.map(personalNote), ...general.filter((note) => !replaced.has(note.id))]
}
