import type { Category } from '../shared/categories'
import type { Lang } from '../notes/types'
import type { SectionLabels, TooltipText } from '../notes/tooltips'
import type { Replies } from '../messaging/messages'
import * as whatsappWeb from '../notes/tooltips-whatsapp-web'
import * as business from '../notes/tooltips-business'

// The tooltip texts live here, not in the content scripts: a page gets the texts of its own site's
// categories in its one language when it asks (each build swaps these modules for precomputed
// tables, vite.config.ts), with the words of a marker's name and of the note's link.

/**
 * The tooltip texts of these categories in one language, each with the words that open its sections
 * (the content scripts do not carry those: a note without its texts has no sections to label), and
 * the overlay's own words in that language.
 */
export function tooltipTexts(lang: Lang, categories: readonly Category[]): Replies['tooltip-texts'] {
  const { whoCanSee, sharedWith, kept, control, sources, fullNote, markerLabel } = whatsappWeb.overlayLabelsFor(lang)
  const labels: SectionLabels = { whoCanSee, sharedWith, kept, control, sources }
  const texts: Partial<Record<Category, TooltipText>> = {}
  for (const category of categories) {
    const text = whatsappWeb.tooltipFor(category, lang) ?? business.tooltipFor(category, lang)
    if (text) texts[category] = { ...text, labels }
  }
  return { texts, labels: { fullNote, markerLabel } }
}
