/** querySelectorAll that also tests the root itself (scans of added subtrees need this). */
export function queryAll(root: Element | Document, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector))
  // nodeType rather than instanceof: page nodes seen from a content script may come from another realm.
  if (root.nodeType === 1 && (root as Element).matches(selector)) found.unshift(root as Element)
  return found
}
