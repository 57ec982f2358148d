import type { Detector, WatchedAttribute } from '../sites/types'

/** When a change of one attribute matters; see WatchedAttribute. `null`: any change, anywhere. */
type AttributeRule = { tokens: ReadonlySet<string> | null; on: string | null } | null

/**
 * Which attribute changes can change some detector's result: the detectors' watchedAttributes,
 * gathered once, so the page's own attribute churn (a theme class on <body>) costs no rescan.
 */
export class AttributeRules {
  /** Per watched attribute, the rules under which a change of it matters (any one suffices). */
  readonly #rules = new Map<string, AttributeRule[]>()

  constructor(detectors: readonly Detector[]) {
    for (const detector of detectors) {
      for (const watched of detector.watchedAttributes ?? []) {
        const { name, rule } = ruleOf(watched)
        const rules = this.#rules.get(name) ?? []
        rules.push(rule)
        this.#rules.set(name, rules)
      }
    }
  }

  /** The attributes some detector watches. */
  get names(): string[] {
    return [...this.#rules.keys()]
  }

  /** An attribute change (a MutationRecord with its old value) can change some detector's result. */
  matters(record: MutationRecord): boolean {
    const rules = this.#rules.get(record.attributeName ?? '')
    if (!rules) return false
    const el = record.target as Element
    for (const rule of rules) {
      if (rule === null) return true
      if (rule.on !== null && !el.matches(rule.on)) continue
      if (rule.tokens === null || tokensChanged(record.oldValue, el.getAttribute(record.attributeName!), rule.tokens)) return true
    }
    return false
  }
}

function ruleOf(watched: string | WatchedAttribute): { name: string; rule: AttributeRule } {
  if (typeof watched === 'string') return { name: watched, rule: null }
  const tokens = watched.tokens ? new Set(watched.tokens) : null
  const on = watched.on ?? null
  return { name: watched.name, rule: tokens || on ? { tokens, on } : null }
}

/** One of `tokens` was added to or removed from a whitespace-separated value (a class list). */
function tokensChanged(before: string | null, after: string | null, tokens: ReadonlySet<string>): boolean {
  const was = new Set((before ?? '').split(/\s+/))
  const is = new Set((after ?? '').split(/\s+/))
  for (const token of tokens) if (was.has(token) !== is.has(token)) return true
  return false
}
