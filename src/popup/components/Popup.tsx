import { Component, type ComponentChildren } from 'preact'
import type { Category } from '../../shared/categories'
import type { PageSummary } from '../../shared/page'
import { annotationsActive } from '../../settings/schema'
import type { ContextNote, Note, Source } from '../../notes/types'
import type { PopupActions } from '../actions'
import { t } from '../../ui/i18n'
import { groupLabel, siteLabel, statusLabel, viewLabel } from '../../ui/labels'
import { libraryHref } from '../../ui/links'
import {
  detectedGroups,
  failingCoreDetectors,
  summaryTotals,
  type DetectedGroup,
  type ElsewhereState,
  type PopupState,
  type SupportedState,
} from '../state'
import { Consoles } from './Consoles'
import { Controls } from './Controls'
import { MySettings } from './MySettings'

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

/** Renders `fallback` instead of its children when they throw (a malformed summary, a missing label). */
class Guard extends Component<{ fallback: ComponentChildren; children?: ComponentChildren }, { failed: boolean }> {
  state = { failed: false }
  componentDidCatch(error: unknown) {
    console.warn('[Metadata Lens] popup section failed to render', error)
    this.setState({ failed: true })
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
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

function Supported({ state, actions }: { state: SupportedState; actions: PopupActions }) {
  const { summary, settings } = state
  const groups = detectedGroups(summary)
  const active = annotationsActive(settings, summary.facts.site)
  return (
    <>
      {!active && (
        <p class="notice" role="status" data-annotations-off>
          {t(settings.enabled ? 'annotationsOffSite' : 'annotationsOffAll')}
        </p>
      )}
      {/* With annotations off the page finds nothing by design: no health warning, no "nothing found". */}
      {active && <Health summary={summary} />}
      <section class="detected" aria-labelledby="detected-heading">
        <h2 id="detected-heading" class="sr-only">
          {t('detectedHeading')}
        </h2>
        {!summary.ready && <p class="muted">{t('pageStillLoading')}</p>}
        {active && summary.ready && groups.length === 0 && <p class="muted">{t('nothingDetected')}</p>}
        {groups.length > 0 && <SummaryLine groups={groups} />}
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
                  hidden={settings.disabledCategories.includes(category)}
                  actions={actions}
                />
              ))}
            </ul>
          </section>
        ))}
      </section>
      <Guard fallback={null}>{state.contextNotes.length > 0 && <ContextNotes notes={state.contextNotes} />}</Guard>
      {summary.facts.site === 'whatsapp-web' && (
        <Guard fallback={null}>
          <MySettings mine={state.mySettings} lang={state.lang} onForget={() => actions.forgetMySettings?.()} />
        </Guard>
      )}
      <Legend />
      <Controls state={state} actions={actions} site={summary.facts.site} />
    </>
  )
}

function SummaryLine({ groups }: { groups: DetectedGroup[] }) {
  const { elements, kinds } = summaryTotals(groups)
  const text =
    kinds > 1
      ? t('summaryLine', String(elements), String(kinds))
      : elements === 1
        ? t('summaryLineOne')
        : t('summaryLineOneKind', String(elements))
  return (
    <p class="summary-line" data-summary-line data-elements={elements} data-kinds={kinds}>
      {text}
    </p>
  )
}

interface CategoryItemProps {
  category: Category
  count: number
  note: Note | undefined
  hidden: boolean
  actions: PopupActions
}

/** A row: title and count; opened, the note's short form, "Show on page" and a link to the full note. */
function CategoryItem({ category, count, note, hidden, actions }: CategoryItemProps) {
  const title = note?.title ?? category
  return (
    <li data-category={category} data-count={count}>
      {/* <details> gives keyboard and screen-reader expand/collapse for free (it exposes expanded state). */}
      <details>
        <summary>
          <span class="chevron" aria-hidden="true" />
          <span class="category-title">{title}</span>
          {hidden && <span class="badge">{t('markersHidden')}</span>}
          <span class="count" aria-hidden="true">
            {count > 9999 ? '9999+' : count}
          </span>
          <span class="sr-only">{t('countLabel', String(count))}</span>
        </summary>
        <div class="category-body">
          {note ? <p class="note-short">{note.summary}</p> : <p class="muted">{t('noteMissing')}</p>}
          <div class="row-actions">
            <button type="button" class="secondary" data-show-on-page={category} onClick={() => actions.showOnPage(category)}>
              {t('showOnPage')}
            </button>
            <a
              href={libraryHref(category)}
              target="_blank"
              rel="noreferrer"
              data-full-note={category}
              onClick={(e) => {
                e.preventDefault()
                actions.openLibrary(category)
              }}
            >
              {t('readFullNote')}
            </a>
          </div>
        </div>
      </details>
    </li>
  )
}

/** Notes about this view. Their sources are listed once below them (most cite the same settings page). */
function ContextNotes({ notes }: { notes: ContextNote[] }) {
  const sources = new Map<string, Source>()
  for (const n of notes) for (const s of n.sources) if (/^https:\/\//i.test(s.url) && !sources.has(s.url)) sources.set(s.url, s)
  return (
    <section class="context-notes" aria-labelledby="context-heading">
      <h2 id="context-heading">{t('contextHeading')}</h2>
      {notes.map((n) => (
        <article key={n.id} class="context-note" data-context-note={n.id}>
          <h3>{n.title}</h3>
          <p>{n.text}</p>
        </article>
      ))}
      {sources.size > 0 && (
        <p class="context-sources" data-context-sources>
          {t('contextSources')}{' '}
          {[...sources.values()].map((s, i) => (
            <span key={s.url}>
              {i > 0 && ' · '}
              <a href={s.url} target="_blank" rel="noreferrer">
                {s.title}
              </a>
            </span>
          ))}
        </p>
      )}
    </section>
  )
}

function Legend() {
  return (
    <p class="legend" data-legend>
      <span class="legend-dot" aria-hidden="true" />
      <span>{t('legendMarker')}</span>
    </p>
  )
}

export function Health({ summary }: { summary: PageSummary }) {
  const failing = failingCoreDetectors(summary)
  if (!failing.length) return null
  const rows = summary.health.filter((h) => !!h && typeof h === 'object')
  return (
    <section class="warning" data-health="warning" role="status" aria-labelledby="health-heading">
      <h2 id="health-heading">{t('healthHeading')}</h2>
      <p>{t('healthWarning')}</p>
      <details class="health-details">
        <summary>{t('healthDetails')}</summary>
        <p class="muted">{t('healthLocal')}</p>
        <ul class="health-list">
          {rows.map((h, i) => (
            <li key={`${String(h.id)}-${i}`} data-detector={String(h.id)} data-status={String(h.status)}>
              <code>{String(h.id)}</code>
              {': '}
              {statusLabel(h.status)}
              {h.status === 'ok' && typeof h.matches === 'number' && ` (${h.matches})`}
              {h.core === true && <span class="muted">{` · ${t('detectorCore')}`}</span>}
            </li>
          ))}
        </ul>
      </details>
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
        <div class="row-actions">
          <button type="button" id="open-whatsapp" onClick={() => actions.openWhatsApp()}>
            {t('openWhatsApp')}
          </button>
          <button
            type="button"
            id="annotate-page"
            class="secondary"
            disabled={state.tabId === null || annotate.kind === 'pending'}
            onClick={() => actions.annotatePage()}
          >
            {t('annotatePage')}
          </button>
        </div>
        <p class="muted">{t('annotateIntro')}</p>
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
