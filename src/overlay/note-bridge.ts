import type { NoteMaker } from './tooltip'

/**
 * How the note script (content/note.ts), once the background has loaded it into WhatsApp Web,
 * reaches the content script already there: both run in the same isolated world, whose globals
 * pages cannot see. The content script puts a function here; the note script calls it.
 */
export const NOTE_ARRIVED = Symbol.for('metadata-lens.note')

export type NoteArrived = (make: NoteMaker) => void
