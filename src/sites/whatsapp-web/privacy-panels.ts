// The privacy-settings detector's link to the privacy reader. The reader is not part of the WhatsApp
// Web content script: it is loaded into the page only once a Privacy panel, or a panel that may be one
// of its sub-panels, has been seen (checkup/content.ts), so everyday chats carry neither it, nor the
// words of the values, nor the names of the rows that title the sub-panels (privacy-sub-panels.ts).

import type { Reading } from '../../checkup/values'
import type { RowKind } from './privacy-words'

export const ROW_SELECTOR = '[role="button"], [role="checkbox"], [role="switch"], [role="radiogroup"]'
const CONTROL = '[role="radio"], input[type="radio"], [role="switch"], [role="checkbox"], input[type="checkbox"]'

/** A radio or a switch outside the panel's header: what every sub-panel holds. */
export function holdsSettingControl(panel: Element): boolean {
  for (const control of Array.from(panel.querySelectorAll(CONTROL))) {
    if (!control.closest('header')) return true
  }
  return false
}

/** Reads the values shown by the rows the detector found in one panel (privacy-values.ts, readPanelRows). */
export type PanelRowsReader = (panel: Element, panelKind: RowKind | 'privacy', rows: readonly Element[], scope: Element | null) => Reading[]

/** What the reader brings: where the detector's rows go, and how a sub-panel is told by its title. */
export interface PrivacyReader {
  read(...args: Parameters<PanelRowsReader>): void
  subPanelKind(panel: Element, normalizedTitle: string): RowKind | null
}

let reader: PrivacyReader | null = null
let wanted: (() => void) | null = null

/**
 * Hands the detector's rows to `next` once the reader is there; until then a panel seen calls
 * `needed` (which loads the reader). Without either (unit tests of other detectors, one-shot runs)
 * nothing is read and no sub-panel is known.
 */
export function handPrivacyRowsTo(next: PrivacyReader | null, needed: (() => void) | null = null): void {
  reader = next
  wanted = needed
}

/**
 * The sub-panel a panel title names. Only the reader knows the names: until it is here, a panel that
 * may be a sub-panel (one holding a setting control) asks for it, and counts as none for now (the
 * content script scans the open panels again once the reader has come).
 */
export function privacySubPanelKind(panel: Element, normalizedTitle: string): RowKind | null {
  if (reader) return reader.subPanelKind(panel, normalizedTitle)
  if (wanted && maySubPanel(panel)) askForReader()
  return null
}

/**
 * A titled panel holding a setting control. The chat list's column never is one, and is the one
 * large panel there: not searched for controls (whole-page scans ask for its title on every page).
 */
function maySubPanel(panel: Element): boolean {
  const chatList = panel.ownerDocument.getElementById('side')
  return !(chatList && panel.contains(chatList)) && holdsSettingControl(panel)
}

/** Called by the privacy-settings detector with the rows it found in a panel. Never throws. */
export function reportPrivacyRows(...args: Parameters<PanelRowsReader>): void {
  if (!reader) return askForReader()
  try {
    reader.read(...args)
  } catch (error) {
    console.warn('[Metadata Lens] privacy values not read:', error)
  }
}

/**
 * A panel that needs the reader was seen: ask for it (if anyone can load it). Asking never throws:
 * the loader's message goes out as a promise (content/load-on-demand.ts).
 */
function askForReader(): void {
  wanted?.()
}
