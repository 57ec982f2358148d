// Column classification shared by several detectors. Pure functions over TableView.
import {
  MESSAGE_CONTEXT_TOKENS,
  MESSAGE_STATUS_HEADERS,
  OWN_NUMBER_CONTEXT,
  PHONE_HEADER_EXACT,
  PHONE_HEADER_NEGATIVE_TOKENS,
  PHONE_HEADER_TOKENS,
  STATUS_HEADER_TOKENS,
} from './keywords'
import { column, type TableView } from './structure'
import { hasAnyPhrase, hasAnySubstring, hasAnyToken, isE164Like, isPhoneLike, rawText, tokens } from './text'

/** A header naming a column of customer numbers (recipient, customer phone, To, wa_id …). */
export function isPhoneHeader(header: string): boolean {
  if (!header) return false
  if (PHONE_HEADER_EXACT.has(header) || PHONE_HEADER_EXACT.has(header.replace(/\s/g, ''))) return true
  const t = tokens(header)
  const waId = header.includes('wa id') || header.includes('waid')
  if (waId) return true
  if (t.some((x) => PHONE_HEADER_NEGATIVE_TOKENS.has(x))) return false
  return hasAnyToken(header, PHONE_HEADER_TOKENS)
}

/** A header that rules out customer numbers even when values look international. */
export function isNegativePhoneHeader(header: string): boolean {
  if (header.includes('wa id') || header.includes('waid')) return false
  return tokens(header).some((x) => PHONE_HEADER_NEGATIVE_TOKENS.has(x))
}

/** The table lists the business's own numbers (quality rating, messaging limit, display name …). */
export function isOwnNumberTable(view: TableView): boolean {
  return view.headers.some((h) => hasAnySubstring(h, OWN_NUMBER_CONTEXT) || hasAnyPhrase(h, OWN_NUMBER_CONTEXT))
}

/** Column indexes holding customer phone numbers, by header or by an all-E.164 column. */
export function phoneColumns(view: TableView): number[] {
  if (isOwnNumberTable(view)) return []
  const out: number[] = []
  view.headers.forEach((header, i) => {
    const cells = column(view, i)
    if (cells.length === 0) return
    if (isPhoneHeader(header)) {
      if (cells.some((c) => isPhoneLike(rawText(c)))) out.push(i)
      return
    }
    if (isNegativePhoneHeader(header)) return
    if (cells.length >= 2 && cells.every((c) => isE164Like(rawText(c)))) out.push(i)
  })
  return out
}

export function isStatusHeader(header: string): boolean {
  return hasAnyToken(header, STATUS_HEADER_TOKENS) || hasAnyPhrase(header, MESSAGE_STATUS_HEADERS) || MESSAGE_STATUS_HEADERS.includes(header)
}

export function isMessageStatusHeader(header: string): boolean {
  return hasAnyPhrase(header, MESSAGE_STATUS_HEADERS)
}

/** Some header shows the table is about messages (or it has a customer-number column). */
export function hasMessageContext(view: TableView): boolean {
  if (view.headers.some((h) => hasAnyToken(h, MESSAGE_CONTEXT_TOKENS) || h === 'to')) return true
  return phoneColumns(view).length > 0
}
