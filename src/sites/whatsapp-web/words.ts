// Per-language UI words, used only as a SECOND signal after data attributes, roles and structure.
// Keep this file small; every string is marked:
//   [V] verified from a public source (see /work/shared/research/whatsapp-dom.md)
//   [I] inferred from the app's UI / public clones, not checked against WhatsApp Web's string table
//   [G] guessed (translation of the English string; may differ in the live app)
// Comparisons are made on lower-cased, whitespace-collapsed text.

export type Lang = 'en' | 'es' | 'pt' | 'de' | 'fr' | 'hi'

/** Tick aria-labels (WhatsApp pads them with one space on each side: " Read "). */
export const TICK_LABELS = {
  read: [
    'read', // en [V]
    'leído', // es [C] (copied markup in public code)
    'lida', // pt [C] (a public live-page check, 2026)
    'gelesen', // de [G]
    'lu', // fr [I] (" Lu " in a public mock-up of the page)
    'पढ़ा गया', // hi [G]
    'letto', // it [V] (accepted by a public extension)
  ],
  delivered: ['delivered' /* [V] */, 'entregado' /* [C] (copied markup in public code) */, 'entregue' /* [C] (public selectors and live-page notes) */, 'consegnato' /* it [C] (a public live-page note, 2026-07) */, 'zugestellt' /* [G] */, 'distribué' /* [I] (same mock-up) */, 'डिलीवर हो गया' /* [G] */],
  sent: ['sent' /* [V] */, 'enviado' /* es [C] (copied markup in public code) */, 'enviada' /* pt [C] (public live-page notes, 2026) */, 'gesendet' /* [G] */, 'envoyé' /* [G] */, 'भेजा गया' /* [G] */],
  pending: ['pending' /* [C] (public senders wait for it to go) */, 'pendiente' /* [C] (copied markup) */, 'pendente' /* [C] (a public selector) */, 'in attesa' /* it [C] (a public live-page note, 2026-07) */, 'ausstehend' /* [G] */, 'en attente' /* [G] */, 'लंबित' /* [G] */],
} as const

/** Header subtitle / chat-list preview: someone is typing or recording (exact or prefix match). */
export const TYPING = [
  'typing…', // en [I] (research §4: "typing…" string inferred)
  'is typing…', // en, groups ("Ana is typing…") [I]
  'recording audio…', // en [I]
  'escribiendo…', // es [G]
  'grabando audio…', // es [G]
  'digitando…', // pt [G]
  'gravando áudio…', // pt [G]
  'schreibt…', // de [G]
  'nimmt audio auf…', // de [G]
  'écrit…', // fr [G]
  'est en train d’écrire…', // fr [G]
  'टाइप कर रहे हैं…', // hi [G]
  'टाइप कर रहा है…', // hi [G]
] as const

/** Header subtitle: the contact is online (exact match). */
export const ONLINE = [
  'online', // en [V] (span[title="online"] used by many public trackers), also de/pt [G]
  'en línea', // es [G]
  'en ligne', // fr [G]
  'ऑनलाइन', // hi [G]
] as const

/** Header subtitle: last seen (prefix match). */
export const LAST_SEEN_PREFIXES = [
  'last seen', // en [V] (span[title*="last seen"] in public trackers)
  'últ. vez', // es [G]
  'última vez', // es [G]
  'visto por último', // pt [G]
  'visto pela última vez', // pt [G]
  'zuletzt online', // de [G]
  'vu(e)', // fr [G]
  'vu ', // fr [G]
  'अंतिम बार', // hi [G]
] as const

/** Title of the Settings › Privacy panel (h1 of the left drawer). */
export const PRIVACY_TITLES = [
  'privacy', // en [I]
  'privacidad', // es [G]
  'privacidade', // pt [G]
  'datenschutz', // de [G]
  'confidentialité', // fr [G]
  'गोपनीयता', // hi [G]
] as const

/** Heading of the About block in the contact info drawer. */
export const ABOUT_TITLES = [
  'about', // en [I]
  'info.', // es [G]
  'recado', // pt [G]
  'info', // de [G]
  'actu', // fr [G]
  'परिचय', // hi [G]
] as const

/** Lower-case, trim, collapse whitespace (incl. NBSP); strips bidi control characters. */
export function normalize(text: string | null | undefined): string {
  if (!text) return ''
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

const LABEL_STATE = new Map<string, 'read' | 'delivered' | 'sent' | 'pending'>()
for (const state of ['read', 'delivered', 'sent', 'pending'] as const) {
  for (const word of TICK_LABELS[state]) LABEL_STATE.set(word, state)
}

export function tickStateFromLabel(label: string | null): 'read' | 'delivered' | 'sent' | 'pending' | null {
  if (!label || label.length > 40) return null
  // Fast path for the usual " Read " padding: a key reached by trim + lower case is also what
  // normalize() yields (keys hold no bidi marks and single inner spaces); anything else is normalized.
  return LABEL_STATE.get(label.trim().toLowerCase()) ?? LABEL_STATE.get(normalize(label)) ?? null
}

export function isTypingText(t: string): boolean {
  return TYPING.some((w) => t === w || t.endsWith(' ' + w) || t.startsWith(w))
}

/** Business-chat system notice (substring match, second signal after the icon). */
export const BUSINESS_NOTICE = [
  'business account', // en [I] "This chat is with a business account."
  'uses a secure service from meta', // en [I]
  'cuenta de empresa', // es [G]
  'cuenta comercial', // es [G]
  'conta comercial', // pt [G]
  'unternehmenskonto', // de [G]
  'business-konto', // de [G]
  'compte professionnel', // fr [G]
  'बिज़नेस अकाउंट', // hi [G]
] as const

/** End-to-end encryption system notice (substring match, second signal after the icon). */
export const ENCRYPTION_NOTICE = [
  'end-to-end encrypted', // en [I]
  'cifrado de extremo a extremo', // es [G]
  'cifrados de extremo a extremo', // es [G]
  'criptografia de ponta a ponta', // pt [G]
  'ende-zu-ende-verschlüsselt', // de [G]
  'chiffrés de bout en bout', // fr [G]
  'एंड-टू-एंड एन्क्रिप्टेड', // hi [G]
] as const
