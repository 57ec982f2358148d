import { useState } from 'preact/hooks'
import { CATEGORY_GROUPS, type Category, type CategoryGroup } from '../shared/categories'
import type { Note } from '../notes/types'
import { NoteDetails } from '../popup/components/NoteDetails'
import { t } from '../popup/i18n'
import { groupLabel } from '../popup/labels'
import type { Labels } from '../popup/state'
import { filterNotes } from './filter'

export interface LibraryProps {
  notes: Note[]
  labels: Labels
  initialQuery?: string
}

export function Library({ notes, labels, initialQuery = '' }: LibraryProps) {
  const [query, setQuery] = useState(initialQuery)
  const shown = filterNotes(notes, query)
  const byCategory = new Map(shown.map((n) => [n.category, n]))
  const groups = (Object.entries(CATEGORY_GROUPS) as [CategoryGroup, readonly Category[]][])
    .map(([group, members]) => ({
      group,
      notes: members.map((c) => byCategory.get(c)).filter((n): n is Note => n !== undefined),
    }))
    .filter((g) => g.notes.length > 0)

  return (
    <div class="library">
      <header class="library-header">
        <h1 id="library-title">{t('libraryTitle')}</h1>
        <p class="muted">{t('libraryIntro')}</p>
        <div class="search" role="search">
          <label for="library-search">{t('librarySearch')}</label>
          <input
            id="library-search"
            type="search"
            value={query}
            autoComplete="off"
            aria-controls="library-results"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <p class="muted" role="status" id="library-count" data-count={shown.length}>
          {t('libraryCount', String(shown.length), String(notes.length))}
        </p>
      </header>
      <main id="library-results">
        {groups.length === 0 && <p data-library-empty>{t('libraryNoResults')}</p>}
        {groups.map(({ group, notes: groupNotes }) => (
          <section key={group} data-group={group} aria-labelledby={`lib-group-${group}`}>
            <h2 id={`lib-group-${group}`}>{groupLabel(group)}</h2>
            {groupNotes.map((n) => (
              <article key={n.category} class="library-note" data-note={n.category} aria-labelledby={`lib-${n.category}`}>
                <h3 id={`lib-${n.category}`}>{n.title}</h3>
                <p class="muted library-reviewed">
                  <time dateTime={n.reviewed} data-reviewed={n.reviewed}>
                    {t('libraryReviewed', n.reviewed)}
                  </time>
                </p>
                <NoteDetails note={n} labels={labels} />
              </article>
            ))}
          </section>
        ))}
      </main>
    </div>
  )
}
