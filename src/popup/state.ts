import { CATEGORY_GROUPS, type Category, type CategoryGroup } from '../shared/categories'
import type { DetectorHealth, PageSummary, SiteId } from '../shared/page'
import type { Settings } from '../settings/schema'
import type { Audience, ContextNote, Lang, Note, Region } from '../notes/types'
import type { MySettingsState } from './components/MySettings'

// One plain object describes everything the popup shows. load-state.ts builds it from the
// browser; tests build it by hand. Components only derive cheap things from it.

export interface ConsoleSwitch {
  id: SiteId
  name: string
  origins: string[]
  /** Host permission currently granted. */
  granted: boolean
  /** A request/removal is in flight. */
  busy?: boolean
}

export type AnnotateStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'done'; ok: boolean; error?: string }

export interface Labels {
  audience: Record<Audience, string>
  region: Record<Region, string>
}

interface CommonState {
  lang: Lang
  /** The tab this popup describes; null when none could be found. */
  tabId: number | null
  settings: Settings
  /** Non-empty when loadSettings repaired corrupt stored values. */
  settingsProblems: string[]
  consoles: ConsoleSwitch[]
  /** Notes by category, in the UI language (titles are used for the category switches). */
  notes: Partial<Record<Category, Note>>
  labels: Labels
  /** Your own privacy settings as last read on WhatsApp Web (storage.local); absent until loaded. */
  mySettings?: MySettingsState
}

export interface SupportedState extends CommonState {
  kind: 'supported'
  summary: PageSummary
  contextNotes: ContextNote[]
}

export interface ElsewhereState extends CommonState {
  kind: 'elsewhere'
  annotate: AnnotateStatus
}

export type PopupState = { kind: 'loading' } | SupportedState | ElsewhereState

// ---- pure derivations (tested directly and through components) ----

export interface DetectedCategory {
  category: Category
  count: number
}

export interface DetectedGroup {
  group: CategoryGroup
  items: DetectedCategory[]
}

/** Detected categories (count > 0), grouped in CATEGORY_GROUPS order. */
export function detectedGroups(summary: PageSummary): DetectedGroup[] {
  const out: DetectedGroup[] = []
  for (const [group, members] of Object.entries(CATEGORY_GROUPS) as [CategoryGroup, readonly Category[]][]) {
    const items = members
      .map((category) => ({ category, count: summary.counts[category] ?? 0 }))
      .filter((d) => d.count > 0)
    if (items.length) out.push({ group, items })
  }
  return out
}

/** Core detectors that found nothing on a page that has finished loading. */
export function failingCoreDetectors(summary: PageSummary): DetectorHealth[] {
  if (!summary.ready) return []
  return summary.health.filter((h) => h.core && (h.status === 'no-match' || h.status === 'failed'))
}

export function needsHealthWarning(summary: PageSummary): boolean {
  return failingCoreDetectors(summary).length > 0
}
