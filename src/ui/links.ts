// Where the extension's own pages live in the build (paths inside the extension, for
// browser.runtime.getURL) and links between them. Pure: no browser API here.

export const LIBRARY_PAGE = 'src/library/index.html'
export const WELCOME_PAGE = 'src/welcome/index.html'
/** The release's in-extension privacy policy. */
export const PRIVACY_PAGE = 'src/privacy/index.html'
export const WHATSAPP_WEB = 'https://web.whatsapp.com/'

/** The library, opened at one note (the library opens the note named by its hash). */
export function libraryPath(category?: string): string {
  return category ? `${LIBRARY_PAGE}#${encodeURIComponent(category)}` : LIBRARY_PAGE
}

/** The same link relative to another extension page (every page sits at src/<page>/index.html). */
export function libraryHref(category?: string): string {
  return `../../${libraryPath(category)}`
}
