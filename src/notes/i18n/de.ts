import type { ControlTranslation, Translation } from './types'

// German. Setting paths use the German app's own labels as WhatsApp's German help pages and the
// German press quoting the app name them ("Zuletzt online und online", "Standard-Nachrichtendauer",
// "Anrufe von Unbekannt stummschalten").

const META =
  'WhatsApp gibt an, einige Daten mit anderen Meta-Unternehmen zu teilen (z. B. deine Telefonnummer, Geräteinformationen, IP-Adresse, wie du mit Unternehmen interagierst), aber nicht deine Kontakte oder geteilte Standorte, und keine Protokolle darüber zu führen, wer wem schreibt.'
const NOT_LISTED =
  'WhatsApps Liste dessen, was es mit anderen Meta-Unternehmen teilt, nennt Konto-, Geräte- und Verbindungsdaten sowie Interaktionen mit Unternehmen; dieses Ereignis nennt sie nicht.'
const EU =
  'In der Europäischen Region ist WhatsApp Ireland Verantwortlicher für deine Daten (für das Vereinigte Königreich kann sich das geändert haben). 2021 erklärte Facebook, Daten europäischer Nutzer würden nicht geteilt, damit Meta seine Produkte oder Werbung verbessert – obwohl die europäische Richtlinie solche Zwecke nennt.'
const IN =
  'Indiens Wettbewerbsbehörde verhängte wegen der Richtlinie von 2021 eine Geldbuße gegen Meta und verbot das Teilen mit Meta für Werbung für fünf Jahre. Im Nov. 2025 bestätigte ein Berufungsgericht die Buße und die Vorgaben zur Wahlfreiheit, hob das Verbot aber auf. Im Feb. 2026 sagte WhatsApp dem Obersten Gerichtshof zu, diese Vorgaben bis zum 16. März 2026 umzusetzen, einschließlich eines Opt-outs vom Teilen für Zwecke außerhalb von WhatsApp; die Hauptverfahren laufen noch (Presseberichte).'
const LE =
  'Auf US-Rechtsverfahren hin kann WhatsApp Kontodaten herausgeben, etwa das Datum von „zuletzt online“ und die IP-Adresse (Subpoena) sowie blockierte Nummern (Gerichtsbeschluss); Nachrichteninhalte kann es nach eigener Aussage nicht herausgeben.'
const BIZ =
  'Sobald Nachrichten beim Unternehmen ankommen, gelten dessen eigene Datenschutzpraktiken: Mitarbeitende oder Dienstleister können sie lesen, und es darf sie für eigenes Marketing nutzen, auch für Werbung bei Meta.'
const UNKNOWN_RECEIPTS =
  'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp Bestätigungsereignisse auf seinen Servern speichert. Die Zeiten bleiben in der Nachrichteninfo des Absenders.'
const UNKNOWN_RECEIPTS_HINT = 'Unbekannt auf WhatsApps Servern (die geprüften Quellen sagen es nicht); die Nachrichteninfo behält die Zeiten'
const ON_OFF = ['An', 'Aus']
const AUDIENCE_4 = ['Alle', 'Meine Kontakte', 'Meine Kontakte außer …', 'Niemand']
const READ_PATH = 'Einstellungen › Datenschutz › Lesebestätigungen'
const LAST_SEEN_PATH = 'Einstellungen › Datenschutz › Zuletzt online und online'
const RECIPROCAL_READ = 'Schaltest du deine aus, siehst du auch die Lesebestätigungen anderer nicht (außer in Gruppen).'
const BLOCK: ControlTranslation = {
  exceptions: ['Kund:innen können das Unternehmen blockieren oder melden; Blockierungen und Meldungen gehören zu den Signalen hinter der Qualitätsbewertung seiner Vorlagen.'],
}
const DELETE_90 = 'Unbekannt für frühere Versionen. Das Löschen des Kontos dauert bis zu 90 Tage, Sicherungskopien können länger bestehen.'

export const de: Translation = {
  audience: {
    'other-person': 'Die andere Person',
    'group-members': 'Gruppenmitglieder',
    'your-contacts': 'Deine Kontakte',
    'anyone-with-number': 'Alle, die deine Nummer kennen',
    'whatsapp-servers': 'WhatsApps Server',
    'meta-companies': 'Andere Meta-Unternehmen',
    'business-and-vendors': 'Das Unternehmen und seine Dienstleister',
    authorities: 'Behörden',
  },
  region: {
    all: 'Überall',
    'european-region': 'Europäische Region',
    india: 'Indien',
    elsewhere: 'Außerhalb der Europäischen Region',
  },
  publisher: { 'WhatsApp Help Center': 'WhatsApp-Hilfe' },
  sourceTopic: {
    'wa-ticks': 'Lesebestätigungen',
    'wa-privacy': 'Datenschutz-Einstellungen',
    'wa-lastseen': 'zuletzt online und online',
    'wa-status-privacy': 'Status-Datenschutz',
    'wa-status-fb': 'Status auf Facebook',
    'wa-communities': 'Gruppen und Communities',
    'wa-biz-chats': 'Chats mit Unternehmen',
    'wa-biz-privacy': 'Unternehmensnachrichten',
    'wa-disappearing': 'selbstlöschende Nachrichten',
    'wa-view-once': 'Einmalansicht',
    'wa-linked': 'verknüpfte Geräte',
    'wa-meta-share': 'Teilen mit Meta',
    'wa-le': 'Strafverfolgung',
    'wa-delete': 'Konto löschen',
    'wa-e2ee-backup': 'verschlüsseltes Backup',
    'wa-live-location': 'Live-Standort',
    'wa-pp': 'WhatsApp-Datenschutzrichtlinie',
    'dev-status': 'Status-Webhooks',
    'dev-no-storage': 'No Storage',
    'dev-local-storage': 'Local storage',
    'dev-metrics': 'Marketing-Kennzahlen',
    'dev-quality': 'Qualitätsbewertung',
    'dev-opt-in': 'Einwilligung',
    'dev-text-webhook': 'Nachrichten-Webhooks',
    'res-careless': 'Careless Whisper',
    'pr-fbi-chart': 'FBI-Dokument',
    'pr-inews-clock': 'was das Uhr-Symbol bedeutet',
  },
  context: {
    'reciprocal-read-receipts': {
      title: 'Blaue Häkchen in diesem Chat heißen: Deine waren auch an',
      text: 'In Einzelchats wirken Lesebestätigungen in beide Richtungen: Blaue Häkchen siehst du nur, solange deine eigenen Lesebestätigungen an sind. Deine waren also an, als diese Nachrichten gelesen wurden, und diese Person sieht, wann du ihre liest, solange ihr beide sie anlasst (Einstellungen › Datenschutz › Lesebestätigungen).',
    },
    'reciprocal-presence': {
      title: 'Du teilst deine Anwesenheit ebenfalls',
      text: 'Du siehst „zuletzt online“ oder den Online-Status dieser Person, also ist deiner zumindest für einige sichtbar: Verbirgst du deinen, siehst du ihren nicht mehr.',
    },
    'group-read-receipts-always': {
      title: 'In Gruppen immer gesendet',
      text: 'In Gruppenchats werden deine Lesebestätigungen gesendet, auch wenn du sie ausgeschaltet hast; der Absender sieht in der Nachrichteninfo, wann du jede Nachricht gelesen hast.',
    },
    'delivery-receipts-always': {
      title: 'Zustellbestätigungen lassen sich nicht abschalten',
      text: 'Jedes deiner Geräte bestätigt jede empfangene Nachricht, und keine Einstellung verhindert das. Wer nur deine Nummer kennt, könnte aus dem Timing dieser Bestätigungen auf deine Aktivität schließen (Forschung, 2024).',
    },
    'typing-no-setting': {
      title: 'Keine Einstellung verbirgt „schreibt …“',
      text: 'Wer diesen Chat geöffnet hat und online ist, sieht, wenn du schreibst; eine Einstellung zum Abschalten der Anzeige wurde nicht gefunden.',
    },
    'status-viewers-mutual': {
      title: 'Die Betrachterliste braucht Lesebestätigungen auf beiden Seiten',
      text: 'Wer deinen Status angesehen hat, siehst du nur, solange deine eigenen Lesebestätigungen an sind, und wer ihn mit ausgeschalteten Lesebestätigungen angesehen hat, erscheint nie.',
    },
    'group-numbers-visible': {
      title: 'Mitglieder sehen deine Nummer',
      text: 'Deine Telefonnummer lässt sich in gewöhnlichen Chats nicht verbergen, daher sehen Mitglieder dieser Gruppe sie in der Regel, auch wenn sie sie nicht gespeichert haben.',
    },
    'live-location-linked-device': {
      title: 'Live-Standort wird im Web nicht angezeigt',
      text: 'Verknüpfte Geräte wie WhatsApp Web können den Live-Standort nicht anzeigen; Personen im Chat sehen ihn auf dem Handy, solange er geteilt wird.',
    },
    'business-chat-hosting': {
      title: 'Wer diesen Unternehmenschat verarbeitet',
      text: 'Prüfe den Hinweis im Chat. Steht dort, dass das Unternehmen einen sicheren Dienst von Meta nutzt, hostet Meta den Chat dafür, WhatsApp behandelt ihn nicht als Ende-zu-Ende bis zum Unternehmen verschlüsselt, und Inhalte werden standardmäßig bis zu 30 Tage gespeichert. Seit die selbst gehostete API im Oktober 2025 eingestellt wurde, laufen auch Chats mit dem Hinweis „arbeitet mit anderen Unternehmen zusammen“ über Metas Cloud API.',
    },
    'business-status-webhooks': {
      title: 'Zustell- und Lesezeiten pro Kund:in',
      text: 'Hier steht pro Kund:in, wann Nachrichten zugestellt und gelesen wurden. Meta schickt diese Status nahezu in Echtzeit an den Webhook des Unternehmens und an jeden Dienstleister dahinter.',
    },
  },
  notes: {
    'read-receipt': {
      title: 'Lesebestätigung (blaue Häkchen)',
      summary: 'Blaue Häkchen: Der Empfänger hat deine Nachricht gelesen. Deine App sendet dasselbe Signal, wenn du liest; abschaltbar, außer in Gruppen.',
      generated: [
        'Öffnet der Empfänger den Chat, meldet sein Gerät die Nachricht als gelesen (in Einzelchats nur, wenn beide Lesebestätigungen an haben): Die Häkchen werden blau, und die Nachrichteninfo des Absenders zeigt die Zeit.',
        'Sprachnachrichten haben eine eigene „abgespielt“-Bestätigung, und das Bearbeiten einer Nachricht setzt ihre Lesebestätigungen zurück.',
        'In einer Gruppe werden die Häkchen erst blau, wenn alle Mitglieder gelesen haben; die Nachrichteninfo listet jedes Mitglied.',
      ],
      audience: [
        { condition: 'nur wenn ihr beide Lesebestätigungen an habt', detail: 'sieht in Einzelchats, wann du ihre Nachricht liest' },
        { condition: 'in Gruppen, egal wie du es eingestellt hast', detail: 'der Absender sieht in der Nachrichteninfo, wann du gelesen hast' },
        { detail: 'leiten jede Bestätigung weiter' },
        { condition: 'in Chats mit einem Unternehmen', detail: '„gelesen“-Status erreichen dessen Systeme' },
      ],
      sharing: [NOT_LISTED],
      retention: UNKNOWN_RECEIPTS,
      retentionHint: UNKNOWN_RECEIPTS_HINT,
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['In Gruppenchats immer gesendet', 'Stoppt keine Zustellbestätigungen (graue Häkchen)'],
          reciprocity: RECIPROCAL_READ,
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Lesebestätigungen (nicht in Gruppen)',
      caveats: [
        'Eine ältere iPhone-Hilfeseite, nur in einer Urdu-Fassung gelesen, sagt, Abspielbestätigungen für Sprachnachrichten würden auch bei ausgeschalteten Lesebestätigungen gesendet; die aktuelle englische Hilfeseite sagt das nicht, es kann sich also geändert haben.',
      ],
    },
    'delivery-receipt': {
      title: 'Zustellbestätigung (zwei graue Häkchen)',
      summary: 'Zwei graue Häkchen: Ein Gerät des Empfängers hat deine Nachricht. Deine Geräte senden diese Bestätigungen auch, immer: abschalten geht nicht.',
      generated: [
        'Das zweite Häkchen erscheint, sobald das Handy des Empfängers oder eines seiner verknüpften Geräte die Nachricht hat, auch wenn das Handy aus ist.',
        'Die Nachrichteninfo des Absenders zeigt die genaue Zustellzeit; in Gruppen pro Mitglied.',
        'Forschende zeigten 2024, dass jemand, der nur deine Nummer kennt, aus dem Timing stiller Zustellbestätigungen auf Bildschirm- und App-Aktivität, Geräteanzahl und Tagesablauf schließen könnte.',
      ],
      audience: [
        { detail: 'sieht, wann jede Nachricht bei dir ankam' },
        { condition: 'in Gruppen', detail: 'der Absender sieht die Zustellzeit jedes Mitglieds' },
        { detail: 'leiten jede Bestätigung weiter' },
      ],
      sharing: [NOT_LISTED],
      retention: UNKNOWN_RECEIPTS,
      retentionHint: UNKNOWN_RECEIPTS_HINT,
      controls: [
        { exceptions: ['Keine Einstellung schaltet Zustellbestätigungen ab; der Schalter für Lesebestätigungen betrifft nur blaue Häkchen.'] },
        {
          path: 'Einstellungen › Datenschutz › Erweitert › Nachrichten von unbekannten Konten blockieren',
          options: ON_OFF,
          exceptions: ['Begrenzt nur Nachrichtenfluten von unbekannten Konten; Zustellbestätigungen stoppt es nicht.'],
        },
      ],
      controlHint: 'Keine Einstellung: Zustellbestätigungen werden immer gesendet',
      caveats: [
        'WhatsApps Hilfeseiten beschreiben nur einen Schalter für Lesebestätigungen; dass sich Zustellbestätigungen nicht abschalten lassen, zeigt die Forschung (Careless Whisper, 2024).',
      ],
    },
    'sent-receipt': {
      title: 'Gesendet (ein graues Häkchen)',
      summary: 'Ein graues Häkchen: Die Nachricht ist bei WhatsApp, aber noch auf keinem Gerät des Empfängers. In Gruppen: noch nicht bei allen Mitgliedern.',
      generated: [
        'Ein Häkchen bedeutet: gesendet; es wird zu zwei Häkchen, sobald ein Gerät des Empfängers die Nachricht erhält. In einer Gruppe erscheint das zweite Häkchen erst, wenn alle Mitglieder sie erhalten haben.',
        'Bis zur Zustellung wartet die Nachricht verschlüsselt auf WhatsApps Servern.',
        'Ein Häkchen bleibt auch, wenn der Empfänger dich blockiert hat: Nachrichten an jemanden, der dich blockiert hat, werden nie zugestellt.',
      ],
      audience: [
        { detail: 'erhält die Nachricht, sobald eines ihrer Geräte online ist' },
        { condition: 'verschlüsselt, bis zur Zustellung', detail: 'halten die Nachricht, bis ein Gerät des Empfängers sie hat' },
        { condition: 'nur mit einer US-Pen-Register-Anordnung', detail: 'können ab dann erfahren, wer wem schreibt (Presseberichte)' },
      ],
      sharing: [NOT_LISTED, LE],
      retention: 'Eine Nachricht, die nicht zugestellt werden kann, wartet höchstens 30 Tage verschlüsselt auf WhatsApps Servern, während die Zustellung wiederholt wird; danach wird sie entfernt.',
      retentionHint: 'Nicht zugestellt wartet sie höchstens 30 Tage verschlüsselt auf WhatsApps Servern, dann wird sie entfernt',
      controls: [{ exceptions: ['Keine Einstellung steuert diesen Status.'] }],
      controlHint: 'Keine Einstellung: Dieser Status erscheint immer',
      caveats: [
        'WhatsApp sagt, es führe keine routinemäßigen Protokolle darüber, wer wem schreibt; laut einem FBI-Leitfaden von 2021, über den die Presse berichtete, liefert eine Pen-Register-Anordnung aber etwa alle 15 Minuten Absender und Empfänger jeder Nachricht.',
      ],
    },
    pending: {
      title: 'Ausstehend (Uhr)',
      summary: 'Die Uhr bedeutet: Die Nachricht hat dein Gerät noch nicht verlassen. Löschst du sie jetzt, kommt sie nie beim Empfänger an.',
      generated: [
        'Die Uhr erscheint, solange dein Gerät keine Verbindung hat oder WhatsApp eine Störung hat; bei den Servern ist noch nichts angekommen.',
        'Löschst du die Nachricht, während die Uhr zu sehen ist, erreicht sie den Empfänger nie.',
      ],
      audience: [{ detail: 'sieht nichts, bis die Nachricht gesendet ist' }],
      sharing: ['Noch wird nichts geteilt: Die Nachricht ist nur auf deinem Gerät.'],
      retention: 'Sie bleibt auf deinem Gerät, bis sie gesendet wird oder du sie löschst.',
      retentionHint: 'Nur auf deinem Gerät, bis sie gesendet wird oder du sie löschst',
      controls: [{ exceptions: ['Lösche die Nachricht, bevor sie gesendet wird, um sie aufzuhalten.'] }],
      controlHint: 'Vor dem Senden löschen, um sie aufzuhalten',
      caveats: [
        'Eine offizielle Hilfeseite zur Uhr wurde nicht gefunden; diese Notiz stützt sich auf Presseberichte, und manche Tipp-Seiten erklären die Uhr falsch.',
        'WhatsApps Server erhalten nichts, bis aus der Uhr ein Häkchen wird.',
      ],
    },
    'last-seen': {
      title: 'Zuletzt online',
      summary: 'Zeigt, wann diese Person WhatsApp zuletzt genutzt hat. Deine Einstellung bestimmt, wer deins sieht; verbirgst du es, siehst du ihres nicht.',
      generated: [
        'Deine App meldet, wann du zuletzt aktiv warst; WhatsApps Richtlinie nennt „zuletzt online“ unter den Nutzungsdaten, die es erhebt.',
        '„Zuletzt online“ ist der letzte Zeitpunkt, zu dem jemand WhatsApp genutzt hat, kein Beweis, dass deine Nachricht gelesen wurde.',
      ],
      audience: [
        { condition: 'wenn deine Einstellung „Meine Kontakte“ oder „Alle“ ist', detail: 'Personen, deren Nummer du gespeichert hast' },
        { condition: 'nur bei „Alle“ und nur nach Chat oder gespeicherter Nummer', detail: 'seit Dezember 2021 sehen Fremde es nicht mehr' },
        { detail: 'erheben es als Nutzungsdaten' },
        { condition: 'mit einer US-Subpoena', detail: 'das Datum von „zuletzt online“ gehört zu den Basisdaten' },
      ],
      sharing: [NOT_LISTED, EU, IN, LE],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp den Verlauf von „zuletzt online“ speichert.',
      retentionHint: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp „zuletzt online“ speichert',
      controls: [
        {
          path: LAST_SEEN_PATH,
          options: AUDIENCE_4,
          exceptions: ['Selbst „Alle“ umfasst nur Personen, denen du geschrieben oder die du angerufen hast oder die deine Nummer gespeichert haben.'],
          reciprocity: 'Teilst du dein „zuletzt online“ nicht, siehst du das anderer auch nicht.',
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Zuletzt online und online',
      caveats: [
        'Vor Dezember 2021 bedeutete „Alle“ jeden WhatsApp-Nutzer; Tracker-Apps nutzten das, um die Aktivität Fremder zu protokollieren.',
        'Varianten der Hilfeseite nennen unterschiedliche Standardwerte (Kontakte oder alle) – prüfe deine eigene Einstellung.',
      ],
    },
    'online-presence': {
      title: 'Online-Status',
      summary: '„Online“ heißt: Die Person hat WhatsApp gerade im Vordergrund geöffnet und ist verbunden. Seit 2022 kannst du deinen verbergen.',
      generated: [
        'Solange die App geöffnet und verbunden ist, meldet sie dich als online; WhatsApps Richtlinie nennt den Online-Status als Nutzungsdaten.',
        'Online zu sein heißt nicht, dass die Person deine Nachricht gelesen hat.',
        'Verbergen verbirgt nicht alles: 2024 zeigten Forschende, dass jemand, der nur deine Nummer kennt, aus dem Timing von Zustellbestätigungen auf deine Aktivität schließen könnte.',
      ],
      audience: [
        { condition: 'wenn erlaubt, und nur nach Chat oder gespeicherter Nummer', detail: 'sieht, dass du gerade online bist' },
        { detail: 'erheben ihn als Nutzungsdaten' },
      ],
      sharing: [NOT_LISTED, EU],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp den Verlauf des Online-Status speichert.',
      retentionHint: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp den Online-Status-Verlauf speichert',
      controls: [
        {
          path: LAST_SEEN_PATH,
          options: ['Alle', 'Wie „Zuletzt online“'],
          exceptions: ['Nur Personen, mit denen du gechattet hast oder die deine Nummer gespeichert haben, können ihn sehen.'],
          reciprocity: 'Verbirgst du deinen Online-Status, siehst du den anderer auch nicht.',
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Zuletzt online und online (online: „Alle“ oder „Wie ‚Zuletzt online‘“)',
      caveats: [
        'Bis August 2022 konnte niemand den Online-Status verbergen; die Einstellung wurde in jenem Monat angekündigt.',
        'Forschende protokollierten 2013–14 monatelang die Online-Zeiten Fremder, bevor „zuletzt online“ und „online“ eingeschränkt wurden.',
      ],
    },
    'typing-indicator': {
      title: 'Tipp-Anzeige',
      summary: '„schreibt …“ sehen alle live, die deinen Chat gerade geöffnet haben, während du tippst. Eine Einstellung zum Abschalten wurde nicht gefunden.',
      generated: ['Während du in einem Chat tippst, sendet deine App ein Live-Signal „schreibt …“ an Personen, die diesen Chat geöffnet haben und online sind.'],
      audience: [
        { condition: 'nur solange sie den Chat geöffnet hat und online ist', detail: 'sieht „schreibt …“ live' },
        { condition: 'nur Mitglieder, die die Gruppe geöffnet haben', detail: 'sehen, wer schreibt' },
        { detail: 'leiten das Signal weiter' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, ob WhatsApp Tipp-Ereignisse speichert.',
      retentionHint: 'Unbekannt: Die geprüften Quellen sagen nicht, ob WhatsApp Tipp-Ereignisse speichert',
      controls: [{ exceptions: ['In den geprüften WhatsApp-Hilfeseiten wurde keine Einstellung für die Tipp-Anzeige gefunden.'] }],
      controlHint: 'Keine Einstellung gefunden: Hör auf zu tippen, um sie zu verbergen',
      caveats: ['Führt WhatsApp eine solche Einstellung ein, ist diese Notiz veraltet; prüfe Einstellungen › Datenschutz.'],
    },
    'status-update': {
      title: 'Status',
      summary: 'Status-Updates verschwinden nach 24 Stunden und sind Ende-zu-Ende-verschlüsselt. Sie sehen nur Personen, die eure Nummern gegenseitig gespeichert haben.',
      generated: [
        'Jemand sieht deinen Status nur, wenn ihr gegenseitig eure Nummern gespeichert habt und deine Status-Einstellung diese Person einschließt.',
        'Status-Updates verschwinden nach 24 Stunden und sind, wie persönliche Nachrichten, Ende-zu-Ende-verschlüsselt.',
        'WhatsApps Richtlinie nennt die Funktionen, die du nutzt, auch den Status, als erhobene Nutzungsdaten.',
      ],
      audience: [
        { condition: 'nur gegenseitige Kontakte laut Status-Einstellung', detail: 'sehen jedes Update 24 Stunden lang' },
        { condition: 'Ende-zu-Ende-verschlüsselt', detail: 'transportieren das Update und erfassen, dass du den Status nutzt' },
        { condition: 'nur wenn du deinen Status auf Facebook teilst', detail: 'Facebook erhält jedes geteilte Element' },
      ],
      sharing: [
        'Das Teilen des Status in Facebook-Storys ist freiwillig und standardmäßig aus. Schaltest du es ein, erhält Facebook jedes geteilte Element mit Bildunterschrift und Gerätedaten (Sprache, Browser, IP) und darf sie nutzen, auch für Werbung; deine Nummer, Kontakte und Nachrichten werden laut WhatsApp nicht geteilt.',
        'Seit Juni 2025 führt WhatsApp Werbung zwischen Status-Updates ein. Laut Meta nutzt sie begrenzte Daten (Land oder Stadt, Sprache, gefolgte Kanäle, deine Interaktion mit Anzeigen) plus Kontenübersicht-Daten, falls verknüpft, nicht aber deine persönlichen Nachrichten, Anrufe oder Gruppen.',
      ],
      retention: 'Updates verschwinden nach 24 Stunden für die Betrachter; die geprüften Quellen sagen nicht, wie lange WhatsApp Aufzeichnungen darüber speichert.',
      retentionHint: 'Für Betrachter nach 24 Stunden weg; wie lange WhatsApp Aufzeichnungen darüber speichert, ist unbekannt',
      controls: [
        {
          path: 'Einstellungen › Datenschutz › Status',
          options: ['Meine Kontakte', 'Meine Kontakte außer …', 'Teilen nur mit …'],
          exceptions: ['Eine Änderung gilt nur für künftige Updates.'],
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Status',
      caveats: ['Werbung im Tab „Aktuelles“ begann im Juni 2025; verknüpfst du WhatsApp mit der Kontenübersicht, können andere Meta-Daten sie beeinflussen.'],
    },
    'status-viewers': {
      title: 'Status-Betrachter',
      summary: 'Die Betrachterliste zeigt, wer deinen Status gesehen hat. Sie funktioniert nur, wenn du und die betrachtende Person Lesebestätigungen an habt.',
      generated: [
        'Wer einen Status öffnet, sendet eine Ansichtsbestätigung; die Person, die ihn gepostet hat, sieht, wer ihn angesehen hat.',
        'Betrachter mit ausgeschalteten Lesebestätigungen erscheinen nicht; sind deine aus, siehst du gar keine Betrachter.',
      ],
      audience: [
        { condition: 'nur wenn ihr beide Lesebestätigungen an habt', detail: 'wer den Status gepostet hat, sieht, dass du ihn angesehen hast' },
        { detail: 'leiten Ansichtsbestätigungen weiter' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp Status-Ansichten speichert.',
      retentionHint: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp Status-Ansichten speichert',
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['Anders als in Gruppen folgen Status-Ansichtsbestätigungen diesem Schalter.'],
          reciprocity: 'Sind deine aus, siehst du deine eigenen Betrachter nicht.',
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Lesebestätigungen',
      caveats: ['Die Liste kann unvollständig sein: Wer mit ausgeschalteten Lesebestätigungen angesehen hat, erscheint nicht.'],
    },
    'profile-photo': {
      title: 'Profilbild',
      summary: 'Dein Profilbild sieht, wen deine Einstellung zulässt. Mit „Alle“ kann es jeder sehen, der deine Nummer kennt.',
      generated: ['WhatsApp speichert dein Profilbild und nennt es unter den Informationen, die es erhebt.'],
      audience: [
        { condition: 'nur wenn deine Einstellung „Alle“ ist', detail: 'können dein Bild sehen' },
        { condition: 'wenn deine Einstellung „Meine Kontakte“ oder „Alle“ ist', detail: 'können dein Bild sehen' },
        { detail: 'speichern es' },
      ],
      sharing: ['Presseberichte über eine Studie von 2024–25 sagen, sie habe durch massenhaftes Prüfen von Nummern auf die öffentlichen Profilbilder von etwa 57 % der Konten zugreifen können; Meta führte danach Ratenbegrenzungen ein.'],
      retention: DELETE_90,
      retentionHint: 'Unbekannt für frühere Bilder; Konto löschen dauert bis zu 90 Tage, Sicherungen können länger bestehen',
      controls: [
        {
          path: 'Einstellungen › Datenschutz › Profilbild',
          options: AUDIENCE_4,
          exceptions: ['Wer es sehen konnte, hat vielleicht schon eine Kopie gespeichert.'],
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Profilbild',
      caveats: [
        'Varianten der Hilfeseite nennen unterschiedliche Standardwerte (die Web-Seite sagt, jeder könne dein Bild sehen).',
        'Die Zahl von 57 % stammt aus Presseberichten; in der geprüften Fassung des Papers wurde sie nicht gefunden.',
      ],
    },
    about: {
      title: 'Info',
      summary: 'Deinen Info-Text sieht, wen deine Einstellung zulässt, und WhatsApp speichert, wann du ihn zuletzt geändert hast.',
      generated: ['WhatsApp erhebt deinen Info-Text und wann du ihn zuletzt geändert hast.'],
      audience: [
        { condition: 'nur wenn deine Einstellung „Alle“ ist', detail: 'können deine Info lesen' },
        { condition: 'wenn deine Einstellung „Meine Kontakte“ oder „Alle“ ist', detail: 'können deine Info lesen' },
        { detail: 'speichern sie und den Zeitpunkt der letzten Änderung' },
      ],
      sharing: ['Presseberichte über eine Studie von 2024–25 sagen, sie habe durch massenhaftes Prüfen von Nummern auf die Info-Texte von etwa 29 % der Konten zugreifen können.'],
      retention: 'Unbekannt für frühere Texte. Das Löschen des Kontos dauert bis zu 90 Tage, Sicherungskopien können länger bestehen.',
      retentionHint: 'Unbekannt für frühere Texte; Konto löschen dauert bis zu 90 Tage, Sicherungen können länger bestehen',
      controls: [{ path: 'Einstellungen › Datenschutz › Info', options: AUDIENCE_4 }],
      controlHint: 'Einstellungen › Datenschutz › Info',
      caveats: [
        'Varianten der Hilfeseite nennen unterschiedliche Standardwerte (Kontakte oder alle).',
        'Die Zahl von 29 % stammt aus Presseberichten; in der geprüften Fassung des Papers wurde sie nicht gefunden.',
      ],
    },
    'phone-number': {
      title: 'Telefonnummer',
      summary: 'Deine Telefonnummer ist deine WhatsApp-Identität: Wer mit dir chattet, sieht sie, auch ohne dich gespeichert zu haben; verbergen geht nicht.',
      generated: [
        'Zur Registrierung ist eine Telefonnummer nötig; sie wird den Personen angezeigt, mit denen du chattest.',
        'Der freiwillige Kontakt-Upload sendet die Nummern aus deinem Adressbuch an WhatsApp, meist täglich, aber keine Namen oder E-Mail-Adressen.',
        'Nummern von Nicht-Nutzern werden gehasht und die Nummer gelöscht; der Hash bleibt mit den Personen verknüpft, die ihn hochgeladen haben.',
      ],
      audience: [
        { detail: 'sieht sie in jedem Chat, auch ohne dich gespeichert zu haben' },
        { condition: 'in Gruppen, in denen du bist', detail: 'sehen sie' },
        { detail: 'können prüfen, ob sie bei WhatsApp ist' },
        { detail: 'halten sie als Kontoinformation' },
        { detail: 'erhalten sie als Registrierungsinformation' },
        { condition: 'mit einer US-Subpoena', detail: 'Basisdaten des Kontos' },
      ],
      sharing: [
        META,
        'Außerhalb der Europäischen Region erlaubt die Richtlinie von 2021 Meta-Unternehmen, Erhaltenes zu nutzen, um Dienste zu betreiben und zu verbessern, für Sicherheit, um Angebote von Meta zu verbinden, um Funktionen und Inhalte zu personalisieren und um relevante Angebote und Werbung zu zeigen. WhatsApp sagt nicht, dass gerade deine Nummer für Werbung genutzt wird, und sagt, es verkaufe oder gebe Nummern nicht an Werbetreibende.',
        EU,
        IN,
        LE,
      ],
      retention: 'Gespeichert, solange dein Konto besteht. Das Löschen dauert bis zu 90 Tage; Sicherungen können länger Kopien enthalten, und manches wird aus rechtlichen Gründen aufbewahrt.',
      retentionHint: 'Solange dein Konto besteht; Löschen dauert bis zu 90 Tage, Sicherungen können länger Kopien enthalten',
      controls: [{ exceptions: ['Keine Einstellung verbirgt deine Nummer vor Personen, mit denen du chattest.'] }],
      controlHint: 'Keine Einstellung: Deine Nummer ist in jedem Chat sichtbar',
      caveats: [
        'Nutzernamen, die statt deiner Nummer angezeigt werden, werden ab 2026 schrittweise eingeführt. Kanäle verbergen deine Nummer schon vor anderen Abonnent:innen.',
        'Hashing schützt Telefonnummern schlecht: Der Nummernraum ist klein, Hashes lassen sich schnell zurückrechnen.',
        '2025 konnten Forschende über 100 Millionen Nummern pro Stunde bei WhatsApp prüfen, bevor Meta die Ratenbegrenzung verschärfte.',
      ],
    },
    'group-participants': {
      title: 'Gruppenmitglieder',
      summary: 'Gruppenmitglieder sehen die Telefonnummer aller Teilnehmenden, auch ungespeichert. Deine Gruppen-Einstellung begrenzt, wer dich hinzufügen darf.',
      generated: [
        'Deine Nummer lässt sich in Chats nicht verbergen, also sehen sie die Mitglieder einer Gruppe, in der du bist.',
        'WhatsApp erhebt Gruppennamen, -bilder und -beschreibungen als Nutzungsdaten.',
      ],
      audience: [
        { detail: 'sehen deine Nummer und, soweit deine Einstellungen es zulassen, dein Bild und deine Info' },
        { detail: 'kennen Gruppennamen, -bilder und -beschreibungen' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp Gruppenmitgliedschaften speichert.',
      retentionHint: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp Gruppenmitgliedschaften speichert',
      controls: [
        {
          path: 'Einstellungen › Datenschutz › Gruppen',
          options: ['Alle', 'Meine Kontakte', 'Meine Kontakte außer …'],
          exceptions: ['Dieselbe Einstellung gilt für Communitys.', 'Still verlassen: Seit 2022 erfahren nur Admins, dass du gehst.'],
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Gruppen (wer dich hinzufügen darf)',
      caveats: ['Dass Mitglieder ungespeicherte Nummern sehen, folgt aus der Regel, dass sich Nummern nicht verbergen lassen; der Gruppenfall selbst ist nur aus zweiter Hand belegt.'],
    },
    'message-info': {
      title: 'Nachrichteninfo',
      summary: 'Die Nachrichteninfo zeigt dem Absender genau, wann jede Nachricht zugestellt, gelesen oder abgespielt wurde, in Gruppen pro Mitglied.',
      generated: [
        'Für eine gesendete Nachricht listet die Nachrichteninfo, wann sie zugestellt, gelesen und bei Sprachnachrichten abgespielt wurde; in Gruppen pro Mitglied, und die Einträge bleiben, wenn ein Mitglied austritt.',
      ],
      audience: [
        { condition: 'Lesezeiten nur, wenn ihr beide Lesebestätigungen an habt', detail: 'der Absender sieht, wann sie bei dir ankam und wann du sie gelesen hast' },
        { condition: 'nur der Absender der jeweiligen Nachricht', detail: 'sieht Zustell- und Lesezeiten jedes Mitglieds' },
        { detail: 'leiten die Bestätigungen weiter' },
      ],
      sharing: [NOT_LISTED],
      retention: UNKNOWN_RECEIPTS,
      retentionHint: UNKNOWN_RECEIPTS_HINT,
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['In Gruppen werden Lesezeiten weiter angezeigt.', 'Zustellzeiten werden immer angezeigt.'],
          reciprocity: RECIPROCAL_READ,
        },
      ],
      controlHint: 'Lesebestätigungen aus verbirgt Lesezeiten (nicht in Gruppen)',
      caveats: ['Nach einer Bearbeitung beginnen die Lesebestätigungen neu: Der Absender erfährt, wer die neue Fassung gesehen hat.'],
    },
    'disappearing-messages': {
      title: 'Selbstlöschende Nachrichten',
      summary: 'Mit Timer verschwinden neue Nachrichten nach 24 Stunden, 7 oder 90 Tagen, doch Kopien können in Vorschauen, Weiterleitungen, Zitaten und Backups bleiben.',
      generated: [
        'Mit eingeschaltetem Timer verschwinden neue Nachrichten 24 Stunden, 7 Tage oder 90 Tage nach dem Senden; eine Nachricht kann behalten werden.',
        'In Einzelchats kann jede Seite den Timer ändern; in Gruppen jedes Mitglied, sofern Admins das nicht sich selbst vorbehalten.',
      ],
      audience: [
        { detail: 'kann den Timer ändern, Nachrichten behalten oder weiterleiten' },
        { condition: 'sofern Admins das nicht sich selbst vorbehalten', detail: 'dürfen den Timer ändern' },
        { condition: 'verschlüsselt, nur bis zur Zustellung', detail: 'speichern zugestellte Nachrichten ohnehin normalerweise nicht' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Aus Chats entfernt, wenn der Timer abläuft; behaltene Nachrichten bleiben, und ein vorher erstelltes Backup enthält sie bis zur Wiederherstellung.',
      retentionHint: 'Aus Chats entfernt, wenn der Timer abläuft, außer behaltene; ein vorher erstelltes Backup enthält sie noch',
      controls: [
        {
          path: 'Einstellungen › Datenschutz › Standard-Nachrichtendauer',
          options: ['Aus', '24 Stunden', '7 Tage', '90 Tage'],
          exceptions: ['Der Standard gilt für neue Chats; jeder Chat hat seinen eigenen Timer.', 'Eine Änderung betrifft nur danach gesendete Nachrichten.'],
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Standard-Nachrichtendauer',
      caveats: [
        'Benachrichtigungsvorschauen, Weiterleitungen in Chats ohne Timer und Zitate in Antworten können die Nachricht überdauern.',
        'Fassungen der Hilfeseite widersprechen sich bei Backups, und in manchen Ländern können Zahlungs- und Bestellnachrichten nicht verschwinden.',
      ],
    },
    'view-once': {
      title: 'Einmalansicht',
      summary: 'Fotos, Videos, Sprachnachrichten zur Einmalansicht: einmal zu öffnen, nicht weiterleit- oder speicherbar, aber evtl. wochenlang verschlüsselt auf Servern.',
      generated: [
        'Der Empfänger kann ein Foto, Video oder eine Sprachnachricht zur Einmalansicht nicht weiterleiten, speichern, markieren oder teilen; wird sie nicht innerhalb von 14 Tagen geöffnet, verfällt sie.',
        'Den Status „Geöffnet“ erhält der Absender nur, wenn der Empfänger Lesebestätigungen an hat.',
        'Empfänger können von Einmalansicht-Medien keine Screenshots machen, sie aber mit einem anderen Gerät abfotografieren; unter Android lassen sich Sprachnachrichten zur Einmalansicht mit der eingebauten Bildschirmaufnahme aufzeichnen.',
      ],
      audience: [
        { detail: 'kann sie einmal öffnen oder mit einem anderen Gerät abfotografieren' },
        { condition: 'verschlüsselte Datei, evtl. einige Wochen', detail: 'können sie nach dem Senden behalten' },
      ],
      sharing: ['Meldet der Empfänger Medien oder eine Sprachnachricht zur Einmalansicht, werden sie an WhatsApp gesendet.'],
      retention: 'Die verschlüsselte Datei kann nach dem Senden einige Wochen auf WhatsApps Servern bleiben; ein Backup stellt sie nur wieder her, wenn sie nie geöffnet wurde.',
      retentionHint: 'Die verschlüsselte Datei kann nach dem Senden einige Wochen auf WhatsApps Servern bleiben',
      controls: [{ exceptions: ['Wird beim Senden pro Foto, Video oder Sprachnachricht gewählt.'] }],
      controlHint: 'Beim Senden eines Fotos, Videos oder einer Sprachnachricht Einmalansicht wählen',
      caveats: ['Das Blockieren von Screenshots wurde im August 2022 angekündigt; davor waren Screenshots unbemerkt möglich. Sprachnachrichten zur Einmalansicht kamen im Dezember 2023.'],
    },
    'encryption-notice': {
      title: 'Hinweis auf Ende-zu-Ende-Verschlüsselung',
      summary: 'Verschlüsselung verbirgt, was du sagst, nicht die Metadaten: WhatsApp sieht weiter, wer wann mit wem spricht, und erhebt Geräte- und Nutzungsdaten.',
      generated: [
        'Persönliche Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt: Nur die Personen im Chat können sie lesen oder hören, nicht einmal WhatsApp.',
        'WhatsApp erhebt trotzdem Nutzungsdaten (Zeitpunkt, Häufigkeit und Dauer von Aktivitäten) sowie Geräte- und Verbindungsdaten wie die IP-Adresse.',
        'Um Nachrichten zuzustellen, sehen WhatsApps Server, wer an wen sendet. WhatsApp sagt, es speichere das normalerweise nicht, kann aber per US-Rechtsverfahren (Pen-Register-Anordnung) verpflichtet werden, Absender und Empfänger ab dann aufzuzeichnen (Presseberichte).',
      ],
      audience: [
        { condition: 'nur Metadaten, keine Nachrichteninhalte', detail: 'sehen, wer wann mit wem spricht, und Gerätedaten' },
        { condition: 'mit einem US-Rechtsverfahren', detail: 'können Kontodaten und künftige Verbindungsdaten erhalten, keine Inhalte' },
      ],
      sharing: [META, EU, IN, LE],
      retention: 'Zugestellte Nachrichten werden normalerweise nicht auf den Servern gespeichert; nicht zugestellte werden nach höchstens 30 Tagen entfernt. Weitergeleitete Medien können länger verschlüsselt liegen bleiben.',
      retentionHint: 'Zugestellte meist nicht gespeichert; nicht zugestellte höchstens 30 Tage; weitergeleitete Medien evtl. länger',
      controls: [
        {
          exceptions: [
            'Ende-zu-Ende-Verschlüsselung ist in persönlichen Chats automatisch an; es gibt keine Einstellung, sie abzuschalten.',
            'Ändert sich der Verschlüsselungsstatus eines Chats, wird das im Chat angezeigt.',
          ],
        },
        {
          path: 'Einstellungen › Chats › Chat-Backup › Ende-zu-Ende-verschlüsseltes Backup',
          options: ON_OFF,
          exceptions: ['Standardmäßig aus.'],
        },
      ],
      controlHint: 'Standardmäßig an; prüfe, ob auch Cloud-Backups verschlüsselt sind',
      caveats: [
        'Backups in Google Drive oder iCloud sind nur Ende-zu-Ende-verschlüsselt, wenn du das einschaltest, und ein vollständiges iCloud-Backup eines iPhones enthält zusätzlich eine unverschlüsselte Kopie deiner Chats.',
        'WhatsApp sagt, Nachrichteninhalte könnten im Cloud-Backup eines Nutzers liegen; laut einem FBI-Leitfaden von 2021, über den berichtet wurde, können iCloud-Auskünfte zu iPhone-Nutzern WhatsApp-Inhalte enthalten.',
      ],
    },
    'business-chat-notice': {
      title: 'Hinweis im Unternehmenschat',
      summary: 'Dieses Unternehmen nutzt vielleicht Meta oder andere Firmen für den Chat; dann verarbeiten auch sie deine Nachrichten, nicht nur das Unternehmen.',
      generated: [
        'Der Hinweis sagt, wie das Unternehmen Nachrichten verarbeitet: Es arbeitet mit anderen Unternehmen zusammen, nutzt einen sicheren Dienst von Meta, oder der Chat ist Ende-zu-Ende bis zum Unternehmen verschlüsselt.',
        'Lässt ein Unternehmen seine Nachrichten von Meta hosten, zählt WhatsApp den Chat nicht mehr als Ende-zu-Ende bis zum Unternehmen verschlüsselt.',
        'Seit die selbst gehostete API im Oktober 2025 eingestellt wurde, laufen auch Chats mit dem Hinweis „arbeitet mit anderen Unternehmen zusammen“ über Metas Cloud API.',
        'Deine Zustell- und Lesestatus erreichen die Systeme des Unternehmens nahezu in Echtzeit.',
      ],
      audience: [
        { detail: 'lesen und speichern deine Nachrichten; Mitarbeitende oder Dienstleister können antworten' },
        { condition: 'wenn das Unternehmen Metas Cloud API nutzt', detail: 'Meta hostet die Nachrichten' },
        { detail: 'leiten Nachrichten und Status weiter' },
      ],
      sharing: [BIZ, META],
      retention: 'Nutzt das Unternehmen Metas Cloud API, werden Nachrichteninhalte standardmäßig bis zu 30 Tage gespeichert (ruhende Daten), mit „No Storage“ kürzer. Das Unternehmen behält eigene Kopien, so lange seine Richtlinie es vorsieht.',
      retentionHint: 'Metas Cloud API: standardmäßig bis zu 30 Tage ruhend; das Unternehmen behält Kopien nach eigener Richtlinie',
      controls: [BLOCK],
      controlHint: 'Blockiere oder melde das Unternehmen, wenn du seine Nachrichten nicht willst',
      caveats: ['Meta sagt, deine Unternehmenschats würden nicht automatisch zur Auswahl deiner Werbung genutzt; das Unternehmen selbst darf sie aber für eigene Werbung nutzen.'],
    },
    'privacy-setting': {
      title: 'Datenschutz-Einstellungen',
      summary: 'Diese Einstellungen bestimmen, wer „zuletzt online“, Online-Status, Bild, Info und Status sieht, wer dich erreicht und ob du Lesebestätigungen sendest.',
      generated: [
        'WhatsApps Richtlinie nennt deine Einstellungen unter den Nutzungsdaten, die es erhebt.',
        'Die Optionen umfassen „zuletzt online“ und online, Profilbild, Info, Status, Lesebestätigungen, Gruppen, Anrufe und die Standard-Nachrichtendauer.',
        'Anrufe › Anrufe von Unbekannt stummschalten: Anrufe von Nummern, die du nicht gespeichert hast, klingeln nicht, erscheinen aber in der Anrufliste und den Benachrichtigungen.',
        'Erweitert › IP-Adresse in Anrufen schützen: Einzelanrufe können sonst direkt verbunden werden, wobei jede Seite die IP-Adresse der anderen sieht; eingeschaltet laufen sie über WhatsApps Server. Gruppenanrufe tun das immer.',
        'Erweitert › Nachrichten von unbekannten Konten blockieren begrenzt Nachrichtenfluten von Konten, die du nicht kennst.',
      ],
      audience: [
        { detail: 'speichern deine Auswahl' },
        { detail: 'bemerken die Wirkung, z. B. keine blauen Häkchen oder kein „zuletzt online“' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp einen Verlauf deiner Einstellungen speichert.',
      retentionHint: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp einen Verlauf deiner Einstellungen speichert',
      controls: [
        {
          path: 'Einstellungen › Datenschutz',
          options: ['Zuletzt online und online', 'Profilbild', 'Info', 'Status', 'Lesebestätigungen', 'Gruppen', 'Anrufe', 'Standard-Nachrichtendauer', 'Erweitert'],
          exceptions: [
            'Lesebestätigungen werden in Gruppen immer gesendet.',
            'Zustellbestätigungen haben keine Einstellung, und für die Tipp-Anzeige wurde keine gefunden.',
            'Deine Telefonnummer lässt sich nicht verbergen.',
          ],
          reciprocity: 'Verbirgst du „zuletzt online“, Online-Status oder Lesebestätigungen (außer in Gruppen), siehst du die anderer auch nicht.',
        },
      ],
      controlHint: 'Prüfe Einstellungen › Datenschutz',
      caveats: ['Diese Einstellungen haben sich geändert: „Alle“ bei „zuletzt online“ wurde im Dezember 2021 eingeschränkt; der Online-Status ist seit August 2022 verbergbar.'],
    },
    'live-location': {
      title: 'Live-Standort',
      summary: 'Der Live-Standort teilt eine Position in Echtzeit für eine gewählte Dauer. Er ist Ende-zu-Ende-verschlüsselt, und WhatsApp Web kann ihn nicht anzeigen.',
      generated: [
        'Dein Handy sendet 15 Minuten, 1 Stunde oder 8 Stunden lang aktualisierte Positionen in den Chat, bis du das Teilen beendest.',
        'Der Live-Standort ist Ende-zu-Ende-verschlüsselt: Nur die Personen, mit denen du ihn teilst, können ihn sehen.',
        'Verknüpfte Geräte, auch WhatsApp Web, können den Live-Standort nicht anzeigen.',
        'WhatsApp schätzt Stadt und Land aus deiner IP-Adresse und der Vorwahl deiner Nummer, auch ohne Standortfunktionen.',
      ],
      audience: [
        { condition: 'solange das Teilen läuft', detail: 'sieht, wo du bist; danach noch deinen Startpunkt und die letzte Aktualisierung' },
        { condition: 'in einem Gruppenchat, solange das Teilen läuft', detail: 'alle Mitglieder sehen ihn' },
        { condition: 'Ende-zu-Ende-verschlüsselt, laut WhatsApp nicht einsehbar', detail: 'leiten ihn weiter' },
      ],
      sharing: ['WhatsApp sagt, es könne in Chats geteilte Standorte nicht sehen und teile sie daher nicht mit Meta.'],
      retention: 'Nach dem Teilen sehen Personen im Chat weiter den Startpunkt als Standbild und können die letzte Aktualisierung öffnen. Eine Speicherdauer auf den Servern wurde nicht gefunden; laut WhatsApp kann es geteilte Standorte nicht sehen.',
      retentionHint: 'Unbekannt auf Servern (WhatsApp sagt, es sieht ihn nicht); im Chat bleiben Startpunkt und letzte Position',
      controls: [{ exceptions: ['Beende das Teilen jederzeit im Chat (auf dem Handy).'] }],
      controlHint: 'Teilen im Chat auf dem Handy beenden',
      caveats: ['Die Dauern von 15 Minuten, 1 Stunde und 8 Stunden stammen aus Berichten zum Start (2017), nicht aus einer aktuellen Hilfeseite.'],
    },
    'business-message-status': {
      title: 'Nachrichtenstatus (Unternehmensansicht)',
      summary: 'Das Unternehmen sieht pro Kund:in, wann jede Nachricht gesendet, zugestellt und gelesen wurde, per Webhook nahezu in Echtzeit an seine Systeme.',
      generated: [
        'Meta sendet dem Unternehmen zu jeder Nachricht einen Status-Webhook, soweit es ihn melden kann: gesendet, zugestellt, gelesen, fehlgeschlagen und Sprachnachricht abgespielt.',
        '„Gelesen“ heißt, die Nachricht wurde in der App der Kund:in angezeigt; „zugestellt“ kann entfallen, wenn beides zugleich geschieht.',
        '„Gelesen“ kann nur gemeldet werden, wenn die App der Kund:in eine Lesebestätigung sendet; es hängt also wahrscheinlich von deren Einstellung ab (abgeleitet; Metas Webhook-Dokumentation sagt es nicht).',
      ],
      audience: [
        { detail: 'das Unternehmen und jeder Dienstleister (BSP, CRM), der seine Webhooks empfängt' },
        { detail: 'Meta erzeugt die Status in der Cloud API' },
        { detail: 'die App der Kund:in erzeugt sie; die Kund:in sieht nur die eigenen Häkchen' },
      ],
      sharing: [BIZ],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange Meta Status-Ereignisse speichert; Unternehmen und Dienstleister behalten sie nach ihren eigenen Richtlinien.',
      retentionHint: 'Unbekannt für Meta (die geprüften Quellen sagen es nicht); Unternehmen und Dienstleister: eigene Richtlinien',
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['Einstellung der Kund:in; ihre Wirkung auf „gelesen“-Status an Unternehmen ist abgeleitet.', 'Zustellbestätigungen können Kund:innen nicht abschalten.'],
        },
        BLOCK,
      ],
      controlHint: 'Kund:innen: Lesebestätigungen aus begrenzt wohl „gelesen“-Status (abgeleitet)',
      caveats: ['Dass ausgeschaltete Lesebestätigungen „gelesen“-Status an Unternehmen stoppen, ist aus der Funktionsweise der Einstellung abgeleitet; Metas Webhook-Dokumentation sagt das nicht.'],
    },
    'business-analytics': {
      title: 'Messaging-Analysen',
      summary: 'Dashboards zählen gesendete, zugestellte und gelesene Nachrichten und Link-Klicks; mit Meta-Pixel oder Conversions API auch Käufe.',
      generated: [
        'WhatsApp Manager und die API zeigen, wie viele Nachrichten gesendet, zugestellt und gelesen wurden, was ausgegeben wurde und wie viele Links angeklickt wurden.',
        'Ist Meta-Pixel oder die Conversions API angebunden, zählen sie auch Einkaufs-Conversions: in den Warenkorb gelegte Artikel, Checkouts, Käufe.',
      ],
      audience: [
        { detail: 'sehen die Kennzahlen in Dashboards und über die API' },
        { detail: 'berechnen die Kennzahlen und erhalten Conversion-Ereignisse' },
      ],
      sharing: ['Mit angebundenem Meta-Pixel oder Conversions API werden Shop-Ereignisse (Warenkorb, Checkout, Kauf) als Conversions von Marketing-Nachrichten an Meta gemeldet.'],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange Meta diese Kennzahlen speichert.',
      retentionHint: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange Meta diese Kennzahlen speichert',
      controls: [
        { exceptions: ['Kund:innen haben keine Einstellung für diese Zählungen; ausgeschaltete Lesebestätigungen senken wahrscheinlich die Lesezahlen (abgeleitet).'] },
        BLOCK,
      ],
      controlHint: 'Kund:innen: kein Opt-out aus diesen Zählungen',
      caveats: ['Seit dem 8. September 2025 werden Conversion-Kennzahlen nicht mehr im Werbeanzeigenmanager angezeigt.'],
    },
    'business-phone-quality': {
      title: 'Qualitätsbewertung',
      summary: 'Die Qualitätsbewertung von Vorlagen spiegelt Reaktionen der Kund:innen (Blockieren, Melden, Leseraten); schlechte Werte können Vorlagen pausieren oder sperren.',
      generated: [
        'Meta bewertet jede Vorlage mit GRÜN, GELB, ROT oder UNBEKANNT – nach Nutzung, wie oft Kund:innen sie blockieren oder melden, und Engagement-Signalen wie dem Anteil gelesener Nachrichten.',
        'Messaging-Limits begrenzen, wie viele Kund:innen ein Unternehmen außerhalb des 24-Stunden-Service-Fensters pro rollierendem Tag erreichen kann: 250, dann 2.000, 10.000, 100.000 oder unbegrenzt.',
      ],
      audience: [
        { detail: 'sehen die Bewertung' },
        { detail: 'berechnen sie aus dem Feedback der Kund:innen' },
      ],
      sharing: ['Blockierungen, Meldungen und Leseverhalten der Kund:innen fließen in Metas Bewertungen der Vorlagen des Unternehmens ein.'],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange Feedback-Signale gespeichert werden.',
      retentionHint: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange Feedback-Signale gespeichert werden',
      controls: [BLOCK],
      controlHint: 'Kund:innen: Blockieren und Melden können die Bewertung senken',
      caveats: [
        'Schlechte Bewertungen können dazu führen, dass Meta Vorlagen drosselt, pausiert oder sperrt.',
        'Dokumentiert ist die Bewertung pro Vorlage; Einzelheiten zu Bewertungen auf Nummernebene standen nicht in den geprüften Quellen.',
      ],
    },
    'business-template': {
      title: 'Nachrichtenvorlage',
      summary: 'Außerhalb des 24-Stunden-Fensters erreichen Unternehmen Kund:innen mit Einwilligung per Vorlage; Meta erfasst Lesungen und Klicks und bewertet sie.',
      generated: [
        'Ein Unternehmen darf jemanden nur zuerst anschreiben, wenn diese Person ihre Nummer angegeben und Nachrichten dieses Unternehmens zugestimmt hat.',
        'Außerhalb des 24-Stunden-Kundenservice-Fensters nutzen vom Unternehmen begonnene Nachrichten Vorlagen, begrenzt durch Messaging-Limits.',
        'Marketing-Vorlagen haben außerdem Limits pro Kund:in: WhatsApp stellt einer Person, die schon eine Anzahl Marketing-Nachrichten erhalten hat, womöglich keine weitere zu.',
        'Für seine Marketing-Nachrichten sieht das Unternehmen, wie viele gesendet, zugestellt und gelesen und wie viele Links angeklickt wurden.',
      ],
      audience: [
        { detail: 'sehen Zählungen pro Vorlage' },
        { detail: 'bewerten die Qualität jeder Vorlage' },
      ],
      sharing: ['Wie Kund:innen auf eine Vorlage reagieren (Lesen, Blockieren, Melden), fließt in ihre Qualitätsbewertung ein.'],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange Vorlagen-Kennzahlen gespeichert werden.',
      retentionHint: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange Vorlagen-Kennzahlen gespeichert werden',
      controls: [BLOCK],
      controlHint: 'Kund:innen: unerwünschte Vorlagen blockieren oder melden',
      caveats: [
        'Vorlagen mit schlechter Bewertung können gedrosselt, pausiert oder gesperrt werden.',
        'Die Limits pro Kund:in für Marketing wurden nur als Zitat in der Dokumentation von Anbietern gelesen, und die Schwellen standen nicht in den geprüften Quellen.',
      ],
    },
    'customer-phone-number': {
      title: 'Telefonnummer der Kund:in',
      summary: 'Das Unternehmen sieht normalerweise Telefonnummer und Profilnamen jeder Kund:in und darf Chats für eigenes Marketing nutzen, auch für Werbung bei Meta.',
      generated: [
        'Nachrichten und Status-Webhooks kennzeichnen die Kund:in, normalerweise per Telefonnummer; eingehende Nachrichten enthalten auch ihren Profilnamen.',
        'Seit April 2026 enthalten Webhooks auch eine unternehmensbezogene Nutzer-ID, eine Kennung der Kund:in, die für jedes Unternehmen eine andere ist.',
        'Das Unternehmen darf Chats für eigenes Marketing nutzen, auch für Werbung bei Meta.',
      ],
      audience: [
        { detail: 'speichern Nummer und Namen mit dem Chatverlauf' },
        { detail: 'WhatsApp teilt, wie du mit Unternehmen interagierst' },
      ],
      sharing: [BIZ, META],
      retention: 'Unbekannt: bestimmt durch die eigene Datenschutzrichtlinie des Unternehmens.',
      retentionHint: 'Unbekannt: bestimmt durch die eigene Datenschutzrichtlinie des Unternehmens',
      controls: [{ exceptions: ['Kund:innen können ihre Nummer nicht vor einem Unternehmen verbergen, mit dem sie chatten.'] }, BLOCK],
      controlHint: 'Kund:innen: Deine Nummer ist für das Unternehmen sichtbar',
      caveats: ['Nutzernamen werden ab 2026 schrittweise eingeführt; wer einen annimmt, wird Unternehmen eventuell per Nutzername und unternehmensbezogener ID statt per Telefonnummer angezeigt.'],
    },
    'webhook-config': {
      title: 'Webhook-Konfiguration',
      summary: 'Webhooks schicken jede Kundennachricht und jeden Zustell- oder Lesestatus samt Preisangaben an die URL, die das Unternehmen hier einträgt.',
      generated: [
        'Abonnierte Webhooks liefern eingehende Nachrichten und Status (gesendet, zugestellt, gelesen, fehlgeschlagen, abgespielt) an den eingestellten Endpunkt.',
        'Status-Webhooks enthalten zu jeder Nachricht auch Preis- und Konversationsangaben.',
        'Nachrichten sind bis dorthin verschlüsselt, wohin das Unternehmen sie liefern lässt; ab dort gelten die Praktiken des Unternehmens und seiner Dienstleister.',
      ],
      audience: [
        { detail: 'wer den Endpunkt betreibt: das Unternehmen oder ein von ihm gewählter Anbieter' },
        { detail: 'Meta sendet die Webhooks aus der Cloud API' },
      ],
      sharing: [BIZ],
      retention: 'Standardmäßig speichert die Cloud API Nachrichteninhalte bis zu 30 Tage (ruhende Daten). „Local storage“ speichert sie in einem vom Unternehmen gewählten Land (Verarbeitung anderswo bis zu 60 Minuten); „No Storage“ hält Daten während der Übertragung höchstens 1 Stunde, Medien für eine festgelegte Zeit zwischen 1 Stunde und 30 Tagen.',
      retentionHint: 'Cloud API: standardmäßig bis zu 30 Tage ruhend; No Storage: max. 1 Stunde unterwegs, Medien eine feste Zeit',
      controls: [
        {
          options: ['Standard (bis zu 30 Tage)', 'Local storage', 'No Storage'],
          exceptions: ['Wählt das Unternehmen; Kund:innen können nicht wählen.'],
        },
      ],
      controlHint: 'Unternehmen: No Storage oder Local storage begrenzt die Speicherung',
      caveats: ['Die selbst gehostete On-Premises API wurde im Oktober 2025 eingestellt; API-Verkehr läuft jetzt über Metas Cloud API.'],
    },
  },
}
