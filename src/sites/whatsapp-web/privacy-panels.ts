// Which Settings › Privacy panel is open, for the privacy-settings detector, and the hand-over of the
// rows it finds to the privacy reader (privacy-values.ts). The reader is not part of the WhatsApp
// Web content script: it is loaded into the page only once a Privacy panel has been seen
// (checkup/content.ts), so everyday chats carry neither it nor the words of the values.

import type { MySettingId, Reading } from '../../checkup/values'
import { ROW_NAMES, type RowKind } from './privacy-words'
import { normalize } from './words'

export const ROW_BY_NAME = new Map<string, RowKind>()
for (const [kind, names] of Object.entries(ROW_NAMES) as [RowKind, readonly string[]][]) {
  for (const name of names) ROW_BY_NAME.set(normalize(name), kind)
}

/** Sub-panels (by the row that opens them) and the radio settings they hold, in page order. */
export const RADIO_SETTINGS: Partial<Record<RowKind, readonly MySettingId[]>> = {
  'last-seen-and-online': ['last-seen', 'online'],
  'profile-photo': ['profile-photo'],
  about: ['about'],
  status: ['status'],
  groups: ['groups'],
  'default-timer': ['default-timer'],
}
/** Sub-panels holding switches only. */
const SWITCH_PANELS: ReadonlySet<RowKind> = new Set(['calls', 'advanced'])

export const ROW_SELECTOR = '[role="button"], [role="checkbox"], [role="switch"], [role="radiogroup"]'
const CONTROL = '[role="radio"], input[type="radio"], [role="switch"], [role="checkbox"], input[type="checkbox"]'

/**
 * The sub-panel a panel title names, when the panel also holds a setting control (a radio or a
 * switch): the Status screen, say, is titled "Status" too but holds neither.
 */
export function privacySubPanelKind(panel: Element, normalizedTitle: string): RowKind | null {
  const kind = ROW_BY_NAME.get(normalizedTitle)
  if (!kind || !(RADIO_SETTINGS[kind] || SWITCH_PANELS.has(kind))) return null
  for (const control of Array.from(panel.querySelectorAll(CONTROL))) {
    if (!control.closest('header')) return kind
  }
  return null
}

// ---------------------------------------------------------------------------------------- hand-over

/** Reads the values shown by the rows the detector found in one panel (privacy-values.ts, readPanelRows). */
export type PanelRowsReader = (panel: Element, panelKind: RowKind | 'privacy', rows: readonly Element[], scope: Element | null) => Reading[]

let reader: ((...args: Parameters<PanelRowsReader>) => void) | null = null
let wanted: (() => void) | null = null

/**
 * Where the detector's rows go: `read` receives them once the reader is there; until then a panel
 * seen calls `needed` (which loads the reader). Without either (unit tests of other detectors,
 * one-shot runs) nothing is read.
 */
export function handPrivacyRowsTo(read: ((...args: Parameters<PanelRowsReader>) => void) | null, needed: (() => void) | null = null): void {
  reader = read
  wanted = needed
}

/** Called by the privacy-settings detector with the rows it found in a panel. Never throws. */
export function reportPrivacyRows(...args: Parameters<PanelRowsReader>): void {
  try {
    if (reader) reader(...args)
    else wanted?.()
  } catch (error) {
    console.warn('[Metadata Lens] privacy values not read:', error)
  }
}
