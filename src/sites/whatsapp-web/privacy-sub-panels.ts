// Which Settings › Privacy sub-panel a panel is, by its title (the name of the row that opens it), and
// the settings each holds. Part of the privacy reader (content/privacy-reader.ts): the names of the
// rows in every language stay out of WhatsApp Web's content script, which tells a sub-panel only once
// the reader has brought them (privacy-panels.ts).

import type { MySettingId } from '../../checkup/values'
import { holdsSettingControl } from './privacy-panels'
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

/**
 * The sub-panel a panel title names, when the panel also holds a setting control (a radio or a
 * switch): the Status screen, say, is titled "Status" too but holds neither.
 */
export function privacySubPanelKind(panel: Element, normalizedTitle: string): RowKind | null {
  const kind = ROW_BY_NAME.get(normalizedTitle)
  if (!kind || !(RADIO_SETTINGS[kind] || SWITCH_PANELS.has(kind))) return null
  return holdsSettingControl(panel) ? kind : null
}
