import browser from 'webextension-polyfill'
import { render } from 'preact'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { saveSettings, watchSettings } from '../settings/storage'
import type { PopupToBackground, PopupToContent, Replies } from '../messaging/messages'
import { installBrowserI18n } from './browser-i18n'
import { fetchConsoles, fetchSummary, loadPopupState, withSummary } from './load-state'
import type { PopupActions } from './actions'
import type { ConsoleSwitch, PopupState } from './state'
import { Popup } from './components/Popup'
import './popup.css'

const POLL_MS = 1000

type Loaded = Exclude<PopupState, { kind: 'loading' }>

function App() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' })
  const stateRef = useRef(state)
  stateRef.current = state
  const update = (fn: (s: Loaded) => Loaded) =>
    setState((s) => (s.kind === 'loading' ? s : fn(s)))

  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    let lastSummary = ''

    const poll = async () => {
      const s = stateRef.current
      if (s.kind !== 'loading' && s.tabId !== null) {
        const summary = await fetchSummary(s.tabId)
        const key = JSON.stringify(summary)
        if (!stopped && key !== lastSummary) {
          lastSummary = key
          update((cur) => withSummary(cur, summary))
        }
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS)
    }

    loadPopupState(location.search).then((loaded) => {
      if (stopped) return
      lastSummary = JSON.stringify(loaded.kind === 'supported' ? loaded.summary : null)
      setState(loaded)
      timer = setTimeout(poll, POLL_MS)
    })

    const unwatch = watchSettings((settings) => update((s) => ({ ...s, settings })))
    const refreshConsoles = () => {
      fetchConsoles().then((consoles) => update((s) => ({ ...s, consoles })))
    }
    browser.permissions.onAdded.addListener(refreshConsoles)
    browser.permissions.onRemoved.addListener(refreshConsoles)
    return () => {
      stopped = true
      clearTimeout(timer)
      unwatch()
      browser.permissions.onAdded.removeListener(refreshConsoles)
      browser.permissions.onRemoved.removeListener(refreshConsoles)
    }
  }, [])

  const actions = useMemo<PopupActions>(
    () => ({
      updateSettings(next) {
        update((s) => ({ ...s, settings: next }))
        saveSettings(next).catch((e) => console.warn('[Metadata Lens] could not save settings', e))
      },
      showOnPage(category) {
        const s = stateRef.current
        if (s.kind === 'loading' || s.tabId === null) return
        const message: PopupToContent = { type: 'show-on-page', category }
        browser.tabs.sendMessage(s.tabId, message).catch(() => {})
      },
      annotatePage() {
        const s = stateRef.current
        if (s.kind !== 'elsewhere' || s.tabId === null) return
        const message: PopupToBackground = { type: 'annotate-page', tabId: s.tabId }
        update((cur) => (cur.kind === 'elsewhere' ? { ...cur, annotate: { kind: 'pending' } } : cur))
        browser.runtime
          .sendMessage(message)
          .then((reply) => reply as Replies['annotate-page'] | undefined)
          .then(
            (reply) => ({ ok: reply?.ok === true, error: reply?.error }),
            (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
          )
          .then((result) =>
            update((cur) => (cur.kind === 'elsewhere' ? { ...cur, annotate: { kind: 'done', ...result } } : cur)),
          )
      },
      setConsole(c: ConsoleSwitch, on: boolean) {
        // First statement: the request must happen while the click's user gesture is active.
        const origins = [...c.origins]
        const pending = on ? browser.permissions.request({ origins }) : browser.permissions.remove({ origins })
        const setBusy = (busy: boolean, granted?: boolean) =>
          update((s) => ({
            ...s,
            consoles: s.consoles.map((x) => (x.id === c.id ? { ...x, busy, granted: granted ?? x.granted } : x)),
          }))
        setBusy(true)
        pending
          .then(() => browser.permissions.contains({ origins }))
          .catch(() => c.granted)
          .then((granted) => setBusy(false, granted))
      },
      openLibrary() {
        browser.tabs.create({ url: browser.runtime.getURL('src/library/index.html') }).catch(() => {})
      },
    }),
    [],
  )

  return <Popup state={state} actions={actions} />
}

const root = document.getElementById('app')
// Strings first (one small chunk for the chosen language), then the first render.
installBrowserI18n().then(() => {
  if (root) render(<App />, root)
})
