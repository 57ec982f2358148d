import type { Category } from '../shared/categories'
import type { CategoryCounts, PageFacts, SiteId, ViewId } from '../shared/page'

/** One element a detector claims, and what it shows. */
export interface Match {
  element: Element
  category: Category
}

/**
 * What one scan pass shares between detectors. The scanner creates one per pass (a whole-page
 * pass, or one batch of mutations), so answers never outlive the page state they were read from.
 */
export interface ScanContext {
  /**
   * The answer to `question` about `root`, computed once per pass (e.g. "the non-tick icons in
   * the page", asked by several detectors). Answers are shared: callers must not modify them.
   */
  shared<T>(question: string, root: Element | Document, answer: () => T): T
}

/**
 * A detector is data plus one small function. It declares its signals in order of trust
 * (data attributes and roles first, structure next, localized text last) and returns the
 * smallest elements that show a metadata-bearing thing. It never returns a container that
 * also holds message text, and never a contact or group name.
 *
 * `find(root, ctx)` must consider `root` itself and its descendants, and may look at ancestors
 * (closest()) for context. It must not modify the DOM and must not keep page text. It may return
 * an element more than once, and may throw: the scanner isolates errors (and reports them in
 * health), keeps each element once, and applies `nesting`.
 */
export interface Detector {
  /** Unique, stable id, e.g. "wa.receipts". */
  id: string
  /** Categories this detector can produce (for settings and health). */
  categories: readonly Category[]
  /** A core detector is expected to find something on every loaded page of its site… */
  core?: boolean
  /** …or only in these views (the status and settings screens show no ticks, say). */
  coreViews?: readonly ViewId[]
  /**
   * Whether `doc` shows what this detector finds (a Settings › Privacy panel, a Message info
   * drawer…). Health then counts it as core on this page: finding nothing there means the layout
   * was not recognised, whatever the view.
   */
  expectedOn?(doc: Document): boolean
  /**
   * Attributes whose change alters what an element shows (e.g. data-icon on a tick). A name alone
   * means any change on any element; a WatchedAttribute narrows that, so the page's own churn (a
   * theme class on <body>) costs no rescan.
   */
  watchedAttributes?: readonly (string | WatchedAttribute)[]
  /**
   * A region this detector never finds anything inside (e.g. the message list for the settings
   * detector). When a scanned subtree lies inside it, the scanner skips this detector: new
   * messages then cost only the detectors that can match in them.
   */
  skipInside?: string
  /** Watch text changes (e.g. "online" becoming "typing…" in a header subtitle). */
  watchesText?: boolean
  /**
   * When two of this detector's elements nest, which one is kept: the innermost (a value inside
   * its cell) or the outermost (a labelled dot inside an already matched cell). Unset: both.
   */
  nesting?: 'innermost' | 'outermost'
  find(root: Element | Document, ctx: ScanContext): Match[]
}

/** An attribute whose change matters only in part; a change matters if it meets every field given. */
export interface WatchedAttribute {
  name: string
  /** Only adding or removing one of these whitespace-separated tokens matters (classes). */
  tokens?: readonly string[]
  /** Only on elements matching this selector. */
  on?: string
}

/** A site the content script knows. */
export interface Site {
  id: SiteId
  /** Checked first, before touching the DOM. */
  matchesLocation(location: Pick<Location, 'hostname' | 'pathname'>): boolean
  detectors: readonly Detector[]
  /**
   * A long list laid out in document order (WhatsApp's message list), where thousands of
   * annotations can pile up: the overlay finds the visible ones by binary search there.
   */
  orderedRegion?: string
  /** The app has loaded its main layout (health is only judged after this). */
  isReady(doc: Document): boolean
  /**
   * Coarse facts only: never text or names. `detected` holds what the scanner currently has
   * annotated, so facts can reuse detection instead of scanning a large page again.
   */
  facts(doc: Document, detected?: CategoryCounts): PageFacts
}
