import type { ScanContext } from './types'

/**
 * A fresh context for one scan pass. The scanner makes one per pass and drops it after; nothing
 * is kept between passes, so a changed page is never answered from an old reading of it.
 */
export function createScanContext(): ScanContext {
  const answers = new Map<string, Map<Element | Document, unknown>>()
  return {
    shared<T>(question: string, root: Element | Document, answer: () => T): T {
      let byRoot = answers.get(question)
      if (!byRoot) answers.set(question, (byRoot = new Map()))
      if (!byRoot.has(root)) byRoot.set(root, answer())
      return byRoot.get(root) as T
    },
  }
}
