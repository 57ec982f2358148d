import type { Category } from '../shared/categories'
import type { Lang } from '../notes/types'
import type { LocalOverlayLabels, TooltipText } from '../notes/tooltips'
import type { TooltipContent } from '../overlay/overlay'
import { isTooltipTextsReply, type ContentToBackground } from '../messaging/messages'

/** What a content script carries itself: titles, a marker's name and the note's link, in every language. */
export interface LocalTooltips {
  titleFor(category: Category, lang: Lang): string | undefined
  overlayLabelsFor(lang: Lang): LocalOverlayLabels
}

/**
 * The tooltip texts of a content script: titles from its own small table at once (markers are named
 * by them, so they never wait), the rest from the background, asked for once in the page's language
 * and kept. Until the texts arrive (or if the background cannot answer) a tooltip shows the title.
 */
export class TooltipTexts {
  #texts: Partial<Record<Category, TooltipText>> | null = null
  #asking = false
  /** The background answered with something unreadable: asking again would get the same. */
  #refused = false

  readonly #local: LocalTooltips
  readonly #categories: readonly Category[]
  /** The browser's language: it does not change during a page's life. */
  readonly #lang: Lang
  readonly #request: (msg: ContentToBackground) => Promise<unknown>
  /** Called once the texts are here, so an open tooltip shows them. */
  readonly #arrived: () => void

  constructor(
    local: LocalTooltips,
    categories: readonly Category[],
    lang: Lang,
    request: (msg: ContentToBackground) => Promise<unknown>,
    arrived: () => void,
  ) {
    this.#local = local
    this.#categories = categories
    this.#lang = lang
    this.#request = request
    this.#arrived = arrived
  }

  get labels(): LocalOverlayLabels {
    return this.#local.overlayLabelsFor(this.#lang)
  }

  describe(category: Category): TooltipContent {
    const text = this.#texts?.[category]
    if (text) return text
    this.load() // asks again if an earlier request failed (the background was restarting)
    return { title: this.#local.titleFor(category, this.#lang) ?? category, summary: '', audience: '', control: '' }
  }

  /** Asks the background for the texts, unless they are here or on their way. */
  load(): void {
    if (this.#texts || this.#asking || this.#refused) return
    this.#asking = true
    this.#request({ type: 'tooltip-texts', lang: this.#lang, categories: [...this.#categories] }).then(
      (reply) => {
        this.#asking = false
        if (!isTooltipTextsReply(reply)) {
          this.#refused = true
          console.warn('[Metadata Lens] tooltip texts unreadable; titles only')
          return
        }
        this.#texts = reply.texts
        this.#arrived()
      },
      () => {
        this.#asking = false
      },
    )
  }
}
