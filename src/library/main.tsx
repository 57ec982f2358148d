import { render } from 'preact'
import { loadNoteBook } from '../notes/load'
import { installBrowserI18n } from '../ui/browser-i18n'
import { labelsFor } from '../ui/labels'
import { Library } from './Library'
import '../ui/base.css'
import './library.css'

// One language for the page's strings and its notes; only that language's notes are fetched.
const query = new URLSearchParams(location.search).get('q') ?? ''
const root = document.getElementById('app')
installBrowserI18n('libraryTitle')
  .then(loadNoteBook)
  .then((book) => {
    if (root) render(<Library notes={book.allNotes()} labels={labelsFor(book)} initialQuery={query} />, root)
  })
