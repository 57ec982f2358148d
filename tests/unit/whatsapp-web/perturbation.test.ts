// Robustness: every WhatsApp Web fixture is perturbed in ways a new WhatsApp build might change its
// markup, and detection must hold. For each variant: recall (expected elements found with their
// category, over all fixtures) ≥ 95 %, and no annotation inside (or holding) message text or a name
// that was not expected. Recall per variant is printed in the test output.
import { afterAll, describe, expect, it } from 'vitest'
import { resolveMatches } from '../../../src/content/detection'
import { createScanContext } from '../../../src/sites/scan-context'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import {
  DEFAULT_AVATAR_ICONS,
  DISAPPEARING_ICONS,
  DRAWER_CLOSE_ICONS,
  EYE_ICONS,
  LOCK_ICONS,
  SETTINGS_RAIL_ICONS,
  STATUS_RAIL_ICONS,
} from '../../../src/sites/whatsapp-web/selectors'
import { TICK_LABELS } from '../../../src/sites/whatsapp-web/words'
import { fixtureIndex, loadFixture } from '../../fixtures/whatsapp/load'

/** A small seeded generator: variants are random but the same on every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

const KEPT_IDS = new Set(['app', 'main', 'side', 'pane-side'])
/** Build-generated class names (StyleX x…, 2024 _a…, 2021–23 hashes); semantic ones (message-out, selectable-text, emoji…) stay. */
const OBFUSCATED = /^(?:x[0-9a-z]{5,9}|_[0-9A-Za-z-]{3,6}|[a-z0-9]{8})$/

function renameClasses(doc: Document, rnd: () => number): void {
  const names = new Map<string, string>()
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    const next = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).map((c) => {
      if (!OBFUSCATED.test(c)) return c
      if (!names.has(c)) names.set(c, 'q' + Math.floor(rnd() * 36 ** 6).toString(36))
      return names.get(c)!
    })
    el.setAttribute('class', next.join(' '))
  }
}

function dropIds(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[id]'))) if (!KEPT_IDS.has(el.id)) el.removeAttribute('id')
}

/** Wraps the children of about one div in three in a new div. */
function addWrappers(doc: Document, rnd: () => number): void {
  for (const el of Array.from(doc.querySelectorAll('#app div'))) {
    if (rnd() > 0.33 || el.childNodes.length === 0) continue
    const wrapper = doc.createElement('div')
    wrapper.append(...Array.from(el.childNodes))
    el.append(wrapper)
  }
}

/** Shuffles siblings where the UI allows any order: list items, chat rows, settings rows, drawer blocks, rail buttons. */
function shuffleSiblings(doc: Document, rnd: () => number): void {
  const parents = new Set<Element>()
  for (const el of Array.from(doc.querySelectorAll('[role="list"], .chat-grid, section.drawer-body, .rail > div'))) parents.add(el)
  for (const row of Array.from(doc.querySelectorAll('.prow'))) if (row.parentElement) parents.add(row.parentElement)
  for (const parent of parents) {
    const movable = Array.from(parent.children).filter((c) => c.tagName !== 'HEADER')
    for (let i = movable.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1))
      ;[movable[i], movable[j]] = [movable[j]!, movable[i]!]
    }
    for (const child of movable) parent.append(child)
  }
}

/** Alias groups: names in one group mean the same thing (filled rail icons mean "selected", so they stay). */
const ALIASES: ReadonlyArray<readonly string[]> = [
  LOCK_ICONS,
  DISAPPEARING_ICONS,
  EYE_ICONS,
  [...DRAWER_CLOSE_ICONS].filter((n) => n !== 'ic-arrow-back'),
  STATUS_RAIL_ICONS.filter((n) => !n.includes('filled')),
  SETTINGS_RAIL_ICONS.filter((n) => !n.includes('filled')),
  DEFAULT_AVATAR_ICONS.filter((n) => n.includes('user') || n.includes('contact')),
  DEFAULT_AVATAR_ICONS.filter((n) => n.includes('group')),
]

function swapIconAliases(doc: Document): void {
  const next = new Map<string, string>()
  for (const group of ALIASES) group.forEach((name, i) => next.set(name, group[(i + 1) % group.length]!))
  for (const el of Array.from(doc.querySelectorAll('[data-icon], [data-testid], svg > title'))) {
    for (const attr of ['data-icon', 'data-testid']) {
      const v = el.getAttribute(attr)
      if (v && next.has(v)) el.setAttribute(attr, next.get(v)!)
    }
    if (el.localName === 'title' && next.has(el.textContent ?? '')) el.textContent = next.get(el.textContent ?? '')!
  }
}

/** Tick labels into another language the project has words for (the same state). */
function translateLabels(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[aria-label]'))) {
    const label = (el.getAttribute('aria-label') ?? '').trim().toLowerCase()
    for (const words of Object.values(TICK_LABELS) as ReadonlyArray<readonly string[]>) {
      const i = words.indexOf(label)
      if (i >= 0) el.setAttribute('aria-label', ` ${words[(i + 1) % words.length]} `)
    }
  }
}

/** The rail in the other generation's markup: data-navbar-item items ⇄ a plain header of buttons. */
function swapRailGeneration(doc: Document): void {
  const items = Array.from(doc.querySelectorAll('[data-navbar-item]'))
  if (items.length > 0) {
    for (const item of items) {
      const button = doc.createElement('button')
      for (const { name, value } of Array.from(item.attributes)) {
        if (!name.startsWith('data-navbar-item') && name !== 'role' && name !== 'tabindex') button.setAttribute(name, value)
      }
      button.append(...Array.from(item.childNodes))
      item.replaceWith(button)
    }
    return
  }
  for (const button of Array.from(doc.querySelectorAll('header.rail button'))) {
    button.setAttribute('data-navbar-item', 'true')
    button.setAttribute('data-navbar-item-selected', String(button.getAttribute('aria-pressed') === 'true' || !!button.querySelector('[data-icon*="-filled"]')))
  }
}

function removeRail(doc: Document): void {
  for (const header of Array.from(doc.querySelectorAll('header.rail'))) header.remove()
}

function removeChatList(doc: Document): void {
  doc.getElementById('pane-side')?.remove()
}

const VARIANTS: Record<string, (doc: Document, rnd: () => number) => void> = {
  'obfuscated classes renamed': renameClasses,
  'ids removed (but #app, #main, #side, #pane-side)': dropIds,
  'wrapper divs inserted': addWrappers,
  'siblings shuffled': shuffleSiblings,
  'icon names swapped for aliases': swapIconAliases,
  'aria-labels translated': translateLabels,
  'rail markup of the other generation': swapRailGeneration,
  'rail missing': removeRail,
  'chat list missing': removeChatList,
}

/**
 * Pages excluded from a variant, with the reason: no honest signal is left there.
 *  - The Status screen without its rail (and no status open in the viewer): the only
 *    language-independent sign that the list on the left is the status list is the rail's
 *    selected Status item.
 */
const EXCLUDED: Record<string, (file: string) => boolean> = {
  'rail missing': (file) => /status(?!-viewer)/.test(file),
}

const NAMES_AND_TEXT = '[data-pre-plain-text], .selectable-text, [data-testid="msg-text"], span[dir][title], [data-testid="author"], ._ahxj'
/** In a group, the open chat header's subtitle lists the members' names (the chat name is the span with dir). */
const GROUP_HEADER_NAMES = '#main header span[title]:not([dir])'

const report: string[] = []
afterAll(() => {
  console.log(`\nRecall per perturbation variant (all WhatsApp Web fixtures):\n${report.join('\n')}\n`)
})

describe('perturbed fixtures', () => {
  const fixtures = fixtureIndex().filter((f) => f.view !== 'loading')

  it('the suite covers every fixture page', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20)
  })

  for (const [variant, perturb] of Object.entries(VARIANTS)) {
    it(variant, () => {
      let expected = 0
      let found = 0
      const misses: string[] = []
      const leaks: string[] = []
      fixtures.forEach((f, n) => {
        if (EXCLUDED[variant]?.(f.file)) return
        const doc = loadFixture(f.file)
        perturb(doc, prng(n + 1))
        const got = resolveMatches(whatsappWebSite.detectors, doc, createScanContext())
        for (const el of Array.from(doc.querySelectorAll('[data-expect]'))) {
          expected++
          if (got.get(el)?.category === el.getAttribute('data-expect')) found++
          else misses.push(`${f.file}: ${el.getAttribute('data-expect')} <${el.tagName.toLowerCase()}> got ${got.get(el)?.category ?? 'nothing'}`)
        }
        for (const el of got.keys()) {
          if (el.hasAttribute('data-expect')) continue
          const names = f.view === 'group-chat' ? `${NAMES_AND_TEXT}, ${GROUP_HEADER_NAMES}` : NAMES_AND_TEXT
          if (el.closest(names) || el.querySelector(names)) leaks.push(`${f.file}: <${el.tagName.toLowerCase()} class="${el.getAttribute('class')}">`)
        }
      })
      const recall = found / expected
      report.push(`  ${variant.padEnd(50)} ${(recall * 100).toFixed(1)} %  (${found}/${expected})`)
      expect(leaks.slice(0, 10), "annotations inside or around message text or names").toEqual([])
      expect(recall, misses.slice(0, 15).join('\n')).toBeGreaterThanOrEqual(0.95)
    }, 120_000)
  }
})
