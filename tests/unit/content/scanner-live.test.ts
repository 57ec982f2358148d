import { afterEach, describe, expect, test, vi } from 'vitest'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { Scanner, NOTE_ATTRIBUTE, type ScannerHooks } from '../../../src/content/scanner'
import { SPLIT_ABOVE } from '../../../src/content/rescan-queue'
import type { Detector, Match } from '../../../src/sites/types'
import { queryAll } from '../../../src/shared/dom'
import { receipts } from '../../../src/sites/whatsapp-web/receipts'

// The live path: bookkeeping by identity, attribute changes judged against the detectors'
// declared scopes, and rescans cut into slices.

const ticks: Detector = {
  id: 'test.ticks',
  categories: ['sent-receipt', 'read-receipt'],
  watchedAttributes: ['data-icon', { name: 'class', tokens: ['ack'] }],
  find: (root) =>
    queryAll(root, '[data-icon="msg-check"]').map((element): Match => ({
      element,
      category: element.classList.contains('ack') ? 'read-receipt' : 'sent-receipt',
    })),
}

/** Hooks that count removals (a counter, not a mock: a mock would keep the removed elements). */
function hooks(): ScannerHooks & { removals: number } {
  const h = {
    removals: 0,
    isCategoryEnabled: () => true,
    annotated: () => {},
    removed: () => {
      h.removals++
    },
    detectorFailed: (id: string, error: unknown) => {
      throw new Error(`${id}: ${String(error)}`)
    },
  }
  return h
}

/** Observes the page as the annotator does (every attribute the scanner asks for, with old values). */
function watch(scanner: Scanner): { records(): Promise<MutationRecord[]>; stop(): void } {
  let delivered: MutationRecord[] = []
  const observer = new MutationObserver((records) => delivered.push(...records))
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: scanner.observedAttributes,
  })
  return {
    async records() {
      await Promise.resolve()
      const out = [...delivered, ...observer.takeRecords()]
      delivered = []
      return out
    },
    stop: () => observer.disconnect(),
  }
}

const rows = (n: number) => Array.from({ length: n }, (_, i) => `<div class="row" id="r${i}"><span data-icon="msg-check"></span></div>`).join('')

afterEach(() => {
  document.body.replaceChildren()
  document.body.className = ''
})

describe('exact bookkeeping', () => {
  test('200 rows whose marks the page strips and that it then removes are forgotten and released', async () => {
    document.body.innerHTML = `<div id="list">${rows(300)}</div>`
    const h = hooks()
    const scanner = new Scanner([ticks], h)
    const page = watch(scanner)
    scanner.scan(document)
    await page.records() // our own marks
    expect(scanner.size).toBe(300)

    const victims = [...document.querySelectorAll('.row')].slice(0, 200)
    const probes = victims.map((row) => new WeakRef(row.firstElementChild!))
    for (const row of victims) row.firstElementChild!.removeAttribute(NOTE_ATTRIBUTE)
    for (const row of victims) row.remove()
    scanner.applyMutations(await page.records())
    victims.length = 0

    const onPage = document.querySelectorAll(`[${NOTE_ATTRIBUTE}]`).length
    expect(onPage).toBe(100)
    expect(scanner.size).toBe(onPage)
    expect(scanner.counts()).toEqual({ 'sent-receipt': onPage })
    expect(h.removals).toBe(200)
    page.stop()

    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      gc()
    }
    // happy-dom itself keeps the last node of such a loop reachable (so does the same loop with no
    // scanner at all); anything the scanner kept would show as all 200.
    expect(probes.filter((p) => p.deref() !== undefined).length).toBeLessThanOrEqual(1)
  }, 30_000)

  test('a mark the page strips from an element still on the page comes back', async () => {
    document.body.innerHTML = `<div id="list">${rows(3)}</div>`
    const scanner = new Scanner([ticks], hooks())
    const page = watch(scanner)
    scanner.scan(document)
    await page.records()
    const tick = document.querySelector('#r1 span')!
    tick.removeAttribute(NOTE_ATTRIBUTE)
    scanner.applyMutations(await page.records())
    expect(tick.getAttribute(NOTE_ATTRIBUTE)).toBe('sent-receipt')
    tick.setAttribute(NOTE_ATTRIBUTE, 'read-receipt')
    scanner.applyMutations(await page.records())
    expect(tick.getAttribute(NOTE_ATTRIBUTE)).toBe('sent-receipt')
    expect(scanner.counts()).toEqual({ 'sent-receipt': 3 })
  })

  test('a mark the page sets itself is removed', async () => {
    document.body.innerHTML = `<div id="list">${rows(1)}</div><p>page</p>`
    const scanner = new Scanner([ticks], hooks())
    const page = watch(scanner)
    scanner.scan(document)
    await page.records()
    document.querySelector('p')!.setAttribute(NOTE_ATTRIBUTE, 'read-receipt')
    scanner.applyMutations(await page.records())
    expect(document.querySelector('p')!.hasAttribute(NOTE_ATTRIBUTE)).toBe(false)
    expect(scanner.size).toBe(1)
  })

  test('elements that left the page without a record we could read are forgotten by identity', () => {
    document.body.innerHTML = `<div id="list">${rows(5)}</div>`
    const h = hooks()
    const scanner = new Scanner([ticks], h)
    scanner.scan(document)
    // Unobserved: marks stripped, then the list removed (a page that replaced <body> does this).
    for (const el of document.querySelectorAll(`[${NOTE_ATTRIBUTE}]`)) el.removeAttribute(NOTE_ATTRIBUTE)
    document.getElementById('list')!.remove()
    scanner.forgetDetached()
    expect(scanner.size).toBe(0)
    expect(h.removals).toBe(5)
  })
})

describe('attribute changes are matched against the detectors’ scopes', () => {
  test('a class on <body> or on a row that no detector reads causes no rescan', async () => {
    document.body.innerHTML = `<div id="app"><div id="list">${rows(50)}</div></div>`
    const find = vi.spyOn(ticks, 'find')
    const scanner = new Scanner([ticks], hooks())
    const page = watch(scanner)
    scanner.scan(document)
    await page.records()
    find.mockClear()
    document.body.classList.add('dark')
    document.getElementById('app')!.className = 'theme-x two'
    document.getElementById('r3')!.classList.add('hover')
    scanner.take(await page.records())
    expect(scanner.pending).toBe(false)
    while (scanner.runSlice());
    expect(find).not.toHaveBeenCalled()
    find.mockRestore()
  })

  test('a class a detector reads (the ack class on a tick) rescans that element', async () => {
    document.body.innerHTML = `<div id="list">${rows(2)}</div>`
    const scanner = new Scanner([ticks], hooks())
    const page = watch(scanner)
    scanner.scan(document)
    await page.records()
    const tick = document.querySelector('#r0 span')!
    tick.classList.add('ack')
    scanner.applyMutations(await page.records())
    expect(tick.getAttribute(NOTE_ATTRIBUTE)).toBe('read-receipt')
    tick.classList.add('unrelated')
    scanner.take(await page.records())
    expect(scanner.pending).toBe(false)
  })
})

describe('rescans are sliced', () => {
  /** Slices a rescan of a container of `n` rows takes, with a budget of elements (no clock). */
  async function slicesFor(n: number): Promise<{ slices: number; largestRoot: number; found: number }> {
    // Rows of ten elements each.
    const row = `<div class="row"><span data-icon="msg-check"></span>${'<i><b></b></i>'.repeat(4)}</div>`
    document.body.innerHTML = `<div id="list">${row.repeat(n)}</div>`
    let largestRoot = 0
    const sizing: Detector = {
      ...ticks,
      watchedAttributes: ['data-state'],
      find(root, ctx) {
        largestRoot = Math.max(largestRoot, queryAll(root, '*').length)
        return ticks.find(root, ctx)
      },
    }
    const scanner = new Scanner([sizing], hooks())
    const page = watch(scanner)
    document.getElementById('list')!.setAttribute('data-state', 'changed')
    scanner.take(await page.records())
    let slices = 0
    while (scanner.pending) {
      scanner.runSlice({ elements: 1000, deadline: Infinity })
      slices++
    }
    return { slices, largestRoot, found: scanner.size }
  }

  test('the number of slices grows with the subtree, and no slice scans it in one pass', async () => {
    const small = await slicesFor(10)
    const medium = await slicesFor(200)
    const large = await slicesFor(800)
    expect(small.slices).toBe(1)
    expect(medium.slices).toBeGreaterThan(small.slices)
    expect(large.slices).toBeGreaterThan(medium.slices)
    for (const run of [small, medium, large]) expect(run.largestRoot).toBeLessThanOrEqual(SPLIT_ABOVE)
    expect(large.found).toBe(800)
  }, 60_000)
})

describe('a row whose direction changes in place', () => {
  test('is rescanned when its data-id changes between incoming and outgoing', async () => {
    const id = '4915550000000@c.us_3EB0000001'
    document.body.innerHTML = `<div id="main"><div role="application"><div role="row"><div data-id="false_${id}"><div class="bubble"><span data-icon="msg-dblcheck" aria-label=" Delivered "></span></div></div></div></div></div>`
    const scanner = new Scanner([receipts], hooks())
    const page = watch(scanner)
    scanner.scan(document)
    await page.records()
    const tick = document.querySelector('[data-icon]')!
    expect(tick.hasAttribute(NOTE_ATTRIBUTE)).toBe(false)
    document.querySelector('[data-id]')!.setAttribute('data-id', `true_${id}`)
    scanner.applyMutations(await page.records())
    expect(tick.getAttribute(NOTE_ATTRIBUTE)).toBe('delivery-receipt')
    document.querySelector('[data-id]')!.setAttribute('data-id', `false_${id}`)
    scanner.applyMutations(await page.records())
    expect(tick.hasAttribute(NOTE_ATTRIBUTE)).toBe(false)
    expect(scanner.size).toBe(0)
  })
})

describe('class toggles on the containers of a long chat (the bench page)', () => {
  test('on <body>, #app, #main and the message list queue no rescan with the WhatsApp Web detectors', async () => {
    const { chatPage } = await import('../../bench/chat-page.mjs')
    const html = chatPage(60) as string
    document.documentElement.innerHTML = html.slice(html.indexOf('<head>'), html.lastIndexOf('</html>'))
    const { whatsappWebSite } = await import('../../../src/sites/whatsapp-web')
    const scanner = new Scanner(whatsappWebSite.detectors, hooks())
    const page = watch(scanner)
    scanner.scan(document)
    await page.records()
    const before = scanner.size
    expect(before).toBeGreaterThan(30)
    for (const target of [document.body, document.getElementById('app')!, document.getElementById('main')!, document.getElementById('bench-list')!]) {
      target.classList.toggle('theme-dark')
      target.classList.toggle('focused')
      scanner.take(await page.records())
      // Before scopes, each of these rescanned the container's whole subtree (one task, every detector).
      expect(scanner.pending, target.id || target.localName).toBe(false)
    }
    // …while a class that decides a result still does: the read (ack) class on one tick.
    const tick = document.querySelector('#bench-list [data-icon="msg-dblcheck"]')!
    tick.classList.add('x1rv0e52')
    scanner.applyMutations(await page.records())
    expect(tick.getAttribute(NOTE_ATTRIBUTE)).toBe('read-receipt')
    page.stop()
  }, 30_000)
})
