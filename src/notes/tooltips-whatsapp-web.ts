// Tooltip texts of the WhatsApp Web categories. The content-script build replaces this module with
// its precomputed table (vite.config.ts, precomputedTooltips).
import { WHATSAPP_WEB_CATEGORIES } from '../shared/categories'
import { tooltipsOf } from './tooltips'

export const { buildTable, tooltipFor, overlayLabelsFor } = tooltipsOf(WHATSAPP_WEB_CATEGORIES)
