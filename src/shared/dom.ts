/** querySelectorAll that also tests the root itself (scans of added subtrees need this). */
export function queryAll(root: Element | Document, selector: string): Element[] {
  const found: Element[] = []
  // nodeType rather than instanceof: page nodes seen from a content script may come from another realm.
  if (root.nodeType === 1 && (root as Element).matches(selector)) found.push(root as Element)
  // Copied by index: from a content script, Array.from walks a NodeList through its iterator at
  // several times the cost, even an empty one (and every new message row asks several queries).
  const list = root.querySelectorAll(selector)
  for (let i = 0; i < list.length; i++) found.push(list[i]!)
  return found
}

/** The subtrees that together hold every element of the document except `region` and its ancestors. */
export function complementOf(region: Element): Element[] {
  const roots: Element[] = []
  for (let node: Element = region, parent = node.parentElement; parent; node = parent, parent = node.parentElement) {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (child !== node) roots.push(child)
    }
  }
  return roots
}

/**
 * querySelectorAll over the document beside one large region (e.g. a long message list), for
 * page-level questions whose answers never lie inside it. Falls back to the whole document. A
 * subtree (what a scan of added nodes gets) is searched whole, itself included.
 */
export function queryAllBeside(root: Element | Document, region: string, selector: string): Element[] {
  if (root.nodeType !== 9) return queryAll(root, selector)
  const doc = root as Document
  const skip = doc.querySelector(region)
  if (!skip) return queryAll(doc, selector)
  const out: Element[] = []
  for (let ancestor = skip.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (ancestor.matches(selector)) out.push(ancestor)
  }
  for (const root of complementOf(skip)) out.push(...queryAll(root, selector))
  return out
}
