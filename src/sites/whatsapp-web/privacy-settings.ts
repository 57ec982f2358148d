// Settings › Privacy: each setting row (last seen and online, profile photo, about, status, read receipts,
// disappearing messages timer, groups, live location, calls, blocked contacts, …), and in its sub-panels
// (last seen and online, profile photo, …, calls, advanced) each radio group and switch row.
// The rows found are also handed to the privacy reader (privacy-panels.ts), which reads the values they show.
//
// Signals (two that agree; markup [G], row names [I] from the app UI):
//  - the panel: a block whose first children include a header (structure: a left panel outside #main)
//    AND whose header title (h1 / [role="heading"]) reads "Privacy" in words.ts [I]/[G] (the panel
//    has no known id or test id, so its words are needed: a language without them finds no panel,
//    and health says so: expectedOn cannot see such a panel either);
//  - rows: the outermost [role="button"] / [role="checkbox"] / [role="switch"] of that panel outside
//    its header (never the back button; section headings are not rows);
//  - a sub-panel: a header title naming a privacy row (privacy-words.ts) over a panel holding a radio
//    or a switch [G]; its rows also include [role="radiogroup"]. The names come with the privacy
//    reader (privacy-panels.ts): a sub-panel seen before it has come is marked once it has.

import type { Detector, Match } from '../types'
import { queryAll, queryAllBeside } from '../../shared/dom'
import { firstChildHeader, text } from './dom-helpers'
import { MESSAGE_LIST } from './selectors'
import { PRIVACY_TITLES, normalize } from './words'
import { privacySubPanelKind, reportPrivacyRows, ROW_SELECTOR } from './privacy-panels'
import type { RowKind } from './privacy-words'

const ROW = ROW_SELECTOR
const PANEL_TITLE = 'header h1, header [role="heading"]'

function panelKind(panel: Element): RowKind | 'privacy' | null {
  const header = firstChildHeader(panel)
  const title = header?.querySelector('h1, [role="heading"]')
  if (!title) return null
  const words = normalize(text(title))
  return (PRIVACY_TITLES as readonly string[]).includes(words) ? 'privacy' : privacySubPanelKind(panel, words)
}

function isPrivacyPanel(panel: Element): boolean {
  return panelKind(panel) !== null
}

/** Privacy panels around or inside `root`: the parent of a header whose title reads "Privacy". */
export function privacyPanels(root: Element | Document): Element[] {
  const panels: Element[] = []
  if (root.nodeType === 1) {
    for (let node: Element | null = root as Element; node && node.id !== 'app'; node = node.parentElement) {
      if (node.id === 'main' || node.id === 'side') break
      if (isPrivacyPanel(node)) return [node]
    }
  }
  // A panel never lies in the message list: asked of the whole page (view, health), a long chat's
  // rows are not walked.
  for (const title of queryAllBeside(root, MESSAGE_LIST, PANEL_TITLE)) {
    const panel = title.closest('header')?.parentElement
    if (panel && !panel.closest('#main') && !panels.includes(panel) && isPrivacyPanel(panel)) panels.push(panel)
  }
  return panels
}

export const privacySettings: Detector = {
  id: 'wa.privacy-settings',
  skipInside: MESSAGE_LIST,
  categories: ['privacy-setting'],
  watchesText: true,
  // A switch or radio changing state (the privacy reader, privacy-values.ts, reads it).
  watchedAttributes: [{ name: 'aria-checked', on: '[role="radio"], [role="switch"], [role="checkbox"]' }],
  // An open Privacy panel always lists its settings.
  expectedOn: (doc) => privacyPanels(doc).length > 0,
  find(root) {
    const out: Match[] = []
    for (const panel of privacyPanels(root)) {
      const scope: Element = root.nodeType === 1 && panel.contains(root as Element) ? (root as Element) : panel
      const rows = queryAll(scope, ROW)
      const panelRows: Element[] = []
      for (const row of rows) {
        if (row.closest('header')) continue
        const outer = row.parentElement?.closest(ROW)
        if (outer && panel.contains(outer)) continue
        out.push({ element: row, category: 'privacy-setting' })
        panelRows.push(row)
      }
      const kind = panelKind(panel)
      if (kind) reportPrivacyRows(panel, kind, panelRows, scope === panel ? null : scope)
    }
    return out
  },
}
