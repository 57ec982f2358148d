import browser from 'webextension-polyfill'
import { ignoreOnce, isOwnSender, isToBackground, type Replies, type ToBackground } from '../messaging/messages'
import { loadSettings, loadSettingsChecked, saveSettings } from '../settings/storage'
import { showCount } from './badge'
import { forgetTab, setSummary } from './tab-state'
import { startConsoleSync } from './consoles'
import { recordReadings } from '../checkup/storage'
import { tooltipTexts } from './tooltip-texts'

const WHATSAPP_WEB = /^https:\/\/web\.whatsapp\.com\//

/** The sender is the top frame of a tab (where our content scripts run). */
const fromTopFrame = (sender: browser.Runtime.MessageSender) => sender.tab?.id !== undefined && sender.frameId === 0

async function handle(msg: ToBackground, sender: browser.Runtime.MessageSender): Promise<unknown> {
  switch (msg.type) {
    case 'page-summary': {
      const tabId = sender.tab?.id
      // Only content scripts (which run in a tab) report page summaries.
      if (tabId === undefined || sender.frameId !== 0) return { ok: true }
      await setSummary(tabId, msg.summary)
      await showCount(tabId, msg.summary.total)
      return { ok: true } satisfies Replies['page-summary']
    }
    case 'my-settings-read': {
      // Only WhatsApp Web's own content script reads these (top frame of a web.whatsapp.com tab).
      if (!fromTopFrame(sender) || !WHATSAPP_WEB.test(sender.url ?? '')) {
        return { ok: false } satisfies Replies['my-settings-read']
      }
      await recordReadings(msg.readings)
      return { ok: true } satisfies Replies['my-settings-read']
    }
    case 'tooltip-texts':
      return tooltipTexts(msg.lang, msg.categories) satisfies Replies['tooltip-texts']
    case 'open-library': {
      // The library opens each note by its category's anchor.
      await browser.tabs.create({ url: browser.runtime.getURL(`src/library/index.html#${msg.category}`) })
      return { ok: true } satisfies Replies['open-library']
    }
    case 'load-privacy-reader':
    case 'load-note':
    case 'load-view-detectors': {
      // WhatsApp Web's content script asks for the privacy reader once Settings › Privacy (or what
      // may be one of its sub-panels) is open, for the note script the first time a note is wanted,
      // and for the drawers' and Status screen's detectors the first time one of them is open: each
      // joins it in the same isolated world of the same frame (a packaged file, nothing web-accessible).
      if (!fromTopFrame(sender) || !WHATSAPP_WEB.test(sender.url ?? '')) return { ok: false } satisfies Replies[typeof msg.type]
      const file = { 'load-note': __NOTE_SCRIPT__, 'load-privacy-reader': __PRIVACY_READER_SCRIPT__, 'load-view-detectors': __VIEW_DETECTORS_SCRIPT__ }[msg.type]
      try {
        await browser.scripting.executeScript({ target: { tabId: sender.tab!.id!, frameIds: [0] }, files: [file] })
        return { ok: true } satisfies Replies[typeof msg.type]
      } catch (error) {
        console.warn(`[Metadata Lens] ${file} not loaded:`, error)
        return { ok: false } satisfies Replies[typeof msg.type]
      }
    }
    case 'repair-settings':
      // A content script found the stored settings damaged: repaired here, rewritten, and the
      // repair kept for the popup to tell (loadSettingsChecked).
      return (await loadSettingsChecked()).settings satisfies Replies['repair-settings']
    case 'annotate-page':
      try {
        // WhatsApp Web without its content script (a tab opened before the extension was installed)
        // gets that script; any other page the one-shot script for dashboards and unknown consoles.
        const [where] = await browser.scripting.executeScript({ target: { tabId: msg.tabId }, func: () => location.hostname })
        const file = where?.result === 'web.whatsapp.com' ? __WHATSAPP_WEB_SCRIPT__ : __ANNOTATE_ONCE_SCRIPT__
        await browser.scripting.executeScript({ target: { tabId: msg.tabId }, files: [file] })
        return { ok: true } satisfies Replies['annotate-page']
      } catch (error) {
        return { ok: false, error: String(error) } satisfies Replies['annotate-page']
      }
  }
}

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isOwnSender(sender, browser.runtime.id) || !isToBackground(msg)) {
    ignoreOnce('background', msg)
    return undefined
  }
  return handle(msg, sender)
})

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId))
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document in the tab: its content script (if any) will report afresh.
  if (change.status === 'loading') void forgetTab(tabId)
})

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-annotations') return
  const settings = await loadSettings()
  await saveSettings({ ...settings, enabled: !settings.enabled })
})

// First run only (not on updates): the welcome page, in the browser's language.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') }).catch(() => {})
})

startConsoleSync()
