import browser from 'webextension-polyfill'
import type { ContentToBackground, Replies } from '../messaging/messages'
import type { NoteMaker } from '../overlay/tooltip'
import { NOTE_ARRIVED, type NoteArrived } from '../overlay/note-bridge'

/**
 * Has the background load the note script (content/note.ts) into this page, and resolves with the
 * tooltip maker it hands over. Rejects when the background refused or could not inject it.
 */
export function loadNote(): Promise<NoteMaker> {
  return new Promise<NoteMaker>((resolve, reject) => {
    ;(globalThis as Record<symbol, unknown>)[NOTE_ARRIVED] = resolve satisfies NoteArrived
    const msg: ContentToBackground = { type: 'load-note' }
    browser.runtime.sendMessage(msg).then((reply) => {
      // The script has run by the time the background replies: nothing arrived means it failed.
      if (!(reply as Replies['load-note'] | undefined)?.ok) reject(new Error('note script not loaded'))
    }, reject)
  }).catch((error) => {
    console.warn('[Metadata Lens] note unavailable:', error)
    throw error
  })
}
