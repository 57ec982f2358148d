import browser from 'webextension-polyfill'
import type { Category } from '../shared/categories'
import type { Site } from '../sites/types'
import { resolveLang } from '../notes/lang'
import { isOwnSender, isToContent, ignoreOnce, type ContentToBackground, type Replies } from '../messaging/messages'
import { loadPageSettings, watchPageSettings } from '../settings/storage'
import { DEFAULT_SETTINGS } from '../settings/schema'
import { Annotator } from './annotator'
import { TooltipTexts } from './tooltip-texts'
import type { NoteMaker } from '../overlay/tooltip'

const RUNNING_FLAG = Symbol.for('metadata-lens.content')
/** How long the first pass waits for the notes' words at most (a waking background answers well within it). */
const TEXTS_WAIT_MS = 1000

/**
 * Starts Metadata Lens on one site in this page. Safe to call twice (a registered console
 * script and "Annotate this page" may both inject): the second call does nothing.
 */
export async function runContentScript(
  site: Site,
  options: {
    live: boolean
    /** Makes the tooltip: at once (overlay/tooltip.ts), or when first wanted (WhatsApp Web, note-on-demand.ts). */
    note: NoteMaker
    /**
     * Anything else the site's script starts, only in the copy that runs (WhatsApp Web: the privacy
     * reading), given a way to have part of the page scanned again.
     */
    alsoStart?: (rescan: (root: Element) => void) => void
  },
): Promise<void> {
  const scope = globalThis as unknown as Record<symbol, boolean>
  if (scope[RUNNING_FLAG]) return
  scope[RUNNING_FLAG] = true
  // The annotator is made once settings are read: until then a rescan is left to its first pass.
  let rescan = (_root: Element) => {}
  options.alsoStart?.((root) => rescan(root))

  // The notes' words, a marker's name and the note's link come from the background, in the
  // browser's language, for this site's categories (asked for below, or when a note first needs
  // them). Not i18n.getMessage: in Chromium a content script's first getMessage loads the whole
  // message bundle synchronously (several ms on every page load).
  const categories = [...new Set(site.detectors.flatMap((detector) => detector.categories))]
  // The annotator both describes with these texts and is told when they arrive: set once it exists.
  let textsArrived = () => {}
  const texts = new TooltipTexts(
    categories,
    resolveLang(browser.i18n.getUILanguage()),
    (msg) => browser.runtime.sendMessage(msg),
    () => textsArrived(),
  )

  // Stored settings found damaged are repaired by the background, which rewrites them.
  const repairSettings = () => {
    const msg: ContentToBackground = { type: 'repair-settings' }
    return browser.runtime.sendMessage(msg)
  }
  const settings = await loadPageSettings(repairSettings).catch((error) => {
    console.warn('[Metadata Lens] settings unreadable, using defaults:', error)
    return { ...DEFAULT_SETTINGS }
  })
  const annotator = new Annotator(site, document, settings, {
    describe: (category) => texts.describe(category),
    // The overlay's own words: "Read the full note" and a marker's name (the sections' labels come
    // with the texts). Read when used: they arrive with the texts.
    text: {
      get fullNote() {
        return texts.labels.fullNote
      },
      markerLabel: (title) => texts.labels.markerLabel.replace('$TITLE$', () => title),
    },
    openFullNote: (category: Category) => {
      const msg: ContentToBackground = { type: 'open-library', category }
      browser.runtime.sendMessage(msg).catch((error) => console.warn('[Metadata Lens] could not open the library:', error))
    },
    live: options.live,
    note: options.note,
    publish: (summary) => {
      const msg: ContentToBackground = { type: 'page-summary', summary }
      browser.runtime.sendMessage(msg).catch(() => {
        // The background may be restarting; the next change publishes again.
      })
    },
  })

  textsArrived = () => annotator.contentChanged()
  rescan = (root) => annotator.rescan(root)

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
    watchPageSettings(
      (next) => {
        try {
          annotator.applySettings(next)
        } catch (error) {
          console.warn('[Metadata Lens] settings not applied:', error)
        }
      },
      repairSettings,
    )
  }
  // Markers will be drawn on this page: have their names here before the first pass draws them.
  // (A page where annotations are off asks nothing; switched on later, its first marker asks, and
  // markers drawn before the answer are named when it comes.) Never waits long: a background that
  // does not answer leaves markers unnamed, not the page unannotated.
  if (annotator.active) await Promise.race([texts.load(), new Promise((resolve) => setTimeout(resolve, TEXTS_WAIT_MS))])
  annotator.start()
}
