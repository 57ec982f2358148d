// Per-language UI words, used only as a SECOND signal after data attributes, roles and structure.
// Keep this file small; every string is marked:
//   [V] verified from a public source (see docs/research/whatsapp-dom.md)
//   [I] inferred from the app's UI / public clones, not checked against WhatsApp Web's string table
//   [G] guessed (translation of the English string; may differ in the live app)
//   [C] copied from the live page by public code (selectors, notes of the live DOM)
// "Android 2018" below: WhatsApp's Android string tables of about 2018 in a public repository. The web
// app shares many strings with them, but they are old and from another client, so they count as [I].
// "Help Center" below: WhatsApp's own help articles in that language (faq.whatsapp.com), which name
// the features and settings as the apps label them; they describe the phone apps, not the web page's
// exact strings, so they count as [I] too.
// Words added for Italian, French, Indonesian, Turkish, Russian, Arabic and Hindi carry the same
// marks: [C] a copied or published string, [I] inferred from WhatsApp's Help Center (or WhatsApp's own
// notice) in that language, [G] guessed.
// Comparisons are made on lower-cased, whitespace-collapsed text.

/** Tick aria-labels (WhatsApp pads them with one space on each side: " Read "). */
export const TICK_LABELS = {
  read: [
    'read', // en [V]
    'leído', // es [C] (copied markup in public code)
    'lida', // pt [C] (a public live-page check, 2026)
    'gelesen', // de [I] (a public accessibility reader of the German Android app lists it as a tick's description)
    'lu', // fr [I] (" Lu " in a public mock-up of the page)
    'पढ़ा गया', // hi [G]
    'letto', // it [V] (accepted by a public extension)
    'прочитано', // ru [C] (copied 2021–23 markup on msg-dblcheck in public code)
  ],
  delivered: ['delivered' /* [V] */, 'entregado' /* [C] (copied markup in public code) */, 'entregue' /* [C] (public selectors and live-page notes) */, 'consegnato' /* it [C] (a public live-page note, 2026-07) */, 'zugestellt' /* de [I] (the same Android reader) */, 'distribué' /* [I] (same mock-up) */, 'डिलीवर हो गया' /* [G] */, 'доставлено' /* ru [C] (a public automation selector; copied markup) */],
  sent: ['sent' /* [V] */, 'enviado' /* es [C] (copied markup in public code) */, 'enviada' /* pt [C] (public live-page notes, 2026) */, 'gesendet' /* de [I] (the same Android reader) */, 'envoyé' /* [G] */, 'भेजा गया' /* [G] */],
  pending: ['pending' /* [C] (public senders wait for it to go) */, 'pendiente' /* [C] (copied markup) */, 'pendente' /* [C] (a public selector) */, 'in attesa' /* it [C] (a public live-page note, 2026-07) */, 'ausstehend' /* [G] */, 'en attente' /* [G] */, 'लंबित' /* [G] */],
} as const

/** Header subtitle / chat-list preview: someone is typing or recording (exact or prefix match). */
export const TYPING = [
  'typing…', // en [I] (research §4: "typing…" string inferred)
  'is typing…', // en, groups ("Ana is typing…") [I]
  'recording audio…', // en [I]
  'escribiendo…', // es [I] (Android 2018)
  'grabando audio…', // es [I] (Android 2018)
  'digitando…', // pt [I] (Android 2018; public WhatsApp Web code filters the header for it)
  'gravando áudio…', // pt [I] (Android 2018)
  'schreibt…', // de [I] (Android 2018; the German Help Center names "schreibt..." and "online" as what cannot be hidden)
  'audio wird aufgenommen…', // de, one-to-one [I] (Android 2018)
  'nimmt audio auf…', // de, groups [I] (Android 2018)
  'écrit…', // fr [I] (Android 2018)
  "est en train d'écrire…", // fr, groups [I] (Android 2018)
  "enregistrement de l'audio…", // fr [I] (Android 2018)
  "est en train d'enregistrer l'audio…", // fr, groups [I] (Android 2018)
  'टाइप कर रहे हैं…', // hi [G]
  'टाइप कर रहा है…', // hi [G]
  'sta scrivendo…', // it [G]
  'mengetik…', // id [G]
  'yazıyor…', // tr [I] (Turkish Help Center: "yazıyor" cannot be hidden)
  'печатает…', // ru [G]
  'يكتب…', // ar [G]
  'جارٍ الكتابة…', // ar [G]
] as const

/** Header subtitle: the contact is online (exact match). */
export const ONLINE = [
  'online', // en [V] (span[title="online"] used by many public trackers), also de/pt [I] (Android 2018)
  'en línea', // es [I] (Android 2018)
  'en ligne', // fr [I] (Android 2018)
  'ऑनलाइन', // hi [I] (Help Center: the 'ऑनलाइन' status)
  'çevrimiçi', // tr [I] (Turkish Help Center: "Çevrimiçi")
  'в сети', // ru [G]
  'متصل', // ar [G]
  'متصل الآن', // ar [G]
] as const

/** Header subtitle: last seen (prefix match). */
export const LAST_SEEN_PREFIXES = [
  'last seen', // en [V] (span[title*="last seen"] in public trackers)
  'últ. vez', // es [I] (Android 2018; public mock-ups of the page)
  'última vez', // es [G]
  'visto por último', // pt [I] (Android 2018; public WhatsApp Web code filters the header for it)
  'visto pela última vez', // pt [G]
  'zul. online', // de [I] (Android 2018: the header's form)
  'zuletzt online', // de [I] (Help Center: the setting and the time stamp are „Zuletzt online“; the header may shorten it)
  'vu(e)', // fr [G]
  'vu ', // fr [I] (Android 2018)
  'पिछली बार', // hi [I] (Help Center: the feature is 'पिछली बार देखा गया'; Hindi may put the time between the two halves, so only the first is matched)
  'अंतिम बार', // hi [G] (an earlier guess, kept: no source says the page never uses it)
  'ultimo accesso', // it [G] (also how Italian guides quote the header)
  'terakhir dilihat', // id [I] (WhatsApp's own notice on last seen, as Indonesian press quotes it)
  'son görülme', // tr [I] (Turkish Help Center: the "Son görülme" setting)
  'был(а)', // ru [G]
  'был в сети', // ru [G]
  'была в сети', // ru [G]
  'آخر ظهور', // ar [G]
] as const

/** Title of the Settings › Privacy panel (h1 of the left drawer). */
export const PRIVACY_TITLES = [
  'privacy', // en [I]
  'privacidad', // es [I] (Android 2018)
  'privacidade', // pt [I] (Android 2018)
  'datenschutz', // de [I] (Android 2018; German Help Center)
  'confidentialité', // fr [I] (Android 2018)
  'प्राइवेसी', // hi [I] (Help Center: Settings › Account › 'प्राइवेसी')
  'गोपनीयता', // hi [G]
  'privasi', // id [G]
  'gizlilik', // tr [I] (Turkish Help Center: Ayarlar › Hesap › Gizlilik)
  'конфиденциальность', // ru [G]
  'الخصوصية', // ar [G]
] as const

/** Heading of the About block in the contact info drawer. */
export const ABOUT_TITLES = [
  'about', // en [I]
  'info.', // es [G]
  'recado', // pt [I] (Android 2018)
  'info', // es, de [I] (Android 2018; de also the German Help Center)
  'actu', // fr [I] (Android 2018)
  'विवरण', // hi [I] (Help Center: who can see your 'विवरण', the About setting)
  'परिचय', // hi [G]
  'hakkımda', // tr [G]
  'сведения', // ru [G]
  'الأخبار', // ar [G]
  'نبذة', // ar [G]
] as const

/**
 * Words of a group's member count ("4 members", "4 participants"), matched as a substring: the
 * second signal beside a number, or in its place where the count is spelt out.
 */
export const PARTICIPANT_COUNT = [
  'members', // en [G]
  'participants', // en, fr [G]
  'membres', // fr [G]
  'partecipanti', // it [G]
  'membri', // it [G]
  'anggota', // id [G]
  'peserta', // id [G]
  'katılımcı', // tr [G]
  'üye', // tr [G]
  'участник', // ru [G] (also the stem of участника / участников)
  'مشارك', // ar [G] (also the stem of مشاركين / مشاركون)
  'عضو', // ar [G]
  'أعضاء', // ar [G]
  'सदस्य', // hi [G]
  'प्रतिभागी', // hi [G]
  'miembros', // es [G]
  'participantes', // es, pt [G]
  'membros', // pt [G]
  'mitglieder', // de [G]
  'teilnehmer', // de [G]
] as const

/**
 * Lower-case, trim, collapse whitespace (incl. NBSP); strips bidi control characters; one form of
 * the ellipsis ("..." and "…") and of the apostrophe (' and ’), as clients write both.
 */
export function normalize(text: string | null | undefined): string {
  if (!text) return ''
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\.\.\./g, '…')
    .replace(/\u2019/g, "'")
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

/**
 * Hyphens and spaces as one separator: WhatsApp's own texts write "end-to-end" (and its German and
 * Hindi forms) both ways, so notice words match either spelling.
 */
export function foldSeparators(text: string): string {
  return text.replace(/[\s\u002d\u2010\u2011]+/g, ' ')
}

export function isTypingText(t: string): boolean {
  return TYPING.some((w) => t === w || t.endsWith(' ' + w) || t.startsWith(w))
}

/** Business-chat system notice (substring match after foldSeparators, second signal after the icon). */
export const BUSINESS_NOTICE = [
  'business account', // en [I] "This chat is with a business account."
  'uses a secure service from meta', // en [I] (the English Help Center quotes the notice)
  'works with other companies to manage this chat', // en [I] (the Help Center's notice for a business that uses a partner)
  'cuenta de empresa', // es [I] (Android 2018)
  'cuenta comercial', // es [G]
  'conta comercial', // pt [I] (Android 2018; public WhatsApp Web code tests for it)
  'unternehmens-account', // de [I] (Android 2018)
  'unternehmensaccount', // de [I] (a public chat-export parser)
  'unternehmenskonto', // de [I] (the German Help Center's name of the profile label)
  'business-konto', // de [G]
  'compte commercial', // fr [I] (Android 2018)
  'compte professionnel', // fr [I] (the French Help Center's name of the profile label)
  'servicio seguro de meta', // es [I] (public mock-ups; the business's own view is [C])
  'serviço seguro da meta', // pt [I] (public WhatsApp Web code tests for it)
  'sicheren service von meta', // de [I] (a public chat-export parser)
  'sicheren service der firma facebook', // de [I] (the German Help Center quotes the notice in its Facebook-era wording)
  'arbeitet mit anderen unternehmen zusammen', // de [I] (the German Help Center's partner notice)
  'service sécurisé de meta', // fr [I] (a public mock-up)
  'बिज़नेस अकाउंट', // hi [I] (Help Center: the profile label of a business is 'बिज़नेस अकाउंट')
] as const

/** End-to-end encryption system notice (substring match after foldSeparators, second signal after the icon). */
export const ENCRYPTION_NOTICE = [
  'end-to-end encrypted', // en [I]
  'cifrado de extremo a extremo', // es [I] (Android 2018)
  'cifrados de extremo a extremo', // es [C] (a public selector on the notice)
  'criptografia de ponta a ponta', // pt [I] (public filters of captured chats; Android 2018 hyphenates it)
  'ende-zu-ende-verschlüsselung', // de [I] (Android 2018)
  'ende-zu-ende-verschlüsselt', // de [I] (a public chat-export parser; the German Help Center quotes the notice with a space before "verschlüsselt")
  'chiffrés de bout en bout', // fr [I] (a public mock-up; Android 2018)
  'chiffrement de bout en bout', // fr [I] (Android 2018)
  'एंड-टू-एंड एन्क्रिप्टेड', // hi [I] (WhatsApp's Hindi privacy pages; its Help Center also writes it without hyphens)
] as const
