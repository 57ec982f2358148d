import { describe, expect, test } from 'vitest'
import { OrderedRegion } from '../../../src/overlay/ordered-region'

/** A list of `n` rows, each 40px tall, laid out top to bottom in document order, scrolled by `scrollTop`. */
function list(n: number) {
  document.body.innerHTML = `<div id="list">${Array.from({ length: n }, (_, i) => `<div class="row"><span id="t${i}"></span></div>`).join('')}</div>`
  const ticks = Array.from(document.querySelectorAll('span'))
  const state = { scrollTop: 0, hidden: new Set<number>(), reads: 0 }
  const rectOf = (el: Element) => {
    state.reads++
    const i = ticks.indexOf(el as HTMLSpanElement)
    if (state.hidden.has(i)) return { top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 }
    const top = i * 40 - state.scrollTop
    return { top, bottom: top + 11, left: 500, right: 516, width: 16, height: 11 }
  }
  return { root: document.getElementById('list')!, ticks, state, rectOf }
}
const band = { top: 0, bottom: 400, left: 0, right: 1000 }
const ids = (els: Element[]) => els.map((e) => e.id)

describe('OrderedRegion', () => {
  test('finds exactly the elements on screen, reading a few rectangles rather than all', () => {
    const { root, ticks, state, rectOf } = list(5000)
    const region = new OrderedRegion(root)
    for (const t of ticks) region.add(t)
    state.scrollTop = 100_000 // rows 2500…2509 are on screen
    expect(ids(region.visible(band, rectOf))).toEqual(Array.from({ length: 10 }, (_, i) => `t${2500 + i}`))
    expect(state.reads).toBeLessThan(40)
  })

  test('keeps document order when elements arrive out of order (older messages loaded above)', () => {
    const { root, ticks, rectOf } = list(100)
    const region = new OrderedRegion(root)
    for (const t of ticks.slice(50)) region.add(t)
    for (const t of ticks.slice(0, 50).reverse()) region.add(t)
    expect(ids(region.visible(band, rectOf))).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}`))
  })

  test('removed elements drop out; hidden ones are skipped without breaking the search', () => {
    const { root, ticks, state, rectOf } = list(1000)
    const region = new OrderedRegion(root)
    for (const t of ticks) region.add(t)
    expect(region.delete(ticks[501]!)).toBe(true)
    expect(region.delete(ticks[501]!)).toBe(false)
    ticks[501]!.remove()
    for (let i = 400; i < 500; i++) state.hidden.add(i)
    state.scrollTop = 500 * 40 - 10
    expect(ids(region.visible(band, rectOf))).toEqual(['t500', ...Array.from({ length: 8 }, (_, i) => `t${502 + i}`)])
    // Added again after removals: the lazily dropped entries do not confuse the insertion.
    region.add(ticks[0]!)
    expect(region.size).toBe(999)
  })

  test('nothing is visible in an empty band (the list is hidden or off screen)', () => {
    const { root, ticks, rectOf } = list(10)
    const region = new OrderedRegion(root)
    for (const t of ticks) region.add(t)
    expect(region.visible({ top: 0, bottom: 0, left: 0, right: 0 }, rectOf)).toEqual([])
  })
})
