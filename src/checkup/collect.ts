import type { MySettingId, MySettingValue, Reading } from './values'

/**
 * In the content script: gathers what the reader reports during scans and sends it on in small
 * batches. A value already sent from this page is sent again only after `resendAfterMs` (so an
 * unchanged value still gets a fresh read time, without a message per rescan).
 */
export class ReadingsCollector {
  readonly #sent = new Map<MySettingId, { value: MySettingValue; at: number }>()
  readonly #pending = new Map<MySettingId, MySettingValue>()
  #timer: ReturnType<typeof setTimeout> | undefined

  readonly #send: (readings: Reading[]) => void
  readonly #now: () => number
  readonly #delayMs: number
  readonly #resendAfterMs: number

  constructor(
    send: (readings: Reading[]) => void,
    now: () => number = Date.now,
    delayMs = 300,
    resendAfterMs = 60 * 60 * 1000,
  ) {
    this.#send = send
    this.#now = now
    this.#delayMs = delayMs
    this.#resendAfterMs = resendAfterMs
  }

  add(readings: readonly Reading[]): void {
    const now = this.#now()
    for (const { id, value } of readings) {
      const last = this.#sent.get(id)
      if (last && last.value === value && now - last.at < this.#resendAfterMs && !this.#pending.has(id)) continue
      this.#pending.set(id, value)
    }
    if (this.#pending.size && this.#timer === undefined) this.#timer = setTimeout(() => this.flush(), this.#delayMs)
  }

  flush(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
    if (!this.#pending.size) return
    const now = this.#now()
    const readings = [...this.#pending].map(([id, value]) => ({ id, value }))
    this.#pending.clear()
    for (const r of readings) this.#sent.set(r.id, { value: r.value, at: now })
    try {
      this.#send(readings)
    } catch (error) {
      console.warn('[Metadata Lens] privacy values not sent:', error)
    }
  }
}
