import browser from 'webextension-polyfill'
import { ignoreOnce, isOwnSender, isToBackground, type Replies, type ToBackground } from '../messaging/messages'
import { loadSettings, saveSettings } from '../settings/storage'
import { showCount } from './badge'
import { forgetTab, setSummary } from './tab-state'
import { startConsoleSync } from './consoles'
import { recordReadings } from '../checkup/storage'

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
      if (sender.tab?.id === undefined || sender.frameId !== 0 || !/^https:\/\/web\.whatsapp\.com\//.test(sender.url ?? '')) {
        return { ok: false } satisfies Replies['my-settings-read']
      }
      await recordReadings(msg.readings)
      return { ok: true } satisfies Replies['my-settings-read']
    }
    case 'annotate-page':
      try {
        await browser.scripting.executeScript({ target: { tabId: msg.tabId }, files: [__ANNOTATE_ONCE_SCRIPT__] })
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
