import { render } from 'preact'
import { allNotes } from '../notes'
import { installBrowserI18n, uiLang } from '../ui/browser-i18n'
import { labelsFor } from '../ui/labels'
import { Library } from './Library'
import '../ui/base.css'
import './library.css'

installBrowserI18n('libraryTitle')
const lang = uiLang()
const query = new URLSearchParams(location.search).get('q') ?? ''
const root = document.getElementById('app')
if (root) render(<Library notes={allNotes(lang)} labels={labelsFor(lang)} initialQuery={query} />, root)
