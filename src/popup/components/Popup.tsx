import type { PageSummary } from '../../shared/page'
import type { PopupActions } from '../actions'
import { t } from '../../ui/i18n'
import { siteLabel, viewLabel } from '../../ui/labels'
import type { ElsewhereState, PopupState, SupportedState } from '../state'
import { Elsewhere } from './Elsewhere'
import { Guard } from './Guard'
import { Supported } from './Supported'

interface Props {
  state: PopupState
  actions: PopupActions
}

// First screen of a 600 px popup, top to bottom: the one-line summary, the category counts, then
// the notes about this view. Status notices stay short so they don't push the counts down.

export function Popup({ state, actions }: Props) {
  return (
    <div class="popup">
      <header class="popup-header">
        <h1 id="popup-title">{t('extName')}</h1>
        <Guard fallback={null}>{state.kind === 'supported' && <PageLine summary={state.summary} />}</Guard>
      </header>
      <main aria-busy={state.kind === 'loading'}>
        <Guard fallback={<Crashed state={state} actions={actions} />}>
          {/* Only for screen readers: the page paints this state before any script runs (index.html), without words. */}
          {state.kind === 'loading' && <p class="sr-only">{t('popupLoading')}</p>}
          {state.kind !== 'loading' && <Notices state={state} actions={actions} />}
          {state.kind === 'supported' && <Supported state={state} actions={actions} />}
          {state.kind === 'elsewhere' && <Elsewhere state={state} actions={actions} />}
        </Guard>
      </main>
      {state.kind !== 'loading' && <Footer actions={actions} />}
    </div>
  )
}

/** What an error leaves: a plain sentence, the master switch and the library. */
function Crashed({ state, actions }: Props) {
  const settings = state.kind === 'loading' ? null : state.settings
  return (
    <section class="notice" role="alert" data-crashed>
      <p>{t('crashHeading')}</p>
      {settings && (
        <>
          <p class="muted">{t('crashControls')}</p>
          <div class="switch-row">
            <input
              type="checkbox"
              id="toggle-all"
              checked={settings.enabled}
              onChange={(e) => actions.updateSettings({ ...settings, enabled: e.currentTarget.checked })}
            />
            <label for="toggle-all">{t('toggleAll')}</label>
          </div>
        </>
      )}
    </section>
  )
}

function Footer({ actions }: { actions: PopupActions }) {
  return (
    <footer class="popup-footer">
      <button type="button" id="open-library" class="link-button" onClick={() => actions.openLibrary()}>
        {t('openLibrary')}
      </button>
      <button type="button" id="open-welcome" class="link-button" onClick={() => actions.openWelcome()}>
        {t('openWelcome')}
      </button>
      <button type="button" id="open-privacy" class="link-button" onClick={() => actions.openPrivacy()}>
        {t('openPrivacy')}
      </button>
    </footer>
  )
}

function Notices({ state, actions }: { state: SupportedState | ElsewhereState; actions: PopupActions }) {
  const save = state.save
  return (
    <>
      {state.settingsProblems.length > 0 && (
        <p class="notice" role="status" data-settings-repaired>
          {t('settingsRepaired')}
        </p>
      )}
      {save?.kind === 'failed' && (
        <div class="warning" role="alert" data-save-failed>
          <p>{t('saveFailed', save.error)}</p>
          <p class="muted">{t('saveShowingStored')}</p>
          <button type="button" class="secondary" id="retry-save" onClick={() => actions.retrySave()}>
            {t('saveRetry')}
          </button>
        </div>
      )}
    </>
  )
}

function PageLine({ summary }: { summary: PageSummary }) {
  return (
    <p class="page-line">
      <span data-site={summary.facts.site}>{siteLabel(summary.facts.site)}</span>
      {' · '}
      <span data-view={summary.facts.view}>{viewLabel(summary.facts.view)}</span>
    </p>
  )
}
