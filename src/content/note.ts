// Loaded into WhatsApp Web by the background (scripting.executeScript, same isolated world as the
// content script) the first time a note is wanted: the tooltip, its note and its styles. Hands them
// to the content script's stand-in (overlay/note-on-demand.ts).
import { makeTooltip } from '../overlay/tooltip'
import { NOTE_ARRIVED, type NoteArrived } from '../overlay/note-bridge'

const arrived = (globalThis as Record<symbol, unknown>)[NOTE_ARRIVED] as NoteArrived | undefined
try {
  arrived?.(makeTooltip)
} catch (error) {
  console.warn('[Metadata Lens] note failed:', error)
}
