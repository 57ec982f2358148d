// Names of the rows of Settings › Privacy (and so the titles of its sub-panels), per UI language (en,
// es, pt, de, fr, hi: the languages words.ts knows). The privacy reader uses them to tell a sub-panel
// (privacy-sub-panels.ts, for the privacy-settings detector) and which setting a row is
// (privacy-values.ts); like the words of the values (privacy-value-words.ts), they are loaded only
// with the reader, never in WhatsApp Web's content script itself.
// Compared after normalize() (lower case, one space, one form of "…").
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

/** What a row of the Privacy panel is, by its name; a sub-panel's title is the name of the row that opens it. */
export type RowKind =
  | 'last-seen-and-online'
  | 'profile-photo'
  | 'about'
  | 'status'
  | 'read-receipts'
  | 'groups'
  | 'default-timer'
  | 'live-location'
  | 'blocked-contacts'
  | 'calls'
  | 'advanced'
  | 'silence-unknown-callers'
  | 'protect-ip-in-calls'
  | 'block-unknown-messages'

export const ROW_NAMES: Readonly<Record<RowKind, readonly string[]>> = {
  'last-seen-and-online': [
    'last seen and online', // en [I] (Help Center: "Last Seen and Online")
    'last seen', // en [I] (older clients; Help Center)
    'hora de últ. vez y en línea', // es [G]
    'visto por última vez y en línea', // es [I] (press)
    'hora de última vez', // es [I] (press)
    'visto por último e online', // pt [I] (press quoting the Help Center)
    'visto por último', // pt [I] (press; Android 2018)
    'zuletzt online und online', // de [G]
    'zuletzt online', // de [I] (Help Center)
    'dernière connexion et en ligne', // fr [G]
    'présence en ligne', // fr [I] (press)
    'vu à', // fr [G]
    'पिछली बार देखा गया और ऑनलाइन', // hi [I] (Help Center names both)
    'पिछली बार देखा गया', // hi [I] (Help Center)
  ],
  'profile-photo': [
    'profile photo', // en [I] (Help Center)
    'foto de perfil', // es [I] (press)
    'foto do perfil', // pt [I] (press)
    'profilbild', // de [I] (Help Center)
    'photo de profil', // fr [I] (press)
    'प्रोफ़ाइल फ़ोटो', // hi [I] (Help Center)
  ],
  about: [
    'about', // en [I] (Help Center)
    'info.', // es [I] (press)
    'info', // es, de [I] (press; Help Center de)
    'recado', // pt [I] (press quoting the Help Center)
    'actu', // fr [I] (Android 2018)
    'à propos', // fr [G]
    'विवरण', // hi [I] (Help Center)
  ],
  status: [
    'status', // en, pt, de [I] (Help Center; press)
    'estado', // es [I] (press)
    'statut', // fr [G]
    'स्टेटस', // hi [I] (Help Center)
  ],
  'read-receipts': [
    'read receipts', // en [I] (Help Center)
    'confirmaciones de lectura', // es [I] (press)
    'confirmações de leitura', // pt [I] (press)
    'lesebestätigungen', // de [I] (Help Center)
    'confirmations de lecture', // fr [G]
    'पढ़े गए मैसेज', // hi [I] (Help Center)
  ],
  groups: [
    'groups', // en [I] (Help Center)
    'grupos', // es, pt [I] (press)
    'gruppen', // de [I] (press)
    'groupes', // fr [I] (blog fr)
    'ग्रुप', // hi [I] (Help Center: who can add you to 'ग्रुप')
  ],
  'default-timer': [
    'default message timer', // en [I] (facts DM-1)
    'duración predeterminada de los mensajes', // es [G]
    'duração padrão das mensagens', // pt [G]
    'standard-nachrichtendauer', // de [I] (Help Center; press)
    'durée par défaut des messages', // fr [G]
    'डिफ़ॉल्ट मैसेज टाइमर', // hi [G]
  ],
  'live-location': [
    'live location', // en [I] (facts LL-1)
    'ubicación en tiempo real', // es [G]
    'localização em tempo real', // pt [G]
    'live-standort', // de [I] (Help Center)
    'position en direct', // fr [G]
    'लाइव लोकेशन', // hi [G]
  ],
  'blocked-contacts': [
    'blocked contacts', // en [G]
    'contactos bloqueados', // es [G]
    'contatos bloqueados', // pt [G]
    'blockierte kontakte', // de [I] (old Help Center: "Liste der blockierten Kontakte")
    'contacts bloqués', // fr [G]
    'ब्लॉक किए गए कॉन्टैक्ट', // hi [G]
  ],
  calls: [
    'calls', // en [G] (facts CA-3: the web settings cover calls)
    'llamadas', // es [G]
    'ligações', // pt [G]
    'chamadas', // pt [G]
    'anrufe', // de [G]
    'appels', // fr [G]
    'कॉल', // hi [G]
  ],
  advanced: [
    'advanced', // en [I] (facts CA-2: Settings > Privacy > Advanced)
    'avanzado', // es [G]
    'avançado', // pt [G]
    'configurações avançadas', // pt [I] (press)
    'erweitert', // de [G]
    'avancé', // fr [G]
    'एडवांस्ड', // hi [G]
  ],
  'silence-unknown-callers': [
    'silence unknown callers', // en [I] (facts CA-1)
    'silenciar llamadas de desconocidos', // es [G]
    'silenciar ligações desconhecidas', // pt [G]
    'unbekannte anrufer stummschalten', // de [G] (the Help Center says "schalte unbekannte Nummern stumm")
    'mettre en silence les appels inconnus', // fr [G]
    'अनजान कॉलर को साइलेंट करें', // hi [G]
  ],
  'protect-ip-in-calls': [
    'protect ip address in calls', // en [I] (facts CA-2)
    'proteger la dirección ip en las llamadas', // es [G]
    'proteger endereço ip nas chamadas', // pt [I] (press)
    'ip-adresse in anrufen schützen', // de [I] (Help Center)
    "protéger l'adresse ip dans les appels", // fr [G]
    'कॉल में ip एड्रेस सुरक्षित रखें', // hi [G]
  ],
  'block-unknown-messages': [
    'block unknown account messages', // en [I] (facts RES-1)
    'bloquear mensajes de cuentas desconocidas', // es [G]
    'bloquear mensagens de contas desconhecidas', // pt [G]
    'nachrichten von unbekannten accounts blockieren', // de [G]
    'bloquer les messages de comptes inconnus', // fr [G]
    'अनजान अकाउंट के मैसेज ब्लॉक करें', // hi [G]
  ],
}
