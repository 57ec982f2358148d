import browser from 'webextension-polyfill'
import { resolveLang } from '../notes/lang'
import { LANGS, type Lang } from '../notes/types'
import { renderPrivacy } from './render'
import './privacy.css'

// ?lang=… (the language links on the page) wins over the browser's interface language.
const asked = new URLSearchParams(location.search).get('lang')
const lang: Lang = (LANGS as readonly string[]).includes(asked ?? '') ? (asked as Lang) : resolveLang(browser.i18n.getUILanguage())
const root = document.getElementById('privacy')
if (root) renderPrivacy(root, lang)
