import OVERLAY_CSS from './overlay.css?inline'

export const OVERLAY_ATTRIBUTE = 'data-privacy-overlay'

/**
 * The overlay's one element on the page: a host on <html> with an open shadow root. A page that
 * removes it, moves it or replaces <html> gets it back on the next animation frame; its styles
 * (overlay.css) resist page CSS. WhatsApp's own nodes are never changed.
 */
export class OverlayHost {
  readonly element: HTMLElement
  readonly root: ShadowRoot
  readonly #watcher: MutationObserver | null
  #watchedHtml: Element | null = null
  #frame = 0
  #stopped = false

  readonly #doc: Document
  readonly #view: (Window & typeof globalThis) | null
  /** Called after the host was put back (its markers may need placing again). */
  readonly #onReattached: () => void

  constructor(doc: Document, view: (Window & typeof globalThis) | null, onReattached: () => void) {
    this.#doc = doc
    this.#view = view
    this.#onReattached = onReattached
    this.element = doc.createElement('div')
    this.element.setAttribute(OVERLAY_ATTRIBUTE, '')
    this.root = this.element.attachShadow({ mode: 'open' })
    const style = doc.createElement('style')
    style.textContent = OVERLAY_CSS
    this.root.append(style)
    doc.documentElement.append(this.element)
    // Only the direct children of the document and of <html>: cheap, and enough to notice the host go.
    this.#watcher = view && 'MutationObserver' in view ? new view.MutationObserver(() => this.#check()) : null
    this.#watch()
  }

  get attached(): boolean {
    return this.element.parentNode === this.#doc.documentElement
  }

  destroy(): void {
    this.#stopped = true
    this.#watcher?.disconnect()
    if (this.#frame) this.#view?.cancelAnimationFrame(this.#frame)
    this.element.remove()
  }

  #watch(): void {
    const html = this.#doc.documentElement
    if (!this.#watcher || this.#watchedHtml === html) return
    this.#watcher.disconnect()
    this.#watcher.observe(this.#doc, { childList: true })
    if (html) this.#watcher.observe(html, { childList: true })
    this.#watchedHtml = html
  }

  #check(): void {
    if (this.#stopped || this.attached || this.#frame || !this.#view) return
    this.#frame = this.#view.requestAnimationFrame(() => {
      this.#frame = 0
      try {
        if (this.#stopped || this.attached || !this.#doc.documentElement) return
        this.#doc.documentElement.append(this.element)
        this.#watch()
        this.#onReattached()
      } catch (error) {
        console.warn('[Metadata Lens] overlay host:', error)
      }
    })
  }
}
