// Where WhatsApp Web's right-hand drawers (contact, group and message info) are: their roots, found
// by structure, never by text. Which kind a drawer is belongs to the page facts (page-facts.ts).

import { queryAllBeside } from '../../shared/dom'
import { firstChildHeader, namedIcons } from './dom-helpers'
import { DRAWER_CLOSE_BUTTON, DRAWER_CLOSE_ICONS, MESSAGE_LIST, TESTID_DRAWERS } from './selectors'

/**
 * Right-hand drawer root of an element, or null. Signals: data-testid era roots [I]; otherwise the
 * parent of a `header` holding a close icon, outside #main and #side [G].
 */
export function drawerOf(el: Element): Element | null {
  const byTestid = el.closest('[data-testid$="-drawer"]')
  if (byTestid && TESTID_DRAWERS[byTestid.getAttribute('data-testid') ?? '']) return byTestid
  for (let node: Element | null = el; node && node.id !== 'app'; node = node.parentElement) {
    if (node.id === 'main' || node.id === 'side') return null
    const header = firstChildHeader(node)
    if (header && hasCloseIcon(header)) return node
  }
  return null
}

function hasCloseIcon(header: Element): boolean {
  return header.querySelector(DRAWER_CLOSE_BUTTON) !== null || namedIcons(header, DRAWER_CLOSE_ICONS).length > 0
}

/** All drawer roots in `scope` (a document or a subtree). Drawers never lie inside the message list. */
export function drawers(scope: Element | Document): Element[] {
  const query = (selector: string): Element[] => queryAllBeside(scope, MESSAGE_LIST, selector)
  const roots = new Set<Element>()
  for (const el of query('[data-testid$="-drawer"]')) if (TESTID_DRAWERS[el.getAttribute('data-testid') ?? '']) roots.add(el)
  for (const header of query('header')) {
    const root = header.parentElement
    if (root && hasCloseIcon(header) && drawerOf(header) === root) roots.add(root)
  }
  return Array.from(roots)
}

/** The parts of `root` that lie in a drawer, with the drawer (keeps drawer rules off the rest of the page). */
export function drawerScopes(root: Element | Document): Array<{ scope: Element; drawer: Element }> {
  if (root.nodeType === 1) {
    const d = drawerOf(root as Element)
    if (d) return [{ scope: root as Element, drawer: d }]
  }
  return drawers(root).map((d) => ({ scope: d, drawer: d }))
}
