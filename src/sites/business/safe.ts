import type { Match } from '../types'

/** Detectors never throw: odd markup yields no matches. */
export function safely(find: (root: Element | Document) => Match[]): (root: Element | Document) => Match[] {
  return (root) => {
    try {
      if (!root || (root.nodeType !== 1 && root.nodeType !== 9)) return []
      return find(root)
    } catch {
      return []
    }
  }
}
