import type { Category } from '../shared/categories'
import type { Lang } from '../notes/types'
import type { LocalOverlayLabels, TooltipText } from '../notes/tooltips'
import type { TooltipContent } from '../overlay/overlay'
import { isTooltipTextsReply, type ContentToBackground } from '../messaging/messages'

/** Until the background has answered, a marker has no name and a note's link no words. */
const NO_LABELS: LocalOverlayLabels = { fullNote: '', markerLabel: '' }

/**
 * The words of a content script's notes: the tooltip texts of its site's categories, the words of a
 * marker's name and of the note's link, all in the browser's language, asked of the background once
 * and kept. A content script carries none of them itself: every page would download all four
 * languages of them to use one. The script asks before its first pass (run.ts), so markers are named
 * when drawn; if the background cannot answer, markers stay unnamed and a note shows its category
 * until a later request succeeds (the next note opened asks again).
 */
export class TooltipTexts {
  #texts: Partial<Record<Category, TooltipText>> | null = null
  #labels: LocalOverlayLabels = NO_LABELS
  #asking: Promise<void> | null = null
  /** The background answered with something unreadable: asking again would get the same. */
  #refused = false

  readonly #categories: readonly Category[]
  /** The browser's language: it does not change during a page's life. */
  readonly #lang: Lang
  readonly #request: (msg: ContentToBackground) => Promise<unknown>
  /** Called once the texts are here, so markers are named and an open tooltip shows them. */
  readonly #arrived: () => void

  constructor(
    categories: readonly Category[],
    lang: Lang,
    request: (msg: ContentToBackground) => Promise<unknown>,
    arrived: () => void,
  ) {
    this.#categories = categories
    this.#lang = lang
    this.#request = request
    this.#arrived = arrived
  }

  /** A marker's name and the note's link (empty words until the background has answered). */
  get labels(): LocalOverlayLabels {
    return this.#labels
  }

  describe(category: Category): TooltipContent {
    const text = this.#texts?.[category]
    if (text) return text
    void this.load() // asks again if an earlier request failed (the background was restarting)
    return { title: category, summary: '', audience: '', control: '' }
  }

  /**
   * Asks the background for the texts, unless they are here or on their way. Resolves when the
   * answer has come or the request failed: never rejects.
   */
  load(): Promise<void> {
    if (this.#texts || this.#refused) return Promise.resolve()
    this.#asking ??= this.#request({ type: 'tooltip-texts', lang: this.#lang, categories: [...this.#categories] }).then(
      (reply) => {
        this.#asking = null
        if (!isTooltipTextsReply(reply)) {
          this.#refused = true
          console.warn('[Metadata Lens] tooltip texts unreadable')
          return
        }
        this.#texts = reply.texts
        this.#labels = reply.labels
        this.#arrived()
      },
      () => {
        this.#asking = null
      },
    )
    return this.#asking
  }
}
