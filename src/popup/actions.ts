import type { Category } from '../shared/categories'
import type { Settings } from '../settings/schema'
import type { ConsoleSwitch } from './state'

/** What the popup can do. main.tsx wires these to the browser; tests pass spies. */
export interface PopupActions {
  /** Save new settings (the popup shows them at once; writes are debounced; a failure reverts to what is stored). */
  updateSettings(next: Settings): void
  /** Write the settings of the last failed save again. */
  retrySave(): void
  showOnPage(category: Category): void
  annotatePage(): void
  /**
   * Turn a provider console on (request host permission) or off (remove it).
   * Called synchronously from the click handler: permissions.request needs the user gesture.
   */
  setConsole(console: ConsoleSwitch, on: boolean): void
  /** The notes library; with a category, opened at that note. */
  openLibrary(category?: Category): void
  openWhatsApp(): void
  openWelcome(): void
  openPrivacy(): void
  /** "Forget my settings": clears the privacy settings read from WhatsApp Web. */
  forgetMySettings?(): void
}
