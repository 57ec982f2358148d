import type { Category } from '../shared/categories'
import { queryAll } from '../shared/dom'

export const NOTE_ATTRIBUTE = 'data-privacy-note'

/** Which detector gave an element which category. One shared, frozen object per pair (no object per element). */
export interface Annotation {
  readonly category: Category
  readonly detectorId: string
}

export interface AnnotationHooks {
  annotated(element: Element, category: Category): void
  removed(element: Element): void
}

/**
 * The annotated elements, their data-privacy-note mark, and counts kept up to date with them, so
 * summaries never walk the elements. Identity is the truth: the Map says what is annotated, the mark
 * on the page only shows it.
 */
export class Annotations {
  readonly #byElement = new Map<Element, Annotation>()
  /** Per interned annotation (detector + category): how many elements carry it. */
  readonly #perAnnotation = new Map<Annotation, number>()
  readonly #interned = new Map<string, Map<Category, Annotation>>()

  readonly #hooks: AnnotationHooks

  constructor(hooks: AnnotationHooks) {
    this.#hooks = hooks
  }

  /** The shared annotation of `detectorId` giving `category`. */
  of(detectorId: string, category: Category): Annotation {
    let byCategory = this.#interned.get(detectorId)
    if (!byCategory) this.#interned.set(detectorId, (byCategory = new Map()))
    let annotation = byCategory.get(category)
    if (!annotation) byCategory.set(category, (annotation = Object.freeze({ category, detectorId })))
    return annotation
  }

  get(el: Element): Annotation | undefined {
    return this.#byElement.get(el)
  }

  has(el: Element): boolean {
    return this.#byElement.has(el)
  }

  get size(): number {
    return this.#byElement.size
  }

  /** Annotates an element that has no annotation yet. */
  addNew(el: Element, annotation: Annotation): void {
    this.#byElement.set(el, annotation)
    this.#count(annotation, 1)
    el.setAttribute(NOTE_ATTRIBUTE, annotation.category)
    this.#hooks.annotated(el, annotation.category)
  }

  /** Annotates an element, or gives an annotated one its new annotation. */
  set(el: Element, annotation: Annotation): void {
    const previous = this.#byElement.get(el)
    if (!previous) {
      this.addNew(el, annotation)
      return
    }
    this.#byElement.set(el, annotation)
    this.#count(annotation, 1)
    this.#count(previous, -1)
    // Unchanged elements are rescanned often (a tick's parent re-rendered): no write, no mutation record.
    if (el.getAttribute(NOTE_ATTRIBUTE) !== annotation.category) el.setAttribute(NOTE_ATTRIBUTE, annotation.category)
    if (previous.category !== annotation.category) this.#hooks.annotated(el, annotation.category)
  }

  /** Removes the mark (ours or not) and the annotation, if any. */
  remove(el: Element): void {
    el.removeAttribute(NOTE_ATTRIBUTE)
    this.forget(el)
  }

  /** Drops the annotation of an element (gone from the page, say), leaving the page alone. */
  forget(el: Element): void {
    const annotation = this.#byElement.get(el)
    if (!annotation) return
    this.#byElement.delete(el)
    this.#count(annotation, -1)
    this.#hooks.removed(el)
  }

  /** Forgets the annotated elements in a subtree the page removed. */
  forgetWithin(removed: Element): void {
    // Fast path by our mark; a mark the page stripped first was handled by its own record (checkMark).
    for (const el of queryAll(removed, `[${NOTE_ATTRIBUTE}]`)) this.forget(el)
  }

  /**
   * The page changed our mark on `el` (or set one itself). An annotated element still on the page
   * gets its mark back; one that left the page is forgotten; a mark we never set is removed.
   * Our own writes come back here too, and change nothing.
   */
  checkMark(el: Element): void {
    const annotation = this.#byElement.get(el)
    const mark = el.getAttribute(NOTE_ATTRIBUTE)
    if (!annotation) {
      if (mark !== null) el.removeAttribute(NOTE_ATTRIBUTE)
    } else if (!el.isConnected) {
      this.forget(el)
    } else if (mark !== annotation.category) {
      el.setAttribute(NOTE_ATTRIBUTE, annotation.category)
    }
  }

  /** Removes every annotation for which `drop` holds (all of them without one). */
  removeWhere(drop: (annotation: Annotation) => boolean = () => true): void {
    for (const [el, annotation] of [...this.#byElement]) if (drop(annotation)) this.remove(el)
  }

  /** Forgets every annotated element that is no longer on the page. */
  forgetDetached(): void {
    for (const el of [...this.#byElement.keys()]) if (!el.isConnected) this.forget(el)
  }

  counts(): Partial<Record<Category, number>> {
    const counts: Partial<Record<Category, number>> = {}
    for (const [{ category }, n] of this.#perAnnotation) if (n > 0) counts[category] = (counts[category] ?? 0) + n
    return counts
  }

  /** How many elements each detector annotated. */
  perDetector(): Map<string, number> {
    const perDetector = new Map<string, number>()
    for (const [{ detectorId }, n] of this.#perAnnotation) perDetector.set(detectorId, (perDetector.get(detectorId) ?? 0) + n)
    return perDetector
  }

  elementsOf(category: Category): Element[] {
    const out: Element[] = []
    for (const [el, a] of this.#byElement) if (a.category === category) out.push(el)
    return out
  }

  #count(annotation: Annotation, delta: 1 | -1): void {
    this.#perAnnotation.set(annotation, (this.#perAnnotation.get(annotation) ?? 0) + delta)
  }
}
