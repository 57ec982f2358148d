import { describe, expect, test } from 'vitest'
import { visibleWithin, type RectOf } from '../../../src/overlay/list-search'

const band = { top: 0, bottom: 400, left: 0, right: 1000 }
const ZERO = { top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 }

/** Rows 50px apart; `boxes` gives each element's top (undefined = unsized, e.g. display: contents). */
function layout(html: string, topOf: (el: Element) => number | undefined) {
  document.body.innerHTML = html
  let reads = 0
  const rectOf: RectOf = (el) => {
    reads++
    const top = topOf(el)
    return top === undefined ? ZERO : { top, bottom: top + 40, left: 10, right: 500, width: 490, height: 40 }
  }
  return { root: document.getElementById('list')!, rectOf, reads: () => reads }
}

describe('visibleWithin', () => {
  test('a list of 5,000 rows: the rows on screen, for a few dozen rectangle reads', () => {
    const html = `<div id="list">${Array.from({ length: 5000 }, (_, i) => `<div data-i="${i}"><b data-i="${i}" data-note></b></div>`).join('')}</div>`
    const scroll = 123_456
    const { root, rectOf, reads } = layout(html, (el) => Number(el.getAttribute('data-i')) * 50 - scroll)
    const found = visibleWithin(root, band, '[data-note]', rectOf).map((el) => el.getAttribute('data-i'))
    expect(found).toEqual(['2469', '2470', '2471', '2472', '2473', '2474', '2475', '2476', '2477'])
    expect(reads()).toBeLessThan(60)
  })

  test('looks through unsized wrappers (display: contents) and nested lists', () => {
    const day = (d: number) => `<section style="display: contents">${Array.from({ length: 30 }, (_, i) => `<div data-i="${d * 30 + i}"><b data-i="${d * 30 + i}" data-note></b></div>`).join('')}</section>`
    const html = `<div id="list">${Array.from({ length: 40 }, (_, d) => day(d)).join('')}</div>`
    const { root, rectOf } = layout(html, (el) => (el.tagName === 'SECTION' ? undefined : Number(el.getAttribute('data-i')) * 50 - 30_000))
    const found = visibleWithin(root, band, '[data-note]', rectOf).map((el) => el.getAttribute('data-i'))
    expect(found).toEqual(['600', '601', '602', '603', '604', '605', '606', '607'])
  })

  test('an empty band (the list hidden or scrolled off the window) shows nothing', () => {
    const { root, rectOf, reads } = layout('<div id="list"><b data-note></b></div>', () => 0)
    expect(visibleWithin(root, { top: 0, bottom: 0, left: 0, right: 0 }, '[data-note]', rectOf)).toEqual([])
    expect(reads()).toBe(0)
  })
})
