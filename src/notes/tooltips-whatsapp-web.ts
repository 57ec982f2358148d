// Tooltip texts of the WhatsApp Web categories. Each build replaces this module with its precomputed
// table (vite.config.ts, precomputedTooltips); only the background imports it.
import { WHATSAPP_WEB_CATEGORIES } from '../shared/categories'
import { tooltipsOf } from './tooltips'

export const { buildTable, tooltipFor, overlayLabelsFor } = tooltipsOf(WHATSAPP_WEB_CATEGORIES)
