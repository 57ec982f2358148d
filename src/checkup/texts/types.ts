import type { MySettingId } from '../values'
import type { PersonalNoteId } from '../personal-rules'

/** Value labels: every fixed value (counts are shown as numbers). */
export type ValueLabelKey =
  | 'everyone'
  | 'contacts'
  | 'contacts-except'
  | 'only-share-with'
  | 'nobody'
  | 'same-as-last-seen'
  | 'on'
  | 'off'
  | '24h'
  | '7d'
  | '90d'
  | 'unknown'

/** Per setting, per value (or 'count' for any count). A value without an entry has no line. */
export type ByValue = Partial<Record<ValueLabelKey | 'count', string>>

/**
 * The checkup's words in one language. Every claim rests on docs/research/facts.md (ids in the
 * comments of en.ts) or on the Help Center pages named in sources.ts; translations say the same.
 */
export interface CheckupTexts {
  setting: Record<MySettingId, string>
  value: Record<ValueLabelKey, string>
  /** What the setting exposes, one short sentence. */
  exposes: Record<MySettingId, string>
  /** Who can see it, given the value. */
  whoCanSee: Record<MySettingId, ByValue>
  /** A neutral stricter option and what it costs, where one exists. */
  suggestion: Partial<Record<MySettingId, ByValue>>
  personal: Record<PersonalNoteId, { title: string; text: string }>
}
