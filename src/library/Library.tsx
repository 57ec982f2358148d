import { useEffect, useState } from 'preact/hooks'
import { CATEGORY_GROUPS, type Category, type CategoryGroup } from '../shared/categories'
import type { Note } from '../notes/types'
import { NoteDetails } from '../ui/NoteDetails'
import { t } from '../ui/i18n'
import { groupLabel, type Labels } from '../ui/labels'
import { filterNotes } from './filter'

export interface LibraryProps {
  notes: Note[]
  labels: Labels
  initialQuery?: string
}

// Every note, collapsed under its title and grouped like the popup, with a table of contents and
// a search. A link to #<category> (from the popup's "Read the full note") opens that note.

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

  useEffect(() => {
    const openFromHash = () => openNote(decodeURIComponent(location.hash.slice(1)))
    openFromHash()
    addEventListener('hashchange', openFromHash)
    return () => removeEventListener('hashchange', openFromHash)
  }, [])

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
      {groups.length > 0 && (
        <nav class="toc" aria-labelledby="toc-heading" data-toc>
          <h2 id="toc-heading">{t('libraryContents')}</h2>
          <div class="toc-groups">
            {groups.map(({ group, notes: groupNotes }) => (
              <div key={group} class="toc-group" data-toc-group={group}>
                <h3>{groupLabel(group)}</h3>
                <ul>
                  {groupNotes.map((n) => (
                    <li key={n.category}>
                      <a href={`#${n.category}`} data-toc-link={n.category}>
                        {n.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </nav>
      )}
      <main id="library-results">
        {groups.length === 0 && <p data-library-empty>{t('libraryNoResults')}</p>}
        {groups.map(({ group, notes: groupNotes }) => (
          <section key={group} data-group={group} aria-labelledby={`lib-group-${group}`}>
            <h2 id={`lib-group-${group}`}>{groupLabel(group)}</h2>
            {groupNotes.map((n) => (
              <details key={n.category} id={n.category} class="library-note" data-note={n.category}>
                <summary>
                  <span class="chevron" aria-hidden="true" />
                  <h3 id={`lib-${n.category}`}>{n.title}</h3>
                  {/* In the summary, so each note's review date shows while it is collapsed. */}
                  <span class="muted library-reviewed">
                    <time dateTime={n.reviewed} data-reviewed={n.reviewed}>
                      {t('libraryReviewed', n.reviewed)}
                    </time>
                  </span>
                </summary>
                <NoteDetails note={n} labels={labels} />
              </details>
            ))}
          </section>
        ))}
      </main>
    </div>
  )
}

/** Opens the note with this id (a category) and brings it into view; anything else is ignored. */
function openNote(id: string): void {
  if (!id) return
  const note = document.getElementById(id)
  if (!(note instanceof HTMLDetailsElement) || !note.hasAttribute('data-note')) return
  note.open = true
  note.scrollIntoView?.({ block: 'start' })
}
