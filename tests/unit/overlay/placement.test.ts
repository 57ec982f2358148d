import { describe, expect, test } from 'vitest'
import { DOT, NOWHERE, dotFootprint, placeMarker, type Box, type Surroundings } from '../../../src/overlay/placement'

const view = { width: 1200, height: 800 }
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height })
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
const around = (over: Partial<Surroundings>): Surroundings => ({ ...NOWHERE, known: box(0, 0, 1200, 800), ...over })

describe('placeMarker: a dot in free space next to its element', () => {
  test('a tick after a timestamp: the dot goes after the tick, not on the time', () => {
    const time = box(1101, 148, 32, 13)
    const tick = box(1118, 163, 16, 11)
    const p = placeMarker(tick, around({ texts: [time] }), [], view, 'dot')
    expect(p.shape).toBe('dot')
    expect(p.left).toBeGreaterThan(tick.right)
    expect(overlaps(dotFootprint(p.left, p.top), time)).toBe(false)
  })

  test('a full-width drawer block: the dot sits after its label, not at the window edge', () => {
    const block = box(800, 480, 400, 60)
    const label = box(900, 495, 167, 18)
    const sub = box(900, 514, 50, 16)
    const p = placeMarker(block, around({ texts: [label, sub], firstLine: label, lastLine: sub }), [], view, 'dot')
    expect(p.shape).toBe('dot')
    expect(p.left).toBeGreaterThan(label.right)
    expect(p.left).toBeLessThan(label.right + 12)
    expect(Math.abs(p.top + DOT / 2 - (label.top + label.bottom) / 2)).toBeLessThanOrEqual(1)
  })

  test('a full-width chart with no text: the dot sits beside its picture, not at the block\'s far edge', () => {
    const figure = box(272, 215, 956, 120)
    const svg = box(272, 215, 600, 120)
    const p = placeMarker(figure, around({ graphic: svg }), [], view, 'dot')
    expect(p.shape).toBe('dot')
    expect(p.left).toBeGreaterThan(svg.right)
    expect(p.left).toBeLessThan(svg.right + 12)
  })

  test('never on text: a candidate blocked by text moves to the next free one', () => {
    const tick = box(149, 146, 16, 11)
    const preview = box(168, 144, 100, 16) // right after the tick
    const name = box(149, 125, 35, 16) // above it
    const photoRing = box(86, 117, 53, 53) // the photo's ring on its left
    const p = placeMarker(tick, around({ texts: [preview, name] }), [photoRing], view, 'dot')
    const fp = dotFootprint(p.left, p.top)
    for (const t of [preview, name, photoRing]) expect(overlaps(fp, t)).toBe(false)
    expect(p.shape).toBe('dot')
  })

  test('never on another marker', () => {
    const a = box(500, 100, 16, 11)
    const first = placeMarker(a, around({}), [], view, 'dot')
    const second = placeMarker(a, around({}), [dotFootprint(first.left, first.top)], view, 'dot')
    expect(overlaps(dotFootprint(first.left, first.top), dotFootprint(second.left, second.top))).toBe(false)
  })

  test('right to left: after the element is on its left', () => {
    const tick = box(600, 160, 16, 11)
    const p = placeMarker(tick, around({ rtl: true }), [], view, 'dot')
    expect(p.left + DOT).toBeLessThan(tick.left)
    const label = box(700, 300, 100, 16)
    const q = placeMarker(box(650, 295, 160, 26), around({ rtl: true, texts: [label], firstLine: label, lastLine: label }), [], view, 'dot')
    expect(q.left + DOT).toBeLessThan(label.left)
  })

  test('a table cell: beside the cell text, inside the cell, never in the next column', () => {
    const cell = box(300, 200, 140, 40)
    const phone = box(312, 212, 112, 16) // leaves 16 px after the text: too little for the dot
    const p = placeMarker(phone, around({ texts: [phone], firstLine: phone, lastLine: phone, cell }), [], view, 'dot')
    const fp = p.shape === 'dot' ? dotFootprint(p.left, p.top) : box(p.left, p.top, p.width, p.height)
    expect(fp.left).toBeGreaterThanOrEqual(cell.left)
    expect(fp.right).toBeLessThanOrEqual(cell.right)
    expect(overlaps(fp, phone) && p.shape === 'dot').toBe(false)
  })

  test('inside the window: an element flush with the right edge keeps its dot whole', () => {
    const header = box(1180, 0, 20, 20)
    const p = placeMarker(header, around({}), [], view, 'dot')
    const fp = dotFootprint(p.left, p.top)
    expect(fp.right).toBeLessThanOrEqual(1200)
    expect(fp.top).toBeGreaterThanOrEqual(0)
  })

  test('no room at all: underlined, or outlined when even that would touch text', () => {
    const el = box(100, 100, 40, 16)
    const known = box(98, 98, 44, 21) // the area read is barely larger than the element
    expect(placeMarker(el, around({ known }), [], view, 'dot').shape).toBe('underline')
    const below = box(100, 117, 40, 10)
    expect(placeMarker(el, around({ known, texts: [below] }), [], view, 'dot').shape).toBe('outline')
  })

  test('a quieter style asked for: a ring around the element, whatever the room', () => {
    const photo = box(88, 119, 49, 49)
    expect(placeMarker(photo, around({}), [], view, 'ring')).toEqual({ shape: 'ring', left: 86, top: 117, width: 53, height: 53 })
  })
})
