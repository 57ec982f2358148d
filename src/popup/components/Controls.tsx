import { CATEGORY_GROUPS, type Category, type CategoryGroup } from '../../shared/categories'
import type { SiteId } from '../../shared/page'
import { MARKER_STYLES, type MarkerStyle, type Settings } from '../../settings/schema'
import type { PopupActions } from '../actions'
import { t } from '../../ui/i18n'
import { groupLabel, siteLabel } from '../../ui/labels'
import type { SupportedState } from '../state'
import { Consoles } from './Consoles'
import { MarkerStyles } from './MarkerStyles'

const MARKER_KEYS: Record<MarkerStyle, string> = {
  dot: 'markerStyleDot',
  outline: 'markerStyleOutline',
  'tooltip-only': 'markerStyleTooltip',
}

export function Controls({ state, actions, site }: { state: SupportedState; actions: PopupActions; site: SiteId }) {
  const { settings } = state
  const save = (patch: Partial<Settings>) => actions.updateSettings({ ...settings, ...patch })
  const toggle = <T,>(list: T[], item: T, on: boolean): T[] =>
    on ? list.filter((x) => x !== item) : [...list.filter((x) => x !== item), item]

  return (
    <section class="controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">{t('controlsHeading')}</h2>

      <div class="switch-row">
        <input
          type="checkbox"
          id="toggle-all"
          checked={settings.enabled}
          onChange={(e) => save({ enabled: e.currentTarget.checked })}
        />
        <label for="toggle-all">{t('toggleAll')}</label>
      </div>

      <div class="switch-row">
        <input
          type="checkbox"
          id="toggle-site"
          checked={!settings.disabledSites.includes(site)}
          disabled={!settings.enabled}
          aria-describedby={settings.enabled ? undefined : 'toggle-site-hint'}
          onChange={(e) => save({ disabledSites: toggle(settings.disabledSites, site, e.currentTarget.checked) })}
        />
        <label for="toggle-site">{t('toggleSite', siteLabel(site))}</label>
      </div>
      {!settings.enabled && (
        <p id="toggle-site-hint" class="muted hint">
          {t('toggleSiteHint')}
        </p>
      )}

      <div class="field">
        <label for="marker-style">{t('markerStyle')}</label>
        <select
          id="marker-style"
          value={settings.markerStyle}
          onChange={(e) => {
            const v = e.currentTarget.value as MarkerStyle
            if (MARKER_STYLES.includes(v)) save({ markerStyle: v })
          }}
        >
          {MARKER_STYLES.map((m) => (
            <option key={m} value={m}>
              {t(MARKER_KEYS[m])}
            </option>
          ))}
        </select>
      </div>

      <MarkerStyles
        settings={settings}
        titles={Object.fromEntries(Object.entries(state.notes).map(([c, n]) => [c, n?.title ?? c]))}
        onChange={(categoryMarkerStyles) => save({ categoryMarkerStyles })}
      />
      <details class="category-toggles">
        <summary>{t('categoriesHeading')}</summary>
        {(Object.entries(CATEGORY_GROUPS) as [CategoryGroup, readonly Category[]][]).map(([group, members]) => (
          <fieldset key={group}>
            <legend>{groupLabel(group)}</legend>
            {members.map((c) => (
              <div class="switch-row" key={c}>
                <input
                  type="checkbox"
                  id={`cat-${c}`}
                  data-category-toggle={c}
                  checked={!settings.disabledCategories.includes(c)}
                  onChange={(e) =>
                    save({ disabledCategories: toggle(settings.disabledCategories, c, e.currentTarget.checked) })
                  }
                />
                <label for={`cat-${c}`}>{state.notes[c]?.title ?? c}</label>
              </div>
            ))}
          </fieldset>
        ))}
      </details>

      <Consoles consoles={state.consoles} actions={actions} headingId="consoles-heading" />
    </section>
  )
}
