import { afterEach, describe, expect, test } from 'vitest'
import { OverlayHost, OVERLAY_ATTRIBUTE } from '../../../src/overlay/host'
import OVERLAY_CSS from '../../../src/overlay/overlay.css?inline'

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

let host: OverlayHost | null = null
afterEach(() => {
  host?.destroy()
  host = null
})

describe('OverlayHost: one host that heals', () => {
  test('removed by the page: back on <html> on the next frame, with the same shadow root', async () => {
    let reattached = 0
    host = new OverlayHost(document, window as never, () => reattached++)
    const root = host.root
    document.querySelector(`[${OVERLAY_ATTRIBUTE}]`)!.remove()
    await settle()
    await frame()
    const found = document.querySelectorAll(`[${OVERLAY_ATTRIBUTE}]`)
    expect(found).toHaveLength(1)
    expect(found[0].parentElement).toBe(document.documentElement)
    expect(found[0].shadowRoot).toBe(root)
    expect(reattached).toBe(1)
  })

  test('moved by the page into <body>: moved back', async () => {
    host = new OverlayHost(document, window as never, () => {})
    document.body.append(host.element)
    await settle()
    await frame()
    expect(host.element.parentElement).toBe(document.documentElement)
  })

  test('destroyed: gone for good', async () => {
    host = new OverlayHost(document, window as never, () => {})
    host.destroy()
    await settle()
    await frame()
    expect(document.querySelector(`[${OVERLAY_ATTRIBUTE}]`)).toBeNull()
  })

  test('its own :host rules are important, so page CSS cannot hide it', () => {
    const rule = /:host\s*\{([^}]*)\}/.exec(OVERLAY_CSS)![1]
    for (const property of ['all', 'display', 'visibility', 'opacity', 'transform', 'clip-path']) {
      expect(rule).toMatch(new RegExp(`${property}:[^;]*!important`))
    }
  })
})
