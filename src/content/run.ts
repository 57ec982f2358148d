import browser from 'webextension-polyfill'
import type { Category } from '../shared/categories'
import type { Site } from '../sites/types'
import { resolveLang } from '../notes/lang'
import type { Tooltips } from '../notes/tooltips'
import { isOwnSender, isToContent, ignoreOnce, type ContentToBackground, type Replies } from '../messaging/messages'
import { loadSettings, watchSettings } from '../settings/storage'
import { DEFAULT_SETTINGS } from '../settings/schema'
import type { TooltipContent } from '../overlay/overlay'
import { Annotator } from './annotator'

const RUNNING_FLAG = Symbol.for('metadata-lens.content')

/**
 * Starts Metadata Lens on one site in this page. Safe to call twice (a registered console
 * script and "Annotate this page" may both inject): the second call does nothing.
 */
export async function runContentScript(site: Site, options: { live: boolean; tooltips: Tooltips }): Promise<void> {
  const scope = globalThis as unknown as Record<symbol, boolean>
  if (scope[RUNNING_FLAG]) return
  scope[RUNNING_FLAG] = true

  const lang = resolveLang(browser.i18n.getUILanguage())
  // Each entry passes the tooltip table of its own site's categories.
  const describe = (category: Category): TooltipContent =>
    options.tooltips.tooltipFor(category, lang) ?? { title: category, summary: '', audience: '', control: '' }
  // From the build-time table, not i18n.getMessage: in Chromium a content script's first
  // getMessage loads the whole message bundle synchronously (several ms on every page load).
  const labels = options.tooltips.overlayLabelsFor(lang)

  const settings = await loadSettings().catch((error) => {
    console.warn('[Metadata Lens] settings unreadable, using defaults:', error)
    return { ...DEFAULT_SETTINGS }
  })
  const annotator = new Annotator(site, document, settings, {
    describe,
    // Every label the overlay has words for (the note's section labels, "Read the full note").
    text: { ...labels, markerLabel: (title) => labels.markerLabel.replace('$TITLE$', () => title) },
    live: options.live,
    publish: (summary) => {
      const msg: ContentToBackground = { type: 'page-summary', summary }
      browser.runtime.sendMessage(msg).catch(() => {
        // The background may be restarting; the next change publishes again.
      })
    },
  })

  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isOwnSender(sender, browser.runtime.id) || !isToContent(msg)) {
      ignoreOnce('content', msg)
      return undefined
    }
    try {
      // The only request: summaries reach the popup through the background, never from here.
      return Promise.resolve<Replies['show-on-page']>({ shown: annotator.showOnPage(msg.category) })
    } catch (error) {
      console.warn('[Metadata Lens] could not answer:', error)
      return Promise.reject(new Error('Metadata Lens could not read this page'))
    }
  })
  if (options.live) {
    watchSettings((next) => {
      try {
        annotator.applySettings(next)
      } catch (error) {
        console.warn('[Metadata Lens] settings not applied:', error)
      }
    })
  }
  annotator.start()
}
