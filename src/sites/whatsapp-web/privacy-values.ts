// Reads the values Settings › Privacy and its sub-panels display, from the rows the privacy-settings
// detector found in its normal pass (no pass of its own): the secondary text under a row's name,
// a checkbox or switch state, or the selected radio option. Part of the privacy reader
// (content/privacy-reader.ts), which a page gets only once a Privacy panel (or a panel that may be one
// of its sub-panels) is open.
//
// What is read is mapped at once to a fixed value ('nobody', 'on', '24h', a count…); no page text
// is kept. A list of names ("My contacts except Ana, Bruno") yields only the option. Text that is
// not a known word yields 'unknown', never a guess.
//
// Signals (markup [G], like the detector's): a row's name is its first line of text, its value the
// second; a switch is [role="switch"|"checkbox"][aria-checked] or an <input type="checkbox">; a
// radio group is [role="radiogroup"] holding [role="radio"][aria-checked] or <input type="radio">.
// Which setting a row or panel is can only be told from its words (privacy-words.ts): the
// panels carry no known id.

import { isValueFor, MAX_COUNT, type MySettingId, type MySettingValue, type Reading } from '../../checkup/values'
import { AUDIENCE_WORDS, NONE_WORDS, TIMER_WORDS, type AudienceWord } from './privacy-value-words'
import { handPrivacyRowsTo, ROW_SELECTOR } from './privacy-panels'
import { privacySubPanelKind, RADIO_SETTINGS, ROW_BY_NAME } from './privacy-sub-panels'
import type { RowKind } from './privacy-words'
import { normalize } from './words'

const AUDIENCE_BY_WORD = new Map<string, AudienceWord>()
for (const [value, words] of Object.entries(AUDIENCE_WORDS) as [AudienceWord, readonly string[]][]) {
  for (const w of words) AUDIENCE_BY_WORD.set(normalize(w), value)
}
const TIMER_BY_WORD = new Map<string, '24h' | '7d' | '90d' | 'off'>()
for (const [value, words] of Object.entries(TIMER_WORDS) as ['24h' | '7d' | '90d' | 'off', readonly string[]][]) {
  for (const w of words) TIMER_BY_WORD.set(normalize(w), value)
}
const NONE = new Set(NONE_WORDS.map(normalize))
/** Options that may carry a list of names after their label; matched by prefix, longest first. */
const NAMED_OPTION_PREFIXES = [...AUDIENCE_BY_WORD]
  .filter(([w, v]) => (v === 'contacts-except' || v === 'only-share-with') && !w.includes('#'))
  .sort((a, b) => b[0].length - a[0].length)

// ---------------------------------------------------------------------------------------- text

/** Lines of visible text in `el`: consecutive text of one element is one line. Icons' titles are skipped. */
export function textLines(el: Element): string[] {
  const lines: string[] = []
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */)
  let lastParent: Element | null = null
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    if (!parent || parent.closest('svg, script, style, [aria-hidden="true"]')) continue
    const t = normalize(node.nodeValue)
    if (!t) continue
    if (parent === lastParent && lines.length) lines[lines.length - 1] += ' ' + t
    else lines.push(t)
    lastParent = parent
  }
  return lines
}

const DEVANAGARI_ZERO = 0x966
function asciiDigits(text: string): string {
  return text.replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - DEVANAGARI_ZERO))
}

/** An audience option from its label: exact words, counts folded to "#", or a named option's prefix. */
export function audienceOf(label: string | undefined): AudienceWord | null {
  if (!label) return null
  const exact = AUDIENCE_BY_WORD.get(label) ?? AUDIENCE_BY_WORD.get(asciiDigits(label).replace(/\d+/g, '#'))
  if (exact) return exact
  for (const [prefix, value] of NAMED_OPTION_PREFIXES) {
    if (label.startsWith(prefix) && /^[\s,:;…(]/.test(label.slice(prefix.length))) return value
  }
  return null
}

/** A count: the "none" word, or a text holding exactly one number. */
export function countOf(text: string | undefined): MySettingValue {
  if (!text) return 'unknown'
  if (NONE.has(text)) return '0'
  const numbers = asciiDigits(text).match(/\d+/g)
  if (!numbers || numbers.length !== 1) return 'unknown'
  const n = Number(numbers[0])
  return n <= MAX_COUNT ? (String(n) as MySettingValue) : 'unknown'
}

/** The value if `id` can take it, else 'unknown' (a word of another setting is not a guess either). */
function checked(id: MySettingId, value: string | null | undefined): MySettingValue {
  return value && isValueFor(id, value) ? value : 'unknown'
}

// ---------------------------------------------------------------------------------------- controls

function switchState(row: Element): MySettingValue {
  const own = row.matches('[role="switch"], [role="checkbox"]') ? row : null
  const control = own ?? row.querySelector('[role="switch"], [role="checkbox"], input[type="checkbox"]')
  if (!control) return 'unknown'
  const aria = control.getAttribute('aria-checked')
  if (aria === 'true') return 'on'
  if (aria === 'false') return 'off'
  if (control.tagName === 'INPUT') return (control as HTMLInputElement).checked ? 'on' : 'off'
  return 'unknown'
}

function isSelected(option: Element): boolean {
  if (option.getAttribute('aria-checked') === 'true') return true
  return option.tagName === 'INPUT' && (option as HTMLInputElement).checked
}

/** The first line of an option's label (the names of "My contacts except…" come after it, or inside it). */
function optionLabel(option: Element): string | undefined {
  let labelled: Element | null = option
  if (option.tagName === 'INPUT') {
    const id = option.getAttribute('id')
    const byFor = id ? Array.from(option.ownerDocument.querySelectorAll('label[for]')).find((l) => l.getAttribute('for') === id) : undefined
    labelled = option.closest('label') ?? byFor ?? option.parentElement
  }
  return labelled ? textLines(labelled)[0] : undefined
}

function optionValue(label: string | undefined): string | null {
  if (!label) return null
  return audienceOf(label) ?? TIMER_BY_WORD.get(label) ?? null
}

// ---------------------------------------------------------------------------------------- readers

/** A row of the Privacy panel, or a switch row of a sub-panel, read by its name. */
export function readRow(row: Element): Reading[] {
  const lines = textLines(row)
  const kind = lines.length ? ROW_BY_NAME.get(lines[0]!) : undefined
  const value = lines[1]
  switch (kind) {
    case 'last-seen-and-online': {
      if (!value) return []
      const exact = audienceOf(value)
      if (exact) return [{ id: 'last-seen', value: checked('last-seen', exact) }]
      // "Nobody, Same as last seen": both halves, when both are words we know.
      const [first, second, ...rest] = value.split(', ')
      const lastSeen = audienceOf(first)
      const online = audienceOf(second)
      if (!rest.length && lastSeen && online) {
        return [
          { id: 'last-seen', value: checked('last-seen', lastSeen) },
          { id: 'online', value: checked('online', online) },
        ]
      }
      return [{ id: 'last-seen', value: 'unknown' }]
    }
    case 'profile-photo':
    case 'about':
    case 'status':
    case 'groups':
      return value ? [{ id: kind, value: checked(kind, audienceOf(value)) }] : []
    case 'default-timer':
      return value ? [{ id: kind, value: checked(kind, TIMER_BY_WORD.get(value)) }] : []
    case 'live-location':
    case 'blocked-contacts':
      return value ? [{ id: kind, value: countOf(value) }] : []
    case 'read-receipts':
    case 'silence-unknown-callers':
    case 'protect-ip-in-calls':
    case 'block-unknown-messages':
      return [{ id: kind, value: switchState(row) }]
    default:
      return []
  }
}

/** A radio group of a sub-panel: which setting it is, and its selected option. */
export function readRadioGroup(group: Element, panelKind: RowKind, indexInPanel: number): Reading[] {
  const settings = RADIO_SETTINGS[panelKind]
  if (!settings) return []
  const options = Array.from(group.querySelectorAll('[role="radio"], input[type="radio"]'))
  const values = options.map((o) => optionValue(optionLabel(o)))
  // Last seen and online share one sub-panel: the group offering "Same as last seen" is online's.
  let id: MySettingId | undefined
  if (settings.length === 1) id = settings[0]
  else if (values.includes('same-as-last-seen')) id = 'online'
  else if (values.some((v) => v === 'nobody' || v === 'contacts' || v === 'contacts-except')) id = 'last-seen'
  else id = settings[indexInPanel]
  if (!id) return []
  const selected = options.findIndex(isSelected)
  if (selected < 0) return []
  return [{ id, value: checked(id, values[selected]) }]
}

/**
 * Reads the rows the detector found in one panel (Privacy or a sub-panel). When a scan covered only
 * part of a row (its value text changed, a radio was checked), `scope` leads to the row around it.
 */
export function readPanelRows(panel: Element, panelKind: RowKind | 'privacy', rows: readonly Element[], scope: Element | null): Reading[] {
  let targets = rows
  if (!targets.length && scope && scope !== panel) {
    // The outermost row around the scope (a switch inside its row is read as that row).
    let around = scope.closest(ROW_SELECTOR)
    for (let outer = around?.parentElement?.closest(ROW_SELECTOR); outer && panel.contains(outer); outer = outer.parentElement?.closest(ROW_SELECTOR)) {
      around = outer
    }
    targets = around && panel.contains(around) && !around.closest('header') ? [around] : []
  }
  const out: Reading[] = []
  let groups: Element[] | null = null
  for (const row of targets) {
    if (row.matches('[role="radiogroup"]')) {
      if (panelKind === 'privacy') continue
      groups ??= Array.from(panel.querySelectorAll('[role="radiogroup"]'))
      out.push(...readRadioGroup(row, panelKind, groups.indexOf(row)))
    } else {
      out.push(...readRow(row))
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------- hook

type ReadingsListener = (readings: Reading[]) => void

/**
 * Reads the privacy-settings detector's rows in this same bundle and hands the values to `fn` (unit
 * tests; the content script goes through the privacy reader instead, checkup/content.ts).
 */
export function onPrivacyReadings(fn: ReadingsListener | null): void {
  handPrivacyRowsTo(
    fn && {
      read(...args) {
        const readings = readPanelRows(...args)
        if (readings.length) fn(readings)
      },
      subPanelKind: privacySubPanelKind,
    },
  )
}
