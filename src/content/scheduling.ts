// When the content script's work runs: between the page's own tasks, never in a long one.

type PostTask = (fn: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }) => Promise<void>

/** Gives the main thread back to the page: a scheduler task where there is one, else a timer. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'user-visible' })
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Runs `fn` when `doc`'s window is idle, at the latest after `timeout` ms (soon, where idle callbacks are missing). */
export function whenIdle(doc: Document, fn: () => void, timeout: number): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null
  if (view && 'requestIdleCallback' in view) view.requestIdleCallback(fn, { timeout })
  else setTimeout(fn, 50)
}

/** Runs `fn` once, at the next frame or after `fallbackMs`, whichever comes first (hidden tabs get no frames). */
export function nextFrameOr(doc: Document, fallbackMs: number, fn: () => void): void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    fn()
  }
  doc.defaultView?.requestAnimationFrame(run)
  setTimeout(run, fallbackMs)
}
