// Tooltip texts of the business-dashboard categories. The content-script build replaces this
// module with its precomputed table (vite.config.ts, precomputedTooltips).
import { BUSINESS_CATEGORIES } from '../shared/categories'
import { tooltipsOf } from './tooltips'

export const { buildTable, tooltipFor, overlayLabelsFor } = tooltipsOf(BUSINESS_CATEGORIES)
