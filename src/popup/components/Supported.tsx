import type { Category } from '../../shared/categories'
import { annotationsActive } from '../../settings/schema'
import type { ContextNote, Note, Source } from '../../notes/types'
import type { PopupActions } from '../actions'
import { t } from '../../ui/i18n'
import { groupLabel } from '../../ui/labels'
import { libraryHref } from '../../ui/links'
import { detectedGroups, summaryTotals, type DetectedGroup, type SupportedState } from '../state'
import { Controls } from './Controls'
import { Guard } from './Guard'
import { Health } from './Health'
import { MySettings } from './MySettings'

// A supported page, top to bottom: the one-line summary, the category counts, the notes about
// this view, the reader's privacy settings (WhatsApp Web), the legend and the controls.

export function Supported({ state, actions }: { state: SupportedState; actions: PopupActions }) {
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
