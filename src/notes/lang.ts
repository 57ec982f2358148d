import type { Lang } from './types'

/** Maps a browser UI language ("pt_BR", "de-AT", "es-419", …) to a supported Lang. */
export function resolveLang(uiLanguage: string | undefined): Lang {
  if (!uiLanguage) return 'en'
  const primary = uiLanguage.trim().toLowerCase().replace(/_/g, '-').split('-')[0]
  switch (primary) {
    case 'pt':
      return 'pt-BR'
    case 'es':
      return 'es'
    case 'de':
      return 'de'
    default:
      return 'en'
  }
}
