import browser from 'webextension-polyfill'

/** The tab's badge: the number of annotated elements, nothing when zero. */
export function badgeText(total: number): string {
  if (!Number.isFinite(total) || total <= 0) return ''
  return total > 999 ? '999+' : String(Math.floor(total))
}

export async function showCount(tabId: number, total: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#5b3cc4' })
  await browser.action.setBadgeText({ tabId, text: badgeText(total) })
}
