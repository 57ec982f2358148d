import { CATEGORY_GROUPS, type Category, type CategoryGroup } from '../../shared/categories'
import { CATEGORY_MARKER_STYLES, type CategoryMarkerStyle, type Settings } from '../../settings/schema'
import { t } from '../../ui/i18n'
import { groupLabel } from '../../ui/labels'

const STYLE_KEYS: Record<CategoryMarkerStyle, string> = {
  dot: 'markerStyleDot',
  ring: 'markerStyleRing',
  outline: 'markerStyleOutline',
  'tooltip-only': 'markerStyleTooltip',
}
/** The select's value for "no style of its own": the page-wide marker style applies. */
const INHERIT = ''

export interface MarkerStylesProps {
  settings: Pick<Settings, 'categoryMarkerStyles'>
  /** Category titles in the popup's language (the categories without one show their id). */
  titles: Partial<Record<Category, string>>
  /** Receives the whole new map of per-category styles. */
  onChange(next: Settings['categoryMarkerStyles']): void
  /** The groups to offer (default: all). */
  groups?: readonly CategoryGroup[]
}

/**
 * Per-category marker styles: a quieter hairline ring for categories that are everywhere (profile
 * photos are on every chat-list row), or any other style, instead of the page-wide one.
 */
export function MarkerStyles({ settings, titles, onChange, groups }: MarkerStylesProps) {
  const chosen = settings.categoryMarkerStyles
  const shown = (Object.entries(CATEGORY_GROUPS) as [CategoryGroup, readonly Category[]][]).filter(
    ([group]) => !groups || groups.includes(group),
  )
  const set = (category: Category, value: string) => {
    const next = { ...chosen }
    if (CATEGORY_MARKER_STYLES.includes(value as CategoryMarkerStyle)) next[category] = value as CategoryMarkerStyle
    else delete next[category]
    onChange(next)
  }
  return (
    <details class="marker-styles">
      <summary>{t('markerStylesHeading')}</summary>
      {shown.map(([group, members]) => (
        <fieldset key={group}>
          <legend>{groupLabel(group)}</legend>
          {members.map((c) => (
            <div class="field" key={c}>
              <label for={`marker-style-${c}`}>{titles[c] ?? c}</label>
              <select
                id={`marker-style-${c}`}
                data-marker-style-for={c}
                value={chosen[c] ?? INHERIT}
                onChange={(e) => set(c, e.currentTarget.value)}
              >
                <option value={INHERIT}>{t('markerStyleInherit')}</option>
                {CATEGORY_MARKER_STYLES.map((s) => (
                  <option key={s} value={s}>
                    {t(STYLE_KEYS[s])}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      ))}
    </details>
  )
}
