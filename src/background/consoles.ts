import browser from 'webextension-polyfill'
import { planRegistrationSync } from '../sites/business/consoles'

// Provider consoles are optional host permissions. Whatever the person grants (from our popup
// or from the browser's own extension settings), the registered content scripts follow.

let queue: Promise<void> = Promise.resolve()

export function syncConsoleRegistrations(): Promise<void> {
  queue = queue.then(sync, sync)
  return queue
}

async function sync(): Promise<void> {
  try {
    const { origins = [] } = await browser.permissions.getAll()
    const registered = await browser.scripting.getRegisteredContentScripts()
    const plan = planRegistrationSync(origins, registered, __DASHBOARDS_SCRIPT__)
    if (plan.unregister.length) await browser.scripting.unregisterContentScripts({ ids: plan.unregister })
    if (plan.register.length) {
      await browser.scripting.registerContentScripts(
        plan.register.map((c) => ({ id: c.scriptId, matches: [...c.origins], js: [__DASHBOARDS_SCRIPT__], runAt: 'document_idle' as const })),
      )
    }
  } catch (error) {
    console.warn('[Metadata Lens] console registration sync failed:', error)
  }
}

export function startConsoleSync(): void {
  browser.permissions.onAdded.addListener(() => void syncConsoleRegistrations())
  browser.permissions.onRemoved.addListener(() => void syncConsoleRegistrations())
  void syncConsoleRegistrations()
}
