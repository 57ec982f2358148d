import { t } from '../ui/i18n'

export interface WelcomeProps {
  /** The toggle shortcut as the browser has it (the user may have changed it); null when none is set. */
  shortcut: string | null
  /** URLs of the extension's own pages (browser.runtime.getURL in the page, plain paths in tests). */
  urls: { library: string; privacy: string }
}

// First-run page, opened once on install: what the marker, hover and popup show, the shortcut,
// the privacy promise, how to switch categories off. Every word comes from _locales.

export function Welcome({ shortcut, urls }: WelcomeProps) {
  return (
    <div class="welcome">
      <header>
        <h1 id="welcome-title">{t('welcomeTitle')}</h1>
        <p class="lead">{t('welcomeIntro')}</p>
      </header>
      <main>
        <section data-welcome="marker" aria-labelledby="w-marker">
          <h2 id="w-marker">
            <span class="legend-dot" aria-hidden="true" /> {t('welcomeMarkerHeading')}
          </h2>
          <p>{t('welcomeMarker')}</p>
        </section>
        <section data-welcome="hover" aria-labelledby="w-hover">
          <h2 id="w-hover">{t('welcomeHoverHeading')}</h2>
          <p>{t('welcomeHover')}</p>
        </section>
        <section data-welcome="popup" aria-labelledby="w-popup">
          <h2 id="w-popup">{t('welcomePopupHeading')}</h2>
          <p>{t('welcomePopup')}</p>
        </section>
        <section data-welcome="shortcut" aria-labelledby="w-shortcut">
          <h2 id="w-shortcut">{t('welcomeShortcutHeading')}</h2>
          <p>{shortcut ? <Shortcut keys={shortcut} /> : t('welcomeShortcutUnset')}</p>
        </section>
        <section data-welcome="privacy" aria-labelledby="w-privacy">
          <h2 id="w-privacy">{t('welcomePrivacyHeading')}</h2>
          <p>{t('welcomePrivacy')}</p>
          <p>
            <a href={urls.privacy} id="welcome-privacy">
              {t('openPrivacy')}
            </a>
          </p>
        </section>
        <section data-welcome="switches" aria-labelledby="w-switches">
          <h2 id="w-switches">{t('welcomeSwitchHeading')}</h2>
          <p>{t('welcomeSwitch', t('categoriesHeading'))}</p>
        </section>
        <section data-welcome="library" class="welcome-library">
          <p>{t('welcomeLibrary')}</p>
          <p>
            <a href={urls.library} id="welcome-library" class="button-link">
              {t('openLibrary')}
            </a>
          </p>
        </section>
      </main>
    </div>
  )
}

/** The sentence with the key combination set as keyboard input (the sentence's wording stays the translator's). */
function Shortcut({ keys }: { keys: string }) {
  // A private-use character stands in for the keys, so the translated sentence can be split around them.
  const marker = '\uE000'
  const parts = t('welcomeShortcut', marker).split(marker)
  if (parts.length !== 2) return <>{t('welcomeShortcut', keys)}</>
  return (
    <>
      {parts[0]}
      <kbd data-shortcut>{keys}</kbd>
      {parts[1]}
    </>
  )
}
