// Webhook configuration: the callback-URL field (input or shown value) and the list/table of
// subscribed fields (messages, statuses, message_template_status_update …).
import { businessDetector } from './signals'
import { queryAll } from '../../shared/dom'
import { CALLBACK_LABELS, WEBHOOK_FIELD_NAMES, WEBHOOK_LIST_TOKENS_A, WEBHOOK_LIST_TOKENS_B } from './keywords'
import { TABLE_SELECTOR, isHidden, keyText, labelOf, pairsFor, valueElement } from './structure'
import { hasAnyPhrase, hasAnyToken, rawText } from './text'

const URL_INPUTS = 'input:not([type]), input[type="url"], input[type="text"], input[type="search"], [role="textbox"]'
const FIELD_LISTS = `${TABLE_SELECTOR}, ul, ol, [role="list"], fieldset, [role="group"]`

function isCallbackLabel(label: string): boolean {
  return hasAnyPhrase(label, CALLBACK_LABELS)
}

function fromInputs(root: Element | Document): Element[] {
  const found: Element[] = []
  for (const input of queryAll(root, URL_INPUTS)) {
    if (isHidden(input)) continue
    if (isCallbackLabel(labelOf(input))) found.push(input)
  }
  return found
}

function fromPairs(root: Element | Document): Element[] {
  const found: Element[] = []
  for (const pair of pairsFor(root)) {
    if (!isCallbackLabel(keyText(pair))) continue
    if (!/^https?:\/\/\S+$/i.test(rawText(pair.value))) continue
    const el = valueElement(pair.value)
    found.push(el)
  }
  return found
}

function fieldNameCount(list: Element): { names: number; snake: boolean } {
  let names = 0
  let snake = false
  for (const n of Array.from(list.querySelectorAll('*'))) {
    if (n.children.length > 0) continue
    const v = (n.textContent ?? '').trim().toLowerCase()
    if (!WEBHOOK_FIELD_NAMES.has(v)) continue
    names++
    if (v.includes('_')) snake = true
  }
  return { names, snake }
}

function fromLists(root: Element | Document): Element[] {
  const found: Element[] = []
  const lists = queryAll(root, FIELD_LISTS)
  for (const list of lists) {
    if (isHidden(list)) continue
    const label = labelOf(list)
    const labelled = hasAnyToken(label, WEBHOOK_LIST_TOKENS_A) && hasAnyToken(label, WEBHOOK_LIST_TOKENS_B)
    const { names, snake } = fieldNameCount(list)
    // Labelled as subscribed fields/events; or unlabelled but listing Graph API field names.
    if ((labelled && (names > 0 || list.querySelector('input[type="checkbox"], [role="switch"], [role="checkbox"]'))) || (names >= 2 && snake)) {
      found.push(list)
    }
  }
  return found
}

export const webhookDetector = businessDetector({
  id: 'biz.webhook',
  category: 'webhook-config',
  // Innermost: a fieldset holding a labelled list is one list.
  nesting: 'innermost',
  signals: [fromInputs, fromPairs, fromLists],
  watchedAttributes: ['aria-label'],
})

