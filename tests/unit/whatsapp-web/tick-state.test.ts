import { describe, expect, it } from 'vitest'
import { iconState, stateWith, tickState } from '../../../src/sites/whatsapp-web/tick-state'

// A tick's state from its attributes alone (receipts.ts decides which elements are ticks).

function tick(html: string): Element {
  const box = document.createElement('div')
  box.innerHTML = html
  return box.firstElementChild!
}

describe('tick state', () => {
  it('reads the icon name, then the ack class, then the label', () => {
    expect(tickState(tick('<span data-icon="msg-check"></span>'))).toBe('sent')
    expect(tickState(tick('<span data-icon="msg-dblcheck"></span>'))).toBe('delivered')
    expect(tickState(tick('<span data-icon="msg-dblcheck" class="a x1rv0e52"></span>'))).toBe('read')
    expect(tickState(tick('<span data-icon="msg-dblcheck"><svg class="x1rv0e52"></svg></span>'))).toBe('read')
    expect(tickState(tick('<span data-icon="msg-dblcheck" aria-label=" Read "></span>'))).toBe('read')
    expect(tickState(tick('<span data-icon="msg-dblcheck-ack"></span>'))).toBe('read')
    expect(tickState(tick('<span data-testid="msg-time"></span>'))).toBe('pending')
  })

  it('lets the label decide for design-system names, which mislead', () => {
    expect(tickState(tick('<span data-testid="wds-ic-delivered"></span>'))).toBe('sent')
    expect(tickState(tick('<span data-testid="wds-ic-delivered" aria-label=" Delivered "></span>'))).toBe('delivered')
  })

  it('knows no state for names that are not ticks, Object.prototype members included', () => {
    expect(iconState(tick('<span data-icon="constructor"></span>'))).toBe(null)
    expect(iconState(tick('<span data-icon="tail-out"></span>'))).toBe(null)
    expect(stateWith(tick('<span aria-label="hello"></span>'), null)).toBe(null)
  })
})
