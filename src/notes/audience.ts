import type { Audience, AudienceEntry } from './types'

// How an audience is named wherever it is shown: with its condition, never without.

/** Longest condition that still fits in the in-page tooltip; longer ones leave the tooltip. */
export const TOOLTIP_CONDITION_MAX = 60

/**
 * People who may see it, for the tooltip's "who can see it" line. Every other audience (WhatsApp's
 * servers, other Meta companies, the business and its vendors, authorities) is where it goes beyond
 * those people: the "shared with" line.
 */
export const PEOPLE: readonly Audience[] = ['other-person', 'group-members', 'your-contacts', 'anyone-with-number']

export const isPerson = (who: Audience): boolean => PEOPLE.includes(who)

/** "Anyone with your number (only if your setting is Everyone)"; just the name when unconditional. */
export function audienceWithCondition(label: string, entry: Pick<AudienceEntry, 'condition'>): string {
  return entry.condition ? `${label} (${entry.condition})` : label
}

/** Whether the tooltip can name this audience together with its condition. */
export function fitsTooltip(entry: Pick<AudienceEntry, 'condition'>): boolean {
  return entry.condition.length <= TOOLTIP_CONDITION_MAX
}

/**
 * One audience line of the tooltip: every audience that fits, each with its condition. An
 * audience whose condition is too long is left out rather than shown bare (the full note in the
 * popup and library lists it). '' when none is left.
 */
export function tooltipAudienceLine(entries: readonly AudienceEntry[], labelOf: (entry: AudienceEntry) => string): string {
  return entries
    .filter(fitsTooltip)
    .map((entry) => audienceWithCondition(labelOf(entry), entry))
    .join(' · ')
}

/** The tooltip's two audience lines: the people who may see it, and where it goes beyond them. */
export function tooltipAudienceLines(
  entries: readonly AudienceEntry[],
  labelOf: (entry: AudienceEntry) => string,
): { audience: string; sharedWith: string } {
  return {
    audience: tooltipAudienceLine(
      entries.filter((e) => isPerson(e.who)),
      labelOf,
    ),
    sharedWith: tooltipAudienceLine(
      entries.filter((e) => !isPerson(e.who)),
      labelOf,
    ),
  }
}
