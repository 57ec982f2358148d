import { describe, expect, it } from 'vitest'

// The spec's rule for element-rooted queries (tests/setup/spec-scoped-queries.ts makes happy-dom follow it).
describe('test DOM: element-rooted queries match like browsers', () => {
  const doc = new DOMParser().parseFromString(
    '<div id="outer"><div id="row" class="out"><span id="tick" data-icon="msg-check"></span></div></div><span data-icon="x"></span>',
    'text/html',
  )
  const row = doc.getElementById('row')!
  it('ancestors outside the element may satisfy the selector', () => {
    expect(Array.from(row.querySelectorAll('#outer [data-icon]')).map((e) => e.id)).toEqual(['tick'])
    expect(row.querySelector(':is(.nope, #outer) > [data-icon]')).toBe(null)
    expect(row.querySelector(':is(.nope, #outer) > .out > [data-icon]')?.id).toBe('tick')
  })
  it('but only descendants are returned, never the element itself or elements elsewhere', () => {
    expect(Array.from(row.querySelectorAll('#outer *')).map((e) => e.id)).toEqual(['tick'])
    expect(row.querySelectorAll('#outer ~ span').length).toBe(0)
  })
  it('plain selectors keep the native path', () => {
    expect(row.querySelectorAll('[data-icon]').length).toBe(1)
  })
})
