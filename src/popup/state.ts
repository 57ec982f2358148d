import { CATEGORY_GROUPS, type Category, type CategoryGroup } from '../shared/categories'
import type { DetectorHealth, PageSummary, SiteId } from '../shared/page'
import type { Settings } from '../settings/schema'
import type { ContextNote, Lang, Note } from '../notes/types'
import type { Labels } from '../ui/labels'
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

/** The last settings write: nothing to report, or failed (the popup shows the stored settings meanwhile). */
export type SaveStatus = { kind: 'idle' } | { kind: 'failed'; error: string }

export type AnnotateStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'done'; ok: boolean; error?: string }

export type { Labels } from '../ui/labels'

interface CommonState {
  lang: Lang
  /** The tab this popup describes; null when none could be found. */
  tabId: number | null
  settings: Settings
  /** Non-empty when loadSettings repaired corrupt stored values. */
  settingsProblems: string[]
  /** Absent means idle. */
  save?: SaveStatus
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

/** A count worth showing: a positive whole number (anything else in a summary is ignored). */
const validCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n > 0

/** Detected categories (count > 0), grouped in CATEGORY_GROUPS order. */
export function detectedGroups(summary: PageSummary): DetectedGroup[] {
  const counts: Record<string, unknown> = summary.counts && typeof summary.counts === 'object' ? summary.counts : {}
  const out: DetectedGroup[] = []
  for (const [group, members] of Object.entries(CATEGORY_GROUPS) as [CategoryGroup, readonly Category[]][]) {
    const items = members
      .map((category) => ({ category, count: counts[category] }))
      .filter((d): d is DetectedCategory => validCount(d.count))
    if (items.length) out.push({ group, items })
  }
  return out
}

/** What the one-line summary says: elements marked and how many kinds (categories) they are. */
export function summaryTotals(groups: DetectedGroup[]): { elements: number; kinds: number } {
  const items = groups.flatMap((g) => g.items)
  return { elements: items.reduce((sum, d) => sum + d.count, 0), kinds: items.length }
}

/** Core detectors that found nothing on a page that has finished loading. */
export function failingCoreDetectors(summary: PageSummary): DetectorHealth[] {
  if (!summary.ready || !Array.isArray(summary.health)) return []
  return summary.health.filter(
    (h) => !!h && typeof h === 'object' && h.core === true && (h.status === 'no-match' || h.status === 'failed'),
  )
}

export function needsHealthWarning(summary: PageSummary): boolean {
  return failingCoreDetectors(summary).length > 0
}
