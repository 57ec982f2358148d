// Transient text helpers. Nothing read here is stored: callers compare and drop it.

/** Lower case, diacritics removed, punctuation to spaces, whitespace collapsed. Keeps '_' and '+'. */
export function norm(text: string | null | undefined): string {
  if (!text) return ''
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_+%]+/gu, ' ')
    .trim()
}

export function tokens(normalized: string): string[] {
  return normalized.split(/[\s_]+/).filter(Boolean)
}

/** True when `phrase` (normalized) occurs in `normalized` as a run of whole tokens. */
export function hasPhrase(normalized: string, phrase: string): boolean {
  return (' ' + normalized.replace(/_/g, ' ') + ' ').includes(' ' + phrase + ' ')
}

export function hasAnyPhrase(normalized: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => hasPhrase(normalized, p))
}

export function hasAnyToken(normalized: string, set: ReadonlySet<string>): boolean {
  return tokens(normalized).some((t) => set.has(t))
}

export function hasAnySubstring(normalized: string, parts: readonly string[]): boolean {
  return parts.some((p) => normalized.includes(p))
}

/** Visible-ish text of an element, normalized. */
export function textOf(el: Element): string {
  return norm(el.textContent)
}

/** Raw trimmed text (for the few checks that need digits and separators). */
export function rawText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim()
}

const DATE_LIKE = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\b/

/**
 * A phone number as a whole value: E.164 (+14155550123, +1 415-555-0123), with a
 * "whatsapp:" or "tel:" prefix, or a local format with separators. 7–15 digits, no letters.
 */
export function isPhoneLike(raw: string): boolean {
  const v = raw.trim().replace(/^(whatsapp|tel):\s*/i, '')
  if (!/^\+?[\d(][\d\s().\-]*\d$/.test(v)) return false
  if (DATE_LIKE.test(v)) return false
  const digits = v.replace(/\D/g, '').length
  return digits >= 7 && digits <= 15
}

/** Stricter: an international number starting with '+' (E.164 with optional separators). */
export function isE164Like(raw: string): boolean {
  const v = raw.trim().replace(/^(whatsapp|tel):\s*/i, '')
  if (!v.startsWith('+')) return false
  if (!isPhoneLike(v)) return false
  const digits = v.replace(/\D/g, '').length
  return digits >= 8 && digits <= 15
}

/** A number shown as a metric: 1,240 · 98.2% · 12.4K · 3 mil. */
export function isMetricNumber(raw: string): boolean {
  return /^[+-]?\d[\d.,\s\u00a0\u202f]*\s?(%|k|m|mil|tsd\.?|mio\.?)?$/i.test(raw.trim())
}
