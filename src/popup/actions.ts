import type { Category } from '../shared/categories'
import type { Settings } from '../settings/schema'
import type { ConsoleSwitch } from './state'

/** What the popup can do. main.tsx wires these to the browser; tests pass spies. */
export interface PopupActions {
  /** Save new settings (the popup shows them at once; storage follows). */
  updateSettings(next: Settings): void
  showOnPage(category: Category): void
  annotatePage(): void
  /**
   * Turn a provider console on (request host permission) or off (remove it).
   * Called synchronously from the click handler: permissions.request needs the user gesture.
   */
  setConsole(console: ConsoleSwitch, on: boolean): void
  openLibrary(): void
  /** "Forget my settings": clears the privacy settings read from WhatsApp Web. */
  forgetMySettings?(): void
}
