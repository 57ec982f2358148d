import type { DetectorHealth, ViewId } from '../shared/page'
import type { Detector } from '../sites/types'

/**
 * What health reports about each detector: failures (each reported once, by id), and whether the
 * page is expected to show what it finds. The popup warns when a core detector finds nothing.
 */
export class HealthBook {
  readonly #failed = new Set<string>()

  readonly #detectors: readonly Detector[]
  readonly #onFirstFailure: (detectorId: string, error: unknown) => void

  constructor(detectors: readonly Detector[], onFirstFailure: (detectorId: string, error: unknown) => void) {
    this.#detectors = detectors
    this.#onFirstFailure = onFirstFailure
  }

  /** A detector threw: it is reported as failed from now on, and `onFirstFailure` hears of it once. */
  fail(detectorId: string, error: unknown): void {
    if (this.#failed.has(detectorId)) return
    this.#failed.add(detectorId)
    this.#onFirstFailure(detectorId, error)
  }

  /**
   * Detectors whose `expectedOn` says `page` shows what they find. Each asks the whole page, so the
   * publisher takes this with the page facts and reuses it as long as it reuses them.
   */
  expectedOn(page: Document | null): Set<string> {
    const expected = new Set<string>()
    if (!page) return expected
    for (const detector of this.#detectors) if (isExpected(detector, page)) expected.add(detector.id)
    return expected
  }

  /**
   * Each detector's status from its number of annotations; it counts as core in the views its
   * definition names, or where `expected` holds it.
   */
  report(matchesPerDetector: ReadonlyMap<string, number>, view: ViewId | undefined, expected: ReadonlySet<string>): DetectorHealth[] {
    return this.#detectors.map((d) => {
      const matches = matchesPerDetector.get(d.id) ?? 0
      const status = this.#failed.has(d.id) ? 'failed' : matches > 0 ? 'ok' : 'no-match'
      const core = (!!d.core && (!d.coreViews || (view !== undefined && d.coreViews.includes(view)))) || expected.has(d.id)
      return { id: d.id, core, status, matches }
    })
  }
}

function isExpected(detector: Detector, page: Document): boolean {
  if (!detector.expectedOn) return false
  try {
    return detector.expectedOn(page)
  } catch {
    return false
  }
}
