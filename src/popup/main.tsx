import browser from 'webextension-polyfill'
import { render } from 'preact'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import {
  clearRepairNotice, createSettingsSaver, pendingRepairNotice, readStoredSettings, watchSettings,
} from '../settings/storage'
import type { PopupToBackground, PopupToContent, Replies } from '../messaging/messages'
import { installBrowserI18n } from '../ui/browser-i18n'
import { libraryPath, PRIVACY_PAGE, WELCOME_PAGE, WHATSAPP_WEB } from '../ui/links'
import type { Settings } from '../settings/schema'
import { fetchConsoles, fetchSummary, loadPopupState, watchSummary, withSummary } from './load-state'
import { forgetMySettings, watchMySettings } from '../checkup/storage'
import type { PopupActions } from './actions'
import type { ConsoleSwitch, PopupState } from './state'
import { Popup } from './components/Popup'
import '../ui/base.css'
import './popup.css'

type Loaded = Exclude<PopupState, { kind: 'loading' }>

// What the first real screen needs starts loading at once, side by side with the strings (see the
// end of this file); until it is in, the page shows the frame index.html painted before any script.
let firstLoaded: Loaded | null = null
const firstState = Promise.all([loadPopupState(location.search), pendingRepairNotice()]).then(([loaded, repaired]) => {
  // A repair found by another part of the extension (usually a content script) is told here once.
  const settingsProblems = [...new Set([...loaded.settingsProblems, ...repaired])]
  return (firstLoaded = { ...loaded, settingsProblems })
})

function App() {
  // Loaded before the strings were in: the first render is the real screen.
  const [state, setState] = useState<PopupState>(() => firstLoaded ?? { kind: 'loading' })
  const stateRef = useRef(state)
  stateRef.current = state
  const update = (fn: (s: Loaded) => Loaded) =>
    setState((s) => (s.kind === 'loading' ? s : fn(s)))

  useEffect(() => {
    let stopped = false
    let unwatchSummary = () => {}

    // Summaries are pushed (storage.session, written by the background): no polling, no asking the page.
    firstState.then((loaded) => {
      if (stopped) return
      setState((cur) => (cur.kind === 'loading' ? loaded : cur))
      const tabId = loaded.tabId
      if (tabId === null) return
      // (withSummary keeps the page's state; the save status is the popup's own and stays too.)
      const show = (summary: Parameters<typeof withSummary>[1]) => update((cur) => ({ ...withSummary(cur, summary), save: cur.save }))
      unwatchSummary = watchSummary(tabId, show)
      // One more read now that the watch is on: a summary stored while the state loaded is not missed.
      fetchSummary(tabId).then((summary) => {
        if (!stopped) show(summary)
      })
    })

    const unwatch = watchSettings((settings) => update((s) => ({ ...s, settings })))
    // Privacy settings read in a WhatsApp tab (or forgotten) show at once, with their personal notes.
    // (Loading repairs corrupt values by writing them back; that write must not hide the notice.)
    const unwatchMine = watchMySettings(({ settings: mine, problems }) =>
      update((s) => {
        const kept = problems.length || !Object.keys(mine).length ? problems : (s.mySettings?.problems ?? [])
        return withSummary({ ...s, mySettings: { settings: mine, problems: kept, now: Date.now() } }, s.kind === 'supported' ? s.summary : null)
      }),
    )
    const refreshConsoles = () => {
      fetchConsoles().then((consoles) => update((s) => ({ ...s, consoles })))
    }
    browser.permissions.onAdded.addListener(refreshConsoles)
    browser.permissions.onRemoved.addListener(refreshConsoles)
    return () => {
      stopped = true
      unwatchSummary()
      unwatch()
      unwatchMine()
      browser.permissions.onAdded.removeListener(refreshConsoles)
      browser.permissions.onRemoved.removeListener(refreshConsoles)
    }
  }, [])

  // For the bench (tests/bench/run.mjs), beside first-contentful-paint: the real first screen is on.
  // (Effects run after the browser has painted the render that scheduled them.)
  const loaded = state.kind !== 'loading'
  useEffect(() => {
    if (loaded) performance.mark('popup-content')
  }, [loaded])

  // The repair notice has been on screen: forget it, so it is shown once.
  const showsRepair = state.kind !== 'loading' && state.settingsProblems.length > 0
  useEffect(() => {
    if (showsRepair) void clearRepairNotice()
  }, [showsRepair])

  // Settings writes: coalesced (storage.sync has a write rate), reported, and flushed when the popup closes.
  const failedRef = useRef<Settings | null>(null)
  const saver = useMemo(
    () =>
      createSettingsSaver({
        onSaved() {
          failedRef.current = null
          update((s) => ({ ...s, save: { kind: 'idle' } }))
        },
        onFailed(error, intended) {
          failedRef.current = intended
          console.warn('[Metadata Lens] could not save settings', error)
          // Show what storage (and so every page) really has, not what was asked for.
          readStoredSettings()
            .catch(() => null)
            .then((stored) =>
              update((s) => ({ ...s, settings: stored ?? s.settings, save: { kind: 'failed', error } })),
            )
        },
      }),
    [],
  )
  useEffect(() => {
    const flush = () => void saver.flush()
    addEventListener('pagehide', flush)
    return () => removeEventListener('pagehide', flush)
  }, [saver])

  const openTab = (url: string) => {
    browser.tabs.create({ url }).catch(() => {})
  }

  const actions = useMemo<PopupActions>(
    () => ({
      updateSettings(next) {
        update((s) => ({ ...s, settings: next }))
        saver.save(next)
      },
      retrySave() {
        const intended = failedRef.current
        if (!intended) return
        update((s) => ({ ...s, settings: intended, save: { kind: 'idle' } }))
        saver.save(intended)
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
      forgetMySettings() {
        forgetMySettings().catch((e) => console.warn('[Metadata Lens] could not forget the privacy settings', e))
      },
      openLibrary(category) {
        openTab(browser.runtime.getURL(libraryPath(category)))
      },
      openWhatsApp() {
        openTab(WHATSAPP_WEB)
      },
      openWelcome() {
        openTab(browser.runtime.getURL(WELCOME_PAGE))
      },
      openPrivacy() {
        openTab(browser.runtime.getURL(PRIVACY_PAGE))
      },
    }),
    [],
  )

  return <Popup state={state} actions={actions} />
}

const root = document.getElementById('app')
// Strings first (one small chunk for the chosen language), then the first render. It replaces the
// frame from index.html with the same frame (or, when the state is in by then, the real screen)
// in one task, so nothing between them is painted.
installBrowserI18n().then(() => {
  if (!root) return
  root.replaceChildren()
  render(<App />, root)
})
