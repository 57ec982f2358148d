// Words of the values Settings › Privacy and its sub-panels show (audiences, timers, "none"), per UI
// language (en, es, pt, de, fr, hi: the languages words.ts knows). Used by privacy-values.ts, which
// is part of the privacy reader: a page gets these words only while that panel is open. Row names
// are in privacy-words.ts. Compared after normalize() (lower case, one space, one form of "…").
// Marks as in words.ts: [I] inferred from a public source named beside it, [G] guessed.
// Sources named below:
//   "Help Center": WhatsApp's help article on privacy settings in that language (faq 3307102709559968,
//     its German web variant, the Hindi copy; and the Hindi "About status privacy", faq 502161774931737).
//     It names the settings and options as the apps label them, not necessarily the web page's exact strings.
//   "old Help Center": the German configure-privacy FAQ of about 2016 (whatsapp.com/faq/de/iphone/28041111).
//   "blog fr": WhatsApp's French blog post on group privacy (2019).
//   "press": news articles in that language that list the options as the app shows them.
//   "facts": docs/research/facts.md (LS-2, ST-2, DM-1, CA-1, CA-2, RES-1).
//   "Android 2018": WhatsApp's Android string tables of about 2018 in a public repository (see words.ts).

/** Options of the "who can see" settings. */
export type AudienceWord = 'everyone' | 'contacts' | 'contacts-except' | 'only-share-with' | 'nobody' | 'same-as-last-seen'

export const AUDIENCE_WORDS: Readonly<Record<AudienceWord, readonly string[]>> = {
  everyone: [
    'everyone', // en [I] (Help Center; facts LS-2)
    'todos', // es [I] (press), pt [I] (press)
    'alle', // de [I] (Help Center, web variant)
    'jeder', // de [I] (old Help Center)
    'tout le monde', // fr [I] (blog fr)
    'सभी', // hi [G]
  ],
  contacts: [
    'my contacts', // en [I] (Help Center; facts LS-2)
    'mis contactos', // es [I] (press)
    'meus contatos', // pt [I] (press)
    'meine kontakte', // de [I] (Help Center)
    'mes contacts', // fr [I] (blog fr)
    'मेरे कॉन्टैक्ट', // hi [I] (Help Center, status privacy)
    'मेरे कॉन्टैक्ट्स', // hi [G]
  ],
  'contacts-except': [
    'my contacts except…', // en [I] (facts LS-2)
    'my contacts except', // en [I]
    'mis contactos, excepto…', // es [I] (press)
    'mis contactos excepto…', // es [I] (press)
    'meus contatos, exceto…', // pt [I] (press)
    'meus contatos exceto…', // pt [I] (press)
    'meine kontakte außer …', // de [I] (Help Center)
    'meine kontakte außer…', // de [I] (press)
    'mes contacts sauf…', // fr [I] (blog fr)
    'mes contacts sauf …', // fr [G]
    'मेरे कॉन्टैक्ट लेकिन इन्हें छोड़कर…', // hi [I] (Help Center, status privacy)
    // A count the page shows instead of the names ("#" stands for any number)
    '# contacts excluded', // en [G]
    '# contact excluded', // en [G]
    '# contactos excluidos', // es [G]
    '# contatos excluídos', // pt [G]
    '# kontakte ausgeschlossen', // de [G]
    '# contacts exclus', // fr [G]
    '# कॉन्टैक्ट को छोड़कर', // hi [G]
  ],
  'only-share-with': [
    'only share with…', // en [I] (facts ST-2)
    'solo compartir con…', // es [I] (press: "Sólo compartir con")
    'sólo compartir con…', // es [I] (press)
    'compartilhar somente com…', // pt [I] (press)
    'nur teilen mit …', // de [G]
    'nur teilen mit…', // de [G]
    'partager uniquement avec…', // fr [G]
    'सिर्फ़ इनके साथ शेयर करें…', // hi [I] (Help Center, status privacy)
    '# contacts selected', // en [G]
    '# contact selected', // en [G]
    '# contactos seleccionados', // es [G]
    '# contatos selecionados', // pt [G]
    '# kontakte ausgewählt', // de [G]
    '# contacts sélectionnés', // fr [G]
    '# कॉन्टैक्ट चुने गए', // hi [G]
  ],
  nobody: [
    'nobody', // en [I] (Help Center; facts LS-2)
    'nadie', // es [I] (press)
    'ninguém', // pt [I] (press)
    'niemand', // de [I] (Help Center)
    'personne', // fr [I] (press)
    'कोई नहीं', // hi [G]
  ],
  'same-as-last-seen': [
    'same as last seen', // en [I] (facts LS-2)
    'igual que la hora de últ. vez', // es [G]
    'igual que visto por última vez', // es [G]
    'igual ao visto por último', // pt [G]
    'wie zuletzt online', // de [G]
    'identique à la dernière connexion', // fr [G]
    'पिछली बार देखा गया जैसा ही', // hi [G]
  ],
}

/** Options of the default message timer (DM-1: 24 hours, 7 days, 90 days, or off). */
export const TIMER_WORDS: Readonly<Record<'24h' | '7d' | '90d' | 'off', readonly string[]>> = {
  '24h': ['24 hours' /* en [I] (facts DM-1) */, '24 horas' /* es, pt [G] */, '24 stunden' /* de [G] */, '24 heures' /* fr [G] */, '24 घंटे' /* hi [G] */],
  '7d': ['7 days' /* en [I] (facts DM-1) */, '7 días' /* es [G] */, '7 dias' /* pt [G] */, '7 tage' /* de [G] */, '7 jours' /* fr [G] */, '7 दिन' /* hi [G] */],
  '90d': ['90 days' /* en [I] (facts DM-1) */, '90 días' /* es [G] */, '90 dias' /* pt [G] */, '90 tage' /* de [G] */, '90 jours' /* fr [G] */, '90 दिन' /* hi [G] */],
  off: [
    'off', // en [I] (the English fixture of the panel; facts DM-1 "optional")
    'desactivado', // es [G]
    'desactivados', // es [G]
    'desativado', // pt [G]
    'desativadas', // pt [G]
    'aus', // de [G]
    'deaktiviert', // de [I] (Help Center: the default timer "ist deaktiviert")
    'désactivé', // fr [G]
    'désactivés', // fr [G]
    'बंद', // hi [G]
  ],
}

/** "None" where a count is shown (live location, blocked contacts). */
export const NONE_WORDS: readonly string[] = [
  'none', // en [G]
  'ninguno', // es [G]
  'ninguna', // es [G]
  'nenhum', // pt [G]
  'nenhuma', // pt [G]
  'keine', // de [G]
  'aucun', // fr [G]
  'aucune', // fr [G]
  'कोई नहीं', // hi [G]
]
