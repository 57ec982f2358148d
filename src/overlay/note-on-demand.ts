import type { Measured, NoteApi, NoteMaker, TooltipDeps } from './tooltip'

/**
 * WhatsApp Web's tooltip, loaded when first wanted: the note's code and styles are a second script
 * (content/note.ts) that most page loads never need. Until it has come this stand-in keeps only the
 * last wish (open the note of that element, at once or after the hover delay); `load` is asked once
 * (again only after a failure) and the wish is granted when the tooltip arrives. Markers point at the
 * note's ids from the start (aria-describedby, aria-controls): they exist once the note does.
 */
export function noteOnDemand(load: () => Promise<NoteMaker>): NoteMaker {
  return (doc, deps, root) => new NoteOnDemand(load, (make) => make(doc, deps, root), deps)
}

class NoteOnDemand implements NoteApi {
  #real: NoteApi | null = null
  /** The element whose note is wanted, and whether at once (focus, click) or as a hover. */
  #wanted: { el: Element; now: boolean } | null = null
  #asked = false
  #destroyed = false

  readonly #load: () => Promise<NoteMaker>
  readonly #make: (maker: NoteMaker) => NoteApi
  readonly #deps: TooltipDeps

  constructor(load: () => Promise<NoteMaker>, make: (maker: NoteMaker) => NoteApi, deps: TooltipDeps) {
    this.#load = load
    this.#make = make
    this.#deps = deps
  }

  get shownFor(): Element | null {
    return this.#real?.shownFor ?? null
  }

  /** Open, or wished open: a click elsewhere, Escape or focus moving on cancels the wish as it would close the note. */
  get open(): boolean {
    return this.#real ? this.#real.open : !!this.#wanted
  }

  get category(): string | undefined {
    return this.#real?.category
  }

  pointerEnter(el: Element): void {
    if (this.#real) this.#real.pointerEnter(el)
    else if (!this.#wanted?.now) this.#want(el, false)
  }

  pointerLeave(x: number, y: number): void {
    if (this.#real) this.#real.pointerLeave(x, y)
    else if (!this.#wanted?.now) this.#wanted = null
  }

  pointerInside(): void {
    this.#real?.pointerInside()
  }

  show(el: Element): void {
    if (this.#real) this.#real.show(el)
    else this.#want(el, true)
  }

  refresh(): void {
    this.#real?.refresh()
  }

  hide(): void {
    this.#real?.hide()
    this.#wanted = null
  }

  dismiss(): void {
    this.#real?.dismiss()
    this.#wanted = null
  }

  forget(el: Element): void {
    this.#real?.forget(el)
    if (this.#wanted?.el === el) this.#wanted = null
  }

  focusables(): HTMLElement[] {
    return this.#real?.focusables() ?? []
  }

  focusFirst(): boolean {
    return !!this.#real?.focusFirst()
  }

  holds(node: Node | null): boolean {
    return !!this.#real?.holds(node)
  }

  readSize(): void {
    this.#real?.readSize()
  }

  place(measured?: Measured | null): void {
    this.#real?.place(measured)
  }

  destroy(): void {
    this.#real?.destroy()
    this.#wanted = null
    this.#destroyed = true
  }

  #want(el: Element, now: boolean): void {
    this.#wanted = { el, now }
    if (this.#asked) return
    this.#asked = true
    this.#load().then(
      (maker) =>
        this.#deps.guard(() => {
          if (this.#real || this.#destroyed) return
          this.#real = this.#make(maker)
          const wanted = this.#wanted
          this.#wanted = null
          if (wanted?.now) this.#real.show(wanted.el)
          else if (wanted) this.#real.pointerEnter(wanted.el)
        }),
      // Not loaded (the background restarting): the next wish asks again.
      () => void (this.#asked = false),
    )
  }
}
