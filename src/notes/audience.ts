import type { AudienceEntry } from './types'

// How an audience is named wherever it is shown: with its condition, never without.

/** Longest condition that still fits in the in-page tooltip; longer ones leave the tooltip. */
export const TOOLTIP_CONDITION_MAX = 60

/** "Anyone with your number (only if your setting is Everyone)"; just the name when unconditional. */
export function audienceWithCondition(label: string, entry: Pick<AudienceEntry, 'condition'>): string {
  return entry.condition ? `${label} (${entry.condition})` : label
}

/** Whether the tooltip can name this audience together with its condition. */
export function fitsTooltip(entry: Pick<AudienceEntry, 'condition'>): boolean {
  return entry.condition.length <= TOOLTIP_CONDITION_MAX
}

/**
 * The tooltip's "who can see it" line: every audience that fits, each with its condition. An
 * audience whose condition is too long is left out rather than shown bare (the full note in the
 * popup and library lists it).
 */
export function tooltipAudienceLine(entries: readonly AudienceEntry[], labelOf: (entry: AudienceEntry) => string): string {
  return entries
    .filter(fitsTooltip)
    .map((entry) => audienceWithCondition(labelOf(entry), entry))
    .join('; ')
}
