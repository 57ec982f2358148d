// Tooltip texts of the business-dashboard categories. Each build replaces this module with its
// precomputed table (vite.config.ts, precomputedTooltips); only the background imports it.
import { BUSINESS_CATEGORIES } from '../shared/categories'
import { tooltipsOf } from './tooltips'

export const { buildTable, tooltipFor, overlayLabelsFor } = tooltipsOf(BUSINESS_CATEGORIES)
