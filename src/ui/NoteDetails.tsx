import type { JSX } from 'preact'
import type { Claim, Control, Note, Source, SourceRef } from '../notes/types'
import type { Labels } from './labels'
import { t } from './i18n'
import { confidenceLabel, sourceKindLabel } from './labels'
import { audienceWithCondition } from '../notes/audience'

// Full content of one note. Shared by the popup (inside an expanded category) and the library.

interface Props {
  note: Note
  labels: Labels
}

export function NoteDetails({ note, labels }: Props) {
  const byId = new Map(note.sources.map((s, i) => [s.id, { source: s, n: i + 1 }]))
  const refs = (ids: SourceRef[]) => <SourceRefs ids={ids} byId={byId} />
  return (
    <div class="note">
      <p class="note-summary">{note.summary}</p>

      {note.generated.length > 0 && (
        <section class="note-part">
          <h4>{t('noteGenerated')}</h4>
          <ClaimList claims={note.generated} refs={refs} />
        </section>
      )}

      {note.audience.length > 0 && (
        <section class="note-part">
          <h4>{t('noteAudience')}</h4>
          <ul>
            {note.audience.map((a) => (
              <li key={a.who} data-audience={a.who} data-condition={a.condition || undefined}>
                {/* The condition stays next to the name: an audience is never named without it. */}
                <strong>{audienceWithCondition(labels.audience[a.who] ?? a.who, a)}</strong>
                {a.detail && <span class="qualifier">{' — '}{a.detail}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {note.sharing.length > 0 && (
        <section class="note-part">
          <h4>{t('noteSharing')}</h4>
          <ul>
            {note.sharing.map((s, i) => (
              <li key={i} data-region={s.region}>
                <strong>{labels.region[s.region] ?? s.region}</strong>
                {': '}
                {s.text}
                {refs(s.sources)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="note-part">
        <h4>{t('noteRetention')}</h4>
        <p>
          {note.retention.text}
          {refs(note.retention.sources)}
        </p>
      </section>

      {note.controls.length > 0 && (
        <section class="note-part">
          <h4>{t('noteControls')}</h4>
          {note.controls.map((c, i) => (
            <ControlView key={i} control={c} refs={refs} />
          ))}
        </section>
      )}

      {note.caveats.length > 0 && (
        <section class="note-part">
          <h4>{t('noteCaveats')}</h4>
          <ClaimList claims={note.caveats} refs={refs} />
        </section>
      )}

      {note.sources.length > 0 && (
        <section class="note-part">
          <h4>{t('noteSources')}</h4>
          <ol class="sources">
            {note.sources.map((s) => (
              <SourceItem key={s.id} source={s} />
            ))}
          </ol>
        </section>
      )}

      <p class="note-meta">
        {t('noteConfidence', confidenceLabel(note.confidence))}
        {' · '}
        {t('noteReviewed', note.reviewed)}
      </p>
    </div>
  )
}

type Refs = (ids: SourceRef[]) => JSX.Element

function ClaimList({ claims, refs }: { claims: Claim[]; refs: Refs }) {
  return (
    <ul>
      {claims.map((c, i) => (
        <li key={i}>
          {c.text}
          {refs(c.sources)}
        </li>
      ))}
    </ul>
  )
}

function ControlView({ control, refs }: { control: Control; refs: Refs }) {
  return (
    <div class="control">
      <p class="control-path">
        {control.path ? <strong>{control.path}</strong> : t('noteNoSetting')}
        {refs(control.sources)}
      </p>
      {control.options.length > 0 && <p>{t('noteOptions', control.options.join(' · '))}</p>}
      {control.exceptions.length > 0 && (
        <>
          <p class="sub">{t('noteExceptions')}</p>
          <ul>
            {control.exceptions.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </>
      )}
      {control.reciprocity && <p>{t('noteReciprocity', control.reciprocity)}</p>}
    </div>
  )
}

function SourceRefs({ ids, byId }: { ids: SourceRef[]; byId: Map<string, { source: Source; n: number }> }) {
  const found = ids.map((id) => byId.get(id)).filter((x) => x !== undefined)
  if (!found.length) return <></>
  return (
    <span class="refs">
      {found.map(({ source, n }) => (
        <a
          key={source.id}
          href={safeUrl(source.url)}
          target="_blank"
          rel="noreferrer"
          title={source.title}
          aria-label={t('sourceRefLabel', String(n), source.title)}
        >
          [{n}]
        </a>
      ))}
    </span>
  )
}

function SourceItem({ source }: { source: Source }) {
  const date = source.date === 'undated' ? t('sourceUndated') : source.date
  return (
    <li data-source={source.id}>
      <a href={safeUrl(source.url)} target="_blank" rel="noreferrer">
        {source.title}
      </a>
      <span class="source-meta">
        {' — '}
        {source.publisher}
        {', '}
        <time dateTime={source.date === 'undated' ? undefined : source.date}>{date}</time>
        {' · '}
        <span class="kind" data-kind={source.kind}>
          {sourceKindLabel(source.kind)}
        </span>
        {source.readVia && (
          <span class="read-via" data-read-via={source.readVia}>
            {' · '}
            {readViaLabel(source.readVia)}
          </span>
        )}
      </span>
    </li>
  )
}

/** How a source was read when not directly: "read in a Hindi copy", "read via a mirror", "read as quoted". */
function readViaLabel(via: string): string {
  if (via === 'mirror') return t('sourceReadMirror')
  if (via === 'quoted') return t('sourceReadQuoted')
  let language = via
  try {
    language = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' }).of(via) ?? via
  } catch {
    // an unknown code stays as it is
  }
  return t('sourceReadCopy', language)
}

/** Only https links are rendered as links targets; anything else is neutralised. */
function safeUrl(url: string): string | undefined {
  return /^https:\/\//i.test(url) ? url : undefined
}
