import type { Category } from '../../shared/categories'
import type { PageSummary } from '../../shared/page'
import { annotationsActive } from '../../settings/schema'
import type { ContextNote, Note } from '../../notes/types'
import type { PopupActions } from '../actions'
import { t } from '../i18n'
import { groupLabel, siteLabel, statusLabel, viewLabel } from '../labels'
import {
  detectedGroups,
  failingCoreDetectors,
  type ElsewhereState,
  type Labels,
  type PopupState,
  type SupportedState,
} from '../state'
import { Consoles } from './Consoles'
import { Controls } from './Controls'
import { NoteDetails } from './NoteDetails'
import { MySettings } from './MySettings'

interface Props {
  state: PopupState
  actions: PopupActions
}

export function Popup({ state, actions }: Props) {
  return (
    <div class="popup">
      <header class="popup-header">
        <h1 id="popup-title">{t('extName')}</h1>
        {state.kind === 'supported' && <PageLine summary={state.summary} />}
      </header>
      <main aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p class="muted">{t('popupLoading')}</p>}
        {state.kind !== 'loading' && state.settingsProblems.length > 0 && (
          <p class="notice" role="status" data-settings-repaired>
            {t('settingsRepaired')}
          </p>
        )}
        {state.kind === 'supported' && <Supported state={state} actions={actions} />}
        {state.kind === 'elsewhere' && <Elsewhere state={state} actions={actions} />}
      </main>
      {state.kind !== 'loading' && (
        <footer class="popup-footer">
          <button type="button" id="open-library" class="link-button" onClick={() => actions.openLibrary()}>
            {t('openLibrary')}
          </button>
        </footer>
      )}
    </div>
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

function Supported({ state, actions }: { state: SupportedState; actions: PopupActions }) {
  const { summary, settings } = state
  const groups = detectedGroups(summary)
  const active = annotationsActive(settings, summary.facts.site)
  return (
    <>
      <Health summary={summary} />
      {!active && (
        <p class="notice" role="status" data-annotations-off>
          {t(settings.enabled ? 'annotationsOffSite' : 'annotationsOffAll')}
        </p>
      )}
      {state.contextNotes.length > 0 && <ContextNotes notes={state.contextNotes} />}
      <section aria-labelledby="detected-heading">
        <h2 id="detected-heading">{t('detectedHeading')}</h2>
        {!summary.ready && <p class="muted">{t('pageStillLoading')}</p>}
        {summary.ready && groups.length === 0 && <p class="muted">{t('nothingDetected')}</p>}
        {groups.map(({ group, items }) => (
          <section key={group} class="group" data-group={group} aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>{groupLabel(group)}</h3>
            <ul class="categories">
              {items.map(({ category, count }) => (
                <CategoryItem
                  key={category}
                  category={category}
                  count={count}
                  note={state.notes[category]}
                  labels={state.labels}
                  hidden={settings.disabledCategories.includes(category)}
                  onShow={() => actions.showOnPage(category)}
                />
              ))}
            </ul>
          </section>
        ))}
      </section>
      {summary.facts.site === 'whatsapp-web' && (
        <MySettings mine={state.mySettings} lang={state.lang} onForget={() => actions.forgetMySettings?.()} />
      )}
      <Controls state={state} actions={actions} site={summary.facts.site} />
    </>
  )
}

interface CategoryItemProps {
  category: Category
  count: number
  note: Note | undefined
  labels: Labels
  hidden: boolean
  onShow: () => void
}

function CategoryItem({ category, count, note, labels, hidden, onShow }: CategoryItemProps) {
  const title = note?.title ?? category
  return (
    <li data-category={category} data-count={count}>
      {/* <details> gives keyboard and screen-reader expand/collapse for free (it exposes expanded state). */}
      <details>
        <summary>
          <span class="category-title">{title}</span>
          <span class="count" aria-hidden="true">
            {count}
          </span>
          <span class="sr-only">{t('countLabel', String(count))}</span>
          {hidden && <span class="badge">{t('markersHidden')}</span>}
        </summary>
        <div class="category-body">
          <button type="button" class="secondary" data-show-on-page={category} onClick={onShow}>
            {t('showOnPage')}
          </button>
          {note ? <NoteDetails note={note} labels={labels} /> : <p class="muted">{t('noteMissing')}</p>}
        </div>
      </details>
    </li>
  )
}

function ContextNotes({ notes }: { notes: ContextNote[] }) {
  return (
    <section class="context-notes" aria-labelledby="context-heading">
      <h2 id="context-heading">{t('contextHeading')}</h2>
      {notes.map((n) => (
        <article key={n.id} class="context-note" data-context-note={n.id}>
          <h3>{n.title}</h3>
          <p>{n.text}</p>
          {n.sources.length > 0 && (
            <ul class="inline-sources" aria-label={t('noteSources')}>
              {n.sources.map((s) =>
                /^https:\/\//i.test(s.url) ? (
                  <li key={s.id}>
                    <a href={s.url} target="_blank" rel="noreferrer">
                      {s.title}
                    </a>
                  </li>
                ) : null,
              )}
            </ul>
          )}
        </article>
      ))}
    </section>
  )
}

export function Health({ summary }: { summary: PageSummary }) {
  const failing = failingCoreDetectors(summary)
  if (!failing.length) return null
  return (
    <section class="warning" data-health="warning" role="status" aria-labelledby="health-heading">
      <h2 id="health-heading">{t('healthHeading')}</h2>
      <p>{t('healthWarning')}</p>
      <p class="muted">{t('healthLocal')}</p>
      <ul class="health-list">
        {summary.health.map((h) => (
          <li key={h.id} data-detector={h.id} data-status={h.status}>
            <code>{h.id}</code>
            {h.core && <span class="badge">{t('detectorCore')}</span>}
            {': '}
            {statusLabel(h.status)}
            {h.status === 'ok' && ` (${h.matches})`}
          </li>
        ))}
      </ul>
    </section>
  )
}

function Elsewhere({ state, actions }: { state: ElsewhereState; actions: PopupActions }) {
  const { annotate } = state
  return (
    <>
      <section aria-labelledby="elsewhere-heading" data-elsewhere>
        <h2 id="elsewhere-heading">{t('elsewhereHeading')}</h2>
        <p>{t('elsewhereIntro')}</p>
        <ul class="where">
          <li>{siteLabel('whatsapp-web')}</li>
          <li>{siteLabel('whatsapp-manager')}</li>
          <li>{siteLabel('meta-app-dashboard')}</li>
          <li>{t('whereConsoles')}</li>
        </ul>
        <p>{t('annotateIntro')}</p>
        <button
          type="button"
          id="annotate-page"
          disabled={state.tabId === null || annotate.kind === 'pending'}
          onClick={() => actions.annotatePage()}
        >
          {t('annotatePage')}
        </button>
        <p role="status" class="annotate-result" data-annotate-result={annotate.kind === 'done' ? String(annotate.ok) : annotate.kind}>
          {annotate.kind === 'pending' && t('annotatePending')}
          {annotate.kind === 'done' && annotate.ok && t('annotateDone')}
          {annotate.kind === 'done' && !annotate.ok && t('annotateFailed', annotate.error ?? t('annotateNoReason'))}
        </p>
      </section>
      <Consoles consoles={state.consoles} actions={actions} headingId="consoles-heading-elsewhere" />
    </>
  )
}
