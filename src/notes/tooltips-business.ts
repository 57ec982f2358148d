// Tooltip texts of the business-dashboard categories. Each build replaces this module with its
// precomputed table: the background's whole, a content script's titles only (vite.config.ts,
// precomputedTooltips).
import { BUSINESS_CATEGORIES } from '../shared/categories'
import { tooltipsOf } from './tooltips'

export const { buildTable, tooltipFor, titleFor, overlayLabelsFor } = tooltipsOf(BUSINESS_CATEGORIES)
