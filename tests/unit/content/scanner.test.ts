import { beforeEach, describe, expect, test, vi } from 'vitest'
import { Scanner, NOTE_ATTRIBUTE, type ScannerHooks } from '../../../src/content/scanner'
import type { Detector, Match } from '../../../src/sites/types'
import { complementOf, queryAll } from '../../../src/shared/dom'

// A tick detector shaped like the real ones: data-icon decides the category.
const ticks: Detector = {
  id: 'test.ticks',
  categories: ['sent-receipt', 'delivery-receipt'],
  core: true,
  watchedAttributes: ['data-icon'],
  find: (root) =>
    queryAll(root, '[data-icon]').flatMap((element): Match[] => {
      const icon = element.getAttribute('data-icon')
      if (icon === 'msg-check') return [{ element, category: 'sent-receipt' }]
      if (icon === 'msg-dblcheck') return [{ element, category: 'delivery-receipt' }]
      return []
    }),
}
const broken: Detector = {
  id: 'test.broken',
  categories: ['about'],
  find: () => {
    throw new Error('boom')
  },
}

function hooks(disabled: string[] = []): ScannerHooks & { log: string[] } {
  const log: string[] = []
  return {
    log,
    isCategoryEnabled: (c) => !disabled.includes(c),
    annotated: (_el, c) => log.push(`+${c}`),
    removed: () => log.push('-'),
    detectorFailed: (id) => log.push(`failed ${id}`),
  }
}

async function mutate(fn: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = []
  const observer = new MutationObserver((r) => records.push(...r))
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-icon'] })
  fn()
  await Promise.resolve()
  records.push(...observer.takeRecords())
  observer.disconnect()
  return records
}

beforeEach(() => {
  document.body.innerHTML = '<div id="list"><span data-icon="msg-check"></span><span data-icon="msg-dblcheck"></span><span data-icon="other"></span></div>'
})

describe('Scanner', () => {
  test('annotates what detectors find and counts it', () => {
    const h = hooks()
    const scanner = new Scanner([ticks], h)
    scanner.scan(document)
    expect(document.querySelectorAll(`[${NOTE_ATTRIBUTE}]`)).toHaveLength(2)
    expect(scanner.counts()).toEqual({ 'sent-receipt': 1, 'delivery-receipt': 1 })
    expect(scanner.health()).toEqual([{ id: 'test.ticks', core: true, status: 'ok', matches: 2 }])
  })

  test('a throwing detector is isolated and reported once; the others go on', () => {
    const h = hooks()
    const scanner = new Scanner([broken, ticks], h)
    scanner.scan(document)
    scanner.scan(document)
    expect(h.log.filter((l) => l.startsWith('failed'))).toEqual(['failed test.broken'])
    expect(scanner.size).toBe(2)
    expect(scanner.health()[0].status).toBe('failed')
  })

  test('an attribute change re-categorises the same element', async () => {
    const scanner = new Scanner([ticks], hooks())
    scanner.scan(document)
    const tick = document.querySelector('[data-icon="msg-check"]')!
    const records = await mutate(() => tick.setAttribute('data-icon', 'msg-dblcheck'))
    scanner.applyMutations(records)
    expect(tick.getAttribute(NOTE_ATTRIBUTE)).toBe('delivery-receipt')
    expect(scanner.counts()).toEqual({ 'delivery-receipt': 2 })
  })

  test('an element that stops matching loses its annotation', async () => {
    const scanner = new Scanner([ticks], hooks())
    scanner.scan(document)
    const tick = document.querySelector('[data-icon="msg-check"]')!
    scanner.applyMutations(await mutate(() => tick.setAttribute('data-icon', 'unknown')))
    expect(tick.hasAttribute(NOTE_ATTRIBUTE)).toBe(false)
    expect(scanner.size).toBe(1)
  })

  test('added subtrees are scanned; removed ones are forgotten', async () => {
    const h = hooks()
    const scanner = new Scanner([ticks], h)
    scanner.scan(document)
    const row = document.createElement('div')
    row.innerHTML = '<span data-icon="msg-check"></span>'
    scanner.applyMutations(await mutate(() => document.getElementById('list')!.append(row)))
    expect(scanner.size).toBe(3)
    scanner.applyMutations(await mutate(() => row.remove()))
    expect(scanner.size).toBe(2)
    expect(h.log.filter((l) => l === '-')).toHaveLength(1)
  })

  test('disabled categories are neither annotated nor counted, and come back when enabled', () => {
    const disabled = ['sent-receipt']
    const h = { ...hooks(), isCategoryEnabled: (c: string) => !disabled.includes(c) }
    const scanner = new Scanner([ticks], h)
    scanner.scan(document)
    expect(scanner.counts()).toEqual({ 'delivery-receipt': 1 })
    disabled.length = 0
    scanner.scan(document)
    expect(scanner.counts()).toEqual({ 'sent-receipt': 1, 'delivery-receipt': 1 })
    disabled.push('delivery-receipt')
    scanner.dropDisabled()
    expect(scanner.counts()).toEqual({ 'sent-receipt': 1 })
  })

  test('sliced first pass annotates the same as a plain scan and yields between slices', async () => {
    const scanner = new Scanner([ticks], hooks())
    const yieldToPage = vi.fn(() => Promise.resolve())
    await scanner.scanInSlices(document, yieldToPage, 1)
    expect(scanner.size).toBe(2)
    // once after the detector ran, once after each slice of one annotation
    expect(yieldToPage).toHaveBeenCalledTimes(3)
  })

  test('every mark of the sliced first pass is set inside a call of `write`, one call per slice', async () => {
    let inWrite = false
    const outside: string[] = []
    const scanner = new Scanner([ticks], { ...hooks(), annotated: (_el, c) => void (inWrite || outside.push(c)) })
    let writes = 0
    const write = <T,>(slice: () => T): T => {
      writes++
      inWrite = true
      try {
        return slice()
      } finally {
        inWrite = false
      }
    }
    await scanner.scanInSlices(document, () => Promise.resolve(), 1, write)
    expect(scanner.size).toBe(2)
    expect(outside).toEqual([])
    // a slice per annotation, and the one that finds the pass done
    expect(writes).toBe(3)
  })

  test('an element a detector returns twice keeps its first category, in the first pass and in rescans', async () => {
    const twice: Detector = {
      id: 'test.twice',
      categories: ['sent-receipt', 'read-receipt'],
      find: (root) =>
        queryAll(root, '[data-icon="msg-check"]').flatMap((element): Match[] => [
          { element, category: 'sent-receipt' },
          { element, category: 'read-receipt' },
        ]),
    }
    const h = hooks()
    const scanner = new Scanner([twice], h)
    await scanner.scanInSlices(document, () => Promise.resolve())
    expect(scanner.counts()).toEqual({ 'sent-receipt': 1 })
    expect(h.log).toEqual(['+sent-receipt'])
    scanner.scan(document.getElementById('list')!)
    expect(scanner.counts()).toEqual({ 'sent-receipt': 1 })
    expect(document.querySelector('[data-icon="msg-check"]')!.getAttribute(NOTE_ATTRIBUTE)).toBe('sent-receipt')
  })

  test('a category switched off while the sliced pass yields is not annotated after it', async () => {
    document.body.innerHTML = `<div id="list">${'<span data-icon="msg-dblcheck"></span>'.repeat(4)}</div>`
    const disabled: string[] = []
    const scanner = new Scanner([ticks], { ...hooks(), isCategoryEnabled: (c) => !disabled.includes(c) })
    let slices = 0
    await scanner.scanInSlices(
      document,
      async () => {
        // After the first slice of two: the setting changes, and the page's dropDisabled runs.
        if (slices++ === 1) {
          disabled.push('delivery-receipt')
          scanner.dropDisabled()
        }
      },
      2,
    )
    expect(scanner.counts()).toEqual({})
    expect(document.querySelectorAll(`[${NOTE_ATTRIBUTE}]`)).toHaveLength(0)
  })

  test('clear removes every annotation', () => {
    const scanner = new Scanner([ticks], hooks())
    scanner.scan(document)
    scanner.clear()
    expect(document.querySelectorAll(`[${NOTE_ATTRIBUTE}]`)).toHaveLength(0)
    expect(scanner.size).toBe(0)
  })

  test('marks the page set itself are removed on a scan', () => {
    document.body.insertAdjacentHTML('beforeend', `<p ${NOTE_ATTRIBUTE}="read-receipt">fake</p>`)
    new Scanner([ticks], hooks()).scan(document)
    expect(document.querySelector('p')!.hasAttribute(NOTE_ATTRIBUTE)).toBe(false)
  })
})

describe('complementOf', () => {
  test('covers every element except the region and its ancestors', () => {
    document.body.innerHTML = '<div id="a"><div id="b"><p id="list"><i id="in"></i></p><span id="s"></span></div><em id="e"></em></div><footer id="f"></footer>'
    const roots = complementOf(document.getElementById('list')!)
    const covered = new Set(roots.flatMap((r) => [r, ...r.querySelectorAll('*')]))
    for (const el of document.querySelectorAll('*')) {
      const excluded = el.id === 'list' || el.id === 'in' || el.contains(document.getElementById('list'))
      expect(covered.has(el), el.id || el.tagName).toBe(!excluded)
    }
  })
})

describe('health', () => {
  test('a core detector limited to some views is core only there', () => {
    const viewed: Detector = { ...ticks, coreViews: ['one-to-one-chat'] }
    const scanner = new Scanner([viewed], hooks())
    expect(scanner.health('one-to-one-chat')[0].core).toBe(true)
    expect(scanner.health('status')[0].core).toBe(false)
    expect(scanner.health()[0].core).toBe(false)
    expect(new Scanner([ticks], hooks()).health('status')[0].core).toBe(true)
  })

  test('a detector the page is expected to show is core; the answer given is used, the page is not asked again', () => {
    const expectedOn = vi.fn((doc: Document) => doc.getElementById('panel') !== null)
    const panel: Detector = { id: 'test.panel', categories: ['about'], expectedOn, find: () => [] }
    const scanner = new Scanner([panel], hooks())
    scanner.scan(document)
    expect(scanner.expectedDetectors()).toEqual(new Set())
    document.body.insertAdjacentHTML('beforeend', '<div id="panel"></div>')
    expect(scanner.health('settings')[0]).toMatchObject({ core: true, status: 'no-match' })
    const expected = scanner.expectedDetectors()
    expect(expected).toEqual(new Set(['test.panel']))
    const asked = expectedOn.mock.calls.length
    document.getElementById('panel')!.remove()
    expect(scanner.health('settings', expected)[0].core).toBe(true)
    expect(scanner.health('settings', new Set())[0].core).toBe(false)
    expect(expectedOn).toHaveBeenCalledTimes(asked)
  })

  test('an expectedOn that throws counts as not expected', () => {
    const throwing: Detector = { id: 'test.throws', categories: ['about'], expectedOn: () => { throw new Error('boom') }, find: () => [] }
    const scanner = new Scanner([throwing], hooks())
    scanner.scan(document)
    expect(scanner.expectedDetectors()).toEqual(new Set())
  })
})
