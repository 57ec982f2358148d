import type { ControlTranslation, Translation } from './types'

// German. Setting paths use WhatsApp's German names only where known with confidence;
// otherwise the English path is kept.

const META =
  'WhatsApp gibt an, einige Daten mit anderen Meta-Unternehmen zu teilen (z. B. deine Telefonnummer, Geräteinformationen, IP-Adresse, wie du mit Unternehmen interagierst), aber nicht deine Kontakte oder geteilte Standorte, und keine Protokolle darüber zu führen, wer wem schreibt.'
const EU =
  'In der Europäischen Region ist WhatsApp Ireland Verantwortlicher für deine Daten (für das Vereinigte Königreich kann sich das geändert haben). 2021 erklärte Facebook, Daten europäischer Nutzer würden nicht geteilt, damit Meta seine Produkte oder Werbung verbessert – obwohl die europäische Richtlinie solche Zwecke nennt.'
const IN =
  'Indiens Wettbewerbsbehörde verhängte wegen der Richtlinie von 2021 eine Geldbuße gegen Meta und verbot das Teilen mit Meta für Werbung für fünf Jahre. Im Nov. 2025 bestätigte ein Berufungsgericht die Buße und die Auflagen zu Transparenz und Opt-out, hob das Verbot aber auf; Meta hat den Obersten Gerichtshof angerufen.'
const LE =
  'Auf US-Rechtsverfahren hin kann WhatsApp Kontodaten herausgeben, etwa das Datum von „zuletzt online“ und die IP-Adresse (Subpoena) sowie blockierte Nummern (Gerichtsbeschluss); Nachrichteninhalte kann es nach eigener Aussage nicht herausgeben.'
const BIZ =
  'Sobald Nachrichten beim Unternehmen ankommen, gelten dessen eigene Datenschutzpraktiken: Mitarbeitende oder Dienstleister können sie lesen, und es darf sie für eigenes Marketing nutzen, auch für Werbung bei Meta.'
const UNKNOWN_RECEIPTS =
  'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp Bestätigungsereignisse auf seinen Servern speichert. Die Zeiten bleiben in der Nachrichteninfo des Absenders.'
const ON_OFF = ['An', 'Aus']
const AUDIENCE_4 = ['Alle', 'Meine Kontakte', 'Meine Kontakte außer …', 'Niemand']
const READ_PATH = 'Einstellungen › Datenschutz › Lesebestätigungen'
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
    authorities: 'Behörden (mit rechtlicher Anordnung)',
  },
  region: {
    all: 'Überall',
    'european-region': 'Europäische Region',
    india: 'Indien',
    elsewhere: 'Außerhalb der Europäischen Region',
  },
  context: {
    'reciprocal-read-receipts': {
      title: 'Blaue Häkchen heißen: Deine waren auch an',
      text: 'In Einzelchats wirken Lesebestätigungen in beide Richtungen: Blaue Häkchen siehst du nur, solange deine eigenen Lesebestätigungen an sind. Deine waren also an, als diese Nachrichten gelesen wurden, und diese Person sieht, wann du ihre liest, sofern du sie seither nicht ausgeschaltet hast (Einstellungen › Datenschutz › Lesebestätigungen).',
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
      text: 'Jedes deiner Geräte bestätigt jede empfangene Nachricht. Keine Einstellung verhindert das, und Forschung zeigte, dass das Timing deine Aktivität jedem verraten kann, der deine Nummer kennt.',
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
      text: 'Prüfe den Hinweis im Chat. Steht dort, dass das Unternehmen einen sicheren Dienst von Meta nutzt, hostet Meta den Chat dafür, WhatsApp behandelt ihn nicht als Ende-zu-Ende bis zum Unternehmen verschlüsselt, und Inhalte werden standardmäßig bis zu 30 Tage gespeichert.',
    },
    'business-status-webhooks': {
      title: 'Zustell- und Lesezeiten pro Kunde',
      text: 'Dies zeigt pro Kund:in, wann Nachrichten zugestellt und gelesen wurden. Meta schickt diese Status nahezu in Echtzeit an den Webhook des Unternehmens und an jeden Dienstleister dahinter.',
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
        'nur wenn ihr beide Lesebestätigungen an habt',
        'in Gruppen sieht der Absender deine Lesezeit, egal wie du es eingestellt hast',
        'leiten jede Bestätigung weiter',
        'in Unternehmenschats erreichen „gelesen“-Status dessen Systeme',
      ],
      sharing: [META],
      retention: UNKNOWN_RECEIPTS,
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: [
            'In Gruppenchats immer gesendet',
            'Abspielbestätigungen für Sprachnachrichten werden weiter gesendet',
            'Stoppt keine Zustellbestätigungen (graue Häkchen)',
          ],
          reciprocity: RECIPROCAL_READ,
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Lesebestätigungen (nicht in Gruppen)',
      caveats: ['Die Ausnahme für Sprachnachrichten stammt aus einer iPhone-Hilfeseite, die nur in einer nicht-englischen Fassung gelesen wurde.'],
    },
    'delivery-receipt': {
      title: 'Zustellbestätigung (zwei graue Häkchen)',
      summary: 'Zwei graue Häkchen: Ein Gerät des Empfängers hat deine Nachricht. Deine Geräte senden diese Bestätigungen auch, immer: abschalten geht nicht.',
      generated: [
        'Das zweite Häkchen erscheint, sobald das Handy des Empfängers oder eines seiner verknüpften Geräte die Nachricht hat, auch wenn das Handy aus ist.',
        'Die Nachrichteninfo des Absenders zeigt die genaue Zustellzeit; in Gruppen pro Mitglied.',
        'Forschende zeigten, dass das Timing stiller Zustellbestätigungen Bildschirm- und App-Aktivität, Geräteanzahl und Tagesablauf verraten kann – allein mit der Nummer.',
      ],
      audience: [
        'sieht, wann jede Nachricht bei dir ankam',
        'der Absender sieht die Zustellzeit jedes Mitglieds',
        'kann stille Zustellbestätigungen auslösen und messen (Forschung)',
        'leiten jede Bestätigung weiter',
      ],
      sharing: [META],
      retention: UNKNOWN_RECEIPTS,
      controls: [
        { exceptions: ['Keine Einstellung schaltet Zustellbestätigungen ab; der Lesebestätigungs-Schalter betrifft nur blaue Häkchen.'] },
        {
          path: 'Settings › Privacy › Advanced › Block unknown account messages',
          options: ON_OFF,
          exceptions: ['Begrenzt nur Nachrichtenfluten unbekannter Konten; Zustellbestätigungen stoppt es nicht.'],
        },
      ],
      controlHint: 'Keine Einstellung: Zustellbestätigungen werden immer gesendet',
      caveats: [
        'WhatsApps Hilfe beschreibt nur einen Schalter für Lesebestätigungen; dass Zustellbestätigungen nicht abschaltbar sind, zeigt Forschung (Careless Whisper, 2024).',
      ],
    },
    'sent-receipt': {
      title: 'Gesendet (ein graues Häkchen)',
      summary: 'Ein graues Häkchen: Die Nachricht hat dein Gerät verlassen und WhatsApp erreicht, aber noch kein Gerät des Empfängers.',
      generated: [
        'Ein Häkchen heißt, die Nachricht wurde gesendet; es werden zwei, sobald ein Gerät des Empfängers sie erhält.',
        'Bis zur Zustellung wartet die Nachricht verschlüsselt auf WhatsApps Servern.',
      ],
      audience: [
        'erhält die Nachricht, sobald eines seiner Geräte online ist',
        'halten die verschlüsselte Nachricht bis zur Zustellung',
        'eine US-„Pen Register“-Anordnung kann künftig zeigen, wer wem schreibt',
      ],
      sharing: [META, LE],
      retention: 'Nicht zugestellte Nachrichten bleiben bis zu 30 Tage verschlüsselt auf WhatsApps Servern, während die Zustellung wiederholt wird, und werden dann gelöscht.',
      controls: [{ exceptions: ['Keine Einstellung steuert diesen Status.'] }],
      controlHint: 'Keine Einstellung: dieser Status erscheint immer',
      caveats: [
        'WhatsApp sagt, es führe keine routinemäßigen Protokolle, wer wem schreibt; laut einem FBI-Leitfaden von 2021 liefert eine „Pen Register“-Anordnung aber etwa alle 15 Minuten Absender und Empfänger jeder Nachricht.',
      ],
    },
    pending: {
      title: 'Ausstehend (Uhr)',
      summary: 'Die Uhr bedeutet, dass die Nachricht dein Gerät noch nicht verlassen hat. Löschst du sie jetzt, kommt sie nie an.',
      generated: [
        'Die Uhr erscheint, wenn dein Gerät keine Verbindung hat oder WhatsApp eine Störung hat; noch ist nichts bei den Servern angekommen.',
        'Löschst du die Nachricht, solange die Uhr zu sehen ist, erreicht sie den Empfänger nie.',
      ],
      audience: ['sieht nichts, bis die Nachricht gesendet ist', 'erhalten die Nachricht erst, wenn sie gesendet ist'],
      sharing: ['Noch wird nichts geteilt: Die Nachricht ist nur auf deinem Gerät.'],
      retention: 'Sie bleibt auf deinem Gerät, bis sie gesendet ist oder du sie löschst.',
      controls: [{ exceptions: ['Lösche die Nachricht vor dem Senden, um sie zu stoppen.'] }],
      controlHint: 'Vor dem Senden löschen, um sie zu stoppen',
      caveats: [
        'Eine offizielle Hilfeseite zur Uhr wurde nicht gefunden; diese Notiz stützt sich auf Presseberichte, und manche Tipp-Seiten erklären die Uhr falsch.',
      ],
    },
    'last-seen': {
      title: 'Zuletzt online',
      summary: 'Zeigt, wann diese Person WhatsApp zuletzt genutzt hat. Deine Einstellung bestimmt, wer deins sieht; verbirgst du es, siehst du ihres nicht.',
      generated: [
        'Deine App meldet, wann du zuletzt aktiv warst; WhatsApps Richtlinie nennt „zuletzt online“ unter den erhobenen Nutzungsdaten.',
        '„Zuletzt online“ ist die letzte Nutzung von WhatsApp, kein Beweis, dass jemand deine Nachricht gelesen hat.',
      ],
      audience: [
        'in manchen App-Versionen standardmäßig',
        'nur wenn ihr gechattet habt oder sie deine Nummer gespeichert hat, auch bei „Alle“',
        'erheben es als Nutzungsdaten',
        'das Datum ist ein Basisdatensatz bei einer US-Subpoena',
      ],
      sharing: [META, EU, IN, LE],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp den Verlauf von „zuletzt online“ speichert.',
      controls: [
        {
          path: 'Settings › Privacy › Last seen and online',
          options: AUDIENCE_4,
          exceptions: ['Selbst „Alle“ umfasst nur Personen, denen du geschrieben oder die du angerufen hast oder die deine Nummer gespeichert haben.'],
          reciprocity: 'Teilst du „zuletzt online“ nicht, siehst du es auch bei anderen nicht.',
        },
      ],
      controlHint: 'Settings › Privacy › Last seen and online',
      caveats: [
        'Vor Dezember 2021 bedeutete „Alle“ jede WhatsApp-Nutzerin und jeden Nutzer; Tracker-Apps nutzten das, um die Aktivität Fremder zu protokollieren.',
        'Die Varianten der Hilfeseite widersprechen sich beim Standard (Kontakte oder alle); prüfe deine eigene Einstellung.',
      ],
    },
    'online-presence': {
      title: 'Online-Status',
      summary: '„Online“ heißt, WhatsApp ist gerade im Vordergrund auf dem Gerät der Person geöffnet und verbunden. Seit 2022 kannst du deinen verbergen.',
      generated: [
        'Solange die App geöffnet und verbunden ist, meldet sie dich als online; WhatsApps Richtlinie nennt den Online-Status als Nutzungsdaten.',
        'Online zu sein heißt nicht, dass die Person deine Nachricht gelesen hat.',
      ],
      audience: [
        'wenn deine Einstellung es erlaubt und ihr gechattet habt oder sie deine Nummer gespeichert hat',
        'erheben es als Nutzungsdaten',
        'Aktivität lässt sich weiterhin aus dem Timing der Zustellbestätigungen ableiten (Forschung)',
      ],
      sharing: [META, EU],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp den Verlauf des Online-Status speichert.',
      controls: [
        {
          path: 'Settings › Privacy › Last seen and online',
          options: ['Alle', 'Wie „zuletzt online“'],
          exceptions: ['Nur Personen, mit denen du gechattet hast oder die deine Nummer gespeichert haben, können ihn sehen.'],
          reciprocity: 'Verbirgst du deinen Online-Status, siehst du den anderer nicht.',
        },
      ],
      controlHint: 'Settings › Privacy › Last seen and online (online: „Alle“ oder „Wie zuletzt online“)',
      caveats: [
        'Bis August 2022 konnte niemand verbergen, online zu sein; die Einstellung wurde in jenem Monat angekündigt.',
        'Forschende protokollierten monatelang den Online-Status Fremder (2013–14); das Verbergen stoppt keine Messung der Zustellbestätigungen (2024).',
      ],
    },
    'typing-indicator': {
      title: 'Tipp-Anzeige',
      summary: '„Schreibt …“ wird live allen angezeigt, die deinen Chat geöffnet haben, während du tippst. Eine Einstellung dafür wurde nicht gefunden.',
      generated: ['Während du in einem Chat tippst, sendet deine App ein Live-Signal „schreibt …“ an alle, die den Chat geöffnet haben und online sind.'],
      audience: ['wenn sie den Chat geöffnet hat und online ist', 'Mitglieder, die die Gruppe geöffnet haben', 'leiten das Signal weiter'],
      sharing: [META],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, ob WhatsApp Tipp-Ereignisse speichert.',
      controls: [{ exceptions: ['In den geprüften Hilfeseiten von WhatsApp wurde keine Einstellung für die Tipp-Anzeige gefunden.'] }],
      controlHint: 'Keine Einstellung gefunden: hör auf zu tippen, um sie zu verbergen',
      caveats: ['Führt WhatsApp eine solche Einstellung ein, ist diese Notiz veraltet; prüfe Einstellungen › Datenschutz.'],
    },
    'status-update': {
      title: 'Status',
      summary: 'Deinen Status sehen nur Personen, die ihr gegenseitig gespeichert habt, gefiltert nach deiner Status-Einstellung; Teilen auf Facebook ist optional.',
      generated: [
        'Jemand sieht deinen Status nur, wenn ihr gegenseitig eure Nummern gespeichert habt und deine Status-Einstellung die Person einschließt.',
        'WhatsApps Richtlinie nennt die genutzten Funktionen, auch Status, als erhobene Nutzungsdaten.',
      ],
      audience: [
        'gegenseitige Kontakte, die deine Status-Einstellung zulässt',
        'übertragen den Status und erfassen die Nutzung der Funktion',
        'nur wenn du das Teilen in Facebook-Stories einschaltest',
      ],
      sharing: [
        'Teilen in Facebook-Stories ist optional und standardmäßig aus. Schaltest du es ein, erhält Facebook jeden geteilten Beitrag mit Bildunterschrift sowie Gerätedaten (Sprache, Browser, IP) und darf sie nutzen, auch für Werbung; laut WhatsApp werden deine Nummer, Kontakte und Nachrichten nicht geteilt.',
        'Seit Juni 2025 führt WhatsApp schrittweise Werbung zwischen Status-Updates ein. Laut Meta nutzt sie wenige Daten (Land oder Stadt, Sprache, abonnierte Kanäle, deine Interaktion mit Werbung) plus Kontencenter-Daten, falls verknüpft, nicht deine privaten Nachrichten, Anrufe oder Gruppen.',
      ],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp Daten zu Status-Updates speichert.',
      controls: [
        {
          path: 'Einstellungen › Datenschutz › Status',
          options: ['Meine Kontakte', 'Meine Kontakte außer …', 'Nur teilen mit …'],
          exceptions: ['Eine Änderung gilt nur für künftige Status.'],
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Status',
      caveats: ['Werbung im Tab „Aktuelles“ begann im Juni 2025; verknüpfst du WhatsApp mit dem Kontencenter, können andere Meta-Daten sie beeinflussen.'],
    },
    'status-viewers': {
      title: 'Status-Betrachter',
      summary: 'Die Liste zeigt, wer deinen Status gesehen hat. Das funktioniert nur, wenn du und die Betrachter Lesebestätigungen an habt.',
      generated: [
        'Das Öffnen eines Status sendet eine Ansichtsbestätigung; wer ihn gepostet hat, sieht, wer ihn angesehen hat.',
        'Betrachter mit ausgeschalteten Lesebestätigungen erscheinen nicht; sind deine aus, siehst du gar keine Betrachter.',
      ],
      audience: ['die Person sieht, dass du ihn angesehen hast, wenn ihr beide Lesebestätigungen an habt', 'leiten Ansichtsbestätigungen weiter'],
      sharing: [META],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp Status-Ansichten speichert.',
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['Anders als in Gruppen folgen Status-Ansichten diesem Schalter.'],
          reciprocity: 'Sind deine aus, siehst du auch deine eigenen Betrachter nicht.',
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Lesebestätigungen',
      caveats: ['Die Liste kann unvollständig sein: Wer mit ausgeschalteten Lesebestätigungen angesehen hat, fehlt.'],
    },
    'profile-photo': {
      title: 'Profilbild',
      summary: 'Dein Profilbild sieht, wen deine Einstellung zulässt; 2024–25 konnten Forschende öffentliche Bilder von rund 57 % der Konten abrufen.',
      generated: ['WhatsApp speichert dein Profilbild und zählt es zu den erhobenen Informationen.'],
      audience: ['bei „Alle“ (in manchen Versionen Standard)', 'bei „Meine Kontakte“', 'speichern es'],
      sharing: ['Laut Presseberichten über eine Studie von 2024–25 konnte sie durch massenhaftes Prüfen von Nummern öffentliche Profilbilder von rund 57 % der Konten abrufen; Meta führte danach Limits ein.'],
      retention: DELETE_90,
      controls: [
        {
          path: 'Einstellungen › Datenschutz › Profilbild',
          options: AUDIENCE_4,
          exceptions: ['Wer es sehen konnte, hat vielleicht schon eine Kopie gespeichert.'],
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Profilbild',
      caveats: [
        'Die Varianten der Hilfeseite widersprechen sich beim Standard (die Web-Seite sagt, jeder kann dein Bild sehen).',
        '„Meine Kontakte außer …“ wurde von der Presse berichtet, aber nicht mit der aktuellen Hilfeseite abgeglichen.',
      ],
    },
    about: {
      title: 'Info',
      summary: 'Deinen Info-Text sieht, wen deine Einstellung zulässt, und WhatsApp erfasst, wann du ihn zuletzt geändert hast.',
      generated: ['WhatsApp erhebt deinen Info-Text und den Zeitpunkt der letzten Änderung.'],
      audience: ['bei „Alle“', 'bei „Meine Kontakte“', 'speichern ihn samt Zeitpunkt der letzten Änderung'],
      sharing: ['Laut Presseberichten über eine Studie von 2024–25 konnte sie durch massenhaftes Prüfen von Nummern Info-Texte von rund 29 % der Konten abrufen.'],
      retention: DELETE_90,
      controls: [{ path: 'Einstellungen › Datenschutz › Info', options: AUDIENCE_4 }],
      controlHint: 'Einstellungen › Datenschutz › Info',
      caveats: ['Die Varianten der Hilfeseite widersprechen sich beim Standard (Kontakte oder alle), und „Meine Kontakte außer …“ wurde nicht mit der aktuellen Hilfeseite abgeglichen.'],
    },
    'phone-number': {
      title: 'Telefonnummer',
      summary: 'Deine Nummer ist deine WhatsApp-Identität: Wer mit dir chattet, sieht sie, auch ohne dich gespeichert zu haben; verbergen geht nicht.',
      generated: [
        'Für die Registrierung ist eine Telefonnummer nötig; sie wird den Personen angezeigt, mit denen du chattest.',
        'Der optionale Kontakt-Upload schickt die Nummern aus deinem Adressbuch an WhatsApp, meist täglich, aber keine Namen oder E-Mails.',
        'Nummern von Nicht-Nutzern werden gehasht und gelöscht; der Hash bleibt mit den Hochladenden verknüpft.',
      ],
      audience: [
        'immer, auch ohne dich gespeichert zu haben',
        'in Gruppen, in denen du bist',
        'kann prüfen, ob sie WhatsApp nutzt, und dein öffentliches Profil sehen',
        'Kontoinformation',
        'Registrierungsdaten des Kontos werden geteilt',
        'Basisdaten des Kontos bei einer US-Subpoena',
      ],
      sharing: [
        META,
        'WhatsApp sagt, es verkaufe oder gebe Telefonnummern nicht an Werbetreibende und gebe deine Kontaktliste nicht an Meta für dessen eigene Zwecke. Laut seiner Richtlinie dürfen Meta-Unternehmen die erhaltenen Daten, auch deine Nummer, aber für Werbung in Meta-Produkten nutzen.',
        EU,
        IN,
        LE,
      ],
      retention: 'Gespeichert, solange dein Konto besteht. Das Löschen dauert bis zu 90 Tage; Sicherungen können länger Kopien halten, und manches kann aus rechtlichen Gründen bleiben.',
      controls: [{ exceptions: ['Keine Einstellung verbirgt deine Nummer vor Personen, mit denen du chattest.'] }],
      controlHint: 'Keine Einstellung: deine Nummer ist in jedem Chat sichtbar',
      caveats: [
        'Hashing schützt Telefonnummern schlecht: Es gibt nur wenige mögliche Nummern, daher lassen sich Hashes schnell umkehren.',
        '2025 konnten Forschende über 100 Millionen Nummern pro Stunde prüfen, bevor Meta die Limits verschärfte.',
      ],
    },
    'group-participants': {
      title: 'Gruppenmitglieder',
      summary: 'Gruppenmitglieder sehen die Nummer jedes Teilnehmers, auch ungespeichert. Deine Gruppen-Einstellung begrenzt, wer dich hinzufügen darf.',
      generated: [
        'Deine Nummer lässt sich in Chats nicht verbergen, also sehen Mitglieder einer Gruppe, in der du bist, sie.',
        'WhatsApp erhebt Gruppennamen, -bilder und -beschreibungen als Nutzungsdaten.',
      ],
      audience: ['sehen deine Nummer, dazu Bild und Info, wenn deine Einstellungen es erlauben', 'kennen Gruppennamen, -bilder und -beschreibungen'],
      sharing: [META],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp Daten zur Gruppenmitgliedschaft speichert.',
      controls: [
        {
          path: 'Einstellungen › Datenschutz › Gruppen',
          options: ['Alle', 'Meine Kontakte', 'Meine Kontakte außer …'],
          exceptions: ['Dieselbe Einstellung gilt für Communities.', 'Leise austreten: Seit 2022 werden nur Admins benachrichtigt.'],
        },
      ],
      controlHint: 'Einstellungen › Datenschutz › Gruppen (wer dich hinzufügen darf)',
      caveats: ['Dass Mitglieder ungespeicherte Nummern sehen, folgt aus der Regel, dass Nummern nicht verborgen werden können; für Gruppen gibt es nur Sekundärquellen.'],
    },
    'message-info': {
      title: 'Nachrichteninfo',
      summary: 'Die Nachrichteninfo zeigt dem Absender genau, wann jede Nachricht zugestellt, gelesen oder abgespielt wurde, in Gruppen pro Mitglied.',
      generated: [
        'Für eine gesendete Nachricht zeigt sie Zustellung, Lesen und bei Sprachnachrichten Abspielen; in Gruppen pro Mitglied, und Einträge bleiben, wenn jemand austritt.',
      ],
      audience: ['der Absender sieht, wann sie bei dir ankam, und wann du sie gelesen hast, wenn ihr beide Lesebestätigungen an habt', 'der Absender sieht die Zeiten jedes Mitglieds', 'leiten die Bestätigungen weiter'],
      sharing: [META],
      retention: UNKNOWN_RECEIPTS,
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['In Gruppen werden Lesezeiten weiter angezeigt.', 'Zustellzeiten werden immer angezeigt.'],
          reciprocity: RECIPROCAL_READ,
        },
      ],
      controlHint: 'Lesebestätigungen verbergen Lesezeiten (nicht in Gruppen)',
      caveats: ['Das Bearbeiten einer Nachricht setzt ihre Lesebestätigungen zurück; der Absender sieht, wer die bearbeitete Fassung gelesen hat.'],
    },
    'disappearing-messages': {
      title: 'Selbstlöschende Nachrichten',
      summary: 'Mit Timer verschwinden neue Nachrichten nach 24 Stunden, 7 oder 90 Tagen, doch Kopien können in Vorschauen, Weiterleitungen, Zitaten und Backups bleiben.',
      generated: [
        'Mit Timer verschwinden neue Nachrichten 24 Stunden, 7 Tage oder 90 Tage nach dem Senden; einzelne Nachrichten lassen sich behalten.',
        'In Einzelchats kann jede Seite den Timer ändern; in Gruppen jedes Mitglied, sofern Admins es nicht einschränken.',
      ],
      audience: [
        'kann den Timer ändern, Nachrichten behalten oder weiterleiten',
        'können den Timer ändern, sofern Admins es nicht einschränken',
        'speichern zugestellte Nachrichten normalerweise ohnehin nicht',
      ],
      sharing: [META],
      retention: 'Nach Ablauf des Timers aus Chats entfernt; behaltene Nachrichten bleiben, und ein vorher erstelltes Backup enthält sie bis zur Wiederherstellung.',
      controls: [
        {
          path: 'Settings › Privacy › Default message timer',
          options: ['Aus', '24 Stunden', '7 Tage', '90 Tage'],
          exceptions: ['Der Standard gilt für neue Chats; jeder Chat hat seinen eigenen Timer.', 'Ein neuer Timer gilt nur für neue Nachrichten.'],
        },
      ],
      controlHint: 'Settings › Privacy › Default message timer',
      caveats: [
        'Benachrichtigungsvorschauen, Weiterleitungen in Chats ohne Timer und Zitate in Antworten können die Nachricht überdauern.',
        'Fassungen der Hilfeseite widersprechen sich bei Backups, und in manchen Ländern verschwinden Zahlungs- und Bestellnachrichten nicht.',
      ],
    },
    'view-once': {
      title: 'Einmalansicht',
      summary: 'Einmalansicht-Medien lassen sich einmal öffnen, nicht weiterleiten oder speichern, können aber wochenlang verschlüsselt auf Servern bleiben.',
      generated: [
        'Foto oder Video lässt sich nicht weiterleiten, speichern, markieren oder teilen und verfällt, wenn es 14 Tage lang nicht geöffnet wird.',
        'Der Status „Geöffnet“ erreicht den Absender nur, wenn der Empfänger Lesebestätigungen an hat.',
      ],
      audience: ['kann es einmal ansehen oder mit einem anderen Gerät abfotografieren', 'können die verschlüsselte Datei einige Wochen halten; erhalten sie bei Meldung'],
      sharing: ['Meldet der Empfänger ein Einmalansicht-Medium, wird es an WhatsApp gesendet.'],
      retention: 'Verschlüsselte Medien können nach dem Senden einige Wochen auf WhatsApps Servern bleiben; aus einem Backup lassen sie sich nur wiederherstellen, wenn sie nie geöffnet wurden.',
      controls: [{ exceptions: ['Wird beim Senden für jedes Foto oder Video gewählt.'] }],
      controlHint: 'Beim Senden eines Fotos oder Videos „Einmalansicht“ wählen',
      caveats: ['Eine Screenshot-Sperre wurde im August 2022 angekündigt; davor waren Screenshots ohne Hinweis möglich.'],
    },
    'encryption-notice': {
      title: 'Hinweis zur Ende-zu-Ende-Verschlüsselung',
      summary: 'Verschlüsselung verbirgt, was du sagst, nicht die Metadaten: WhatsApp erhebt weiter Nutzungs-, Geräte- und Verbindungsdaten.',
      generated: [
        'In privaten Chats sind Nachrichten und Anrufe Ende-zu-Ende-verschlüsselt: Niemand außerhalb des Chats, auch nicht WhatsApp, kann sie lesen oder hören.',
        'WhatsApp erhebt weiter Nutzungsdaten (Zeitpunkt, Häufigkeit und Dauer von Aktivitäten) sowie Geräte- und Verbindungsdaten wie die IP-Adresse.',
        'WhatsApp sagt, es führe normalerweise keine Aufzeichnungen darüber, wem du schreibst oder wen du anrufst.',
      ],
      audience: ['sehen Metadaten, keine Inhalte', 'können laut WhatsApp Kontodaten erhalten, keine Inhalte'],
      sharing: [META, EU, IN, LE],
      retention: 'Nachrichten werden nach der Zustellung normalerweise nicht auf den Servern behalten; nicht zugestellte werden nach höchstens 30 Tagen gelöscht. Weitergeleitete Medien können länger verschlüsselt gespeichert bleiben.',
      controls: [{ exceptions: ['In privaten Chats lässt sich die Verschlüsselung nicht abschalten; eine Änderung des Verschlüsselungsstatus wird im Chat angezeigt.'] }],
      controlHint: 'Standardmäßig an; prüfe, ob Cloud-Backups auch verschlüsselt sind',
      caveats: [
        'Backups in Google Drive und iCloud sind nicht Ende-zu-Ende-verschlüsselt, außer du schaltest es ein (seit 2021 möglich); ein Durchsuchungsbeschluss beim Cloud-Anbieter kann sie erfassen.',
      ],
    },
    'business-chat-notice': {
      title: 'Hinweis zum Unternehmenschat',
      summary: 'Dieses Unternehmen nutzt evtl. Meta oder andere Firmen für den Chat; dann verarbeiten auch sie, nicht nur das Unternehmen, deine Nachrichten.',
      generated: [
        'Der Hinweis sagt, wie das Unternehmen Nachrichten verarbeitet: mit anderen Firmen, über einen sicheren Dienst von Meta, oder der Chat ist Ende-zu-Ende bis zum Unternehmen verschlüsselt.',
        'Nutzt ein Unternehmen Meta als Hoster, behandelt WhatsApp diese Nachrichten nicht als Ende-zu-Ende-verschlüsselt bis zum Unternehmen.',
        'Deine Zustell- und Lesestatus erreichen die Systeme des Unternehmens nahezu in Echtzeit.',
      ],
      audience: [
        'lesen und speichern deine Nachrichten; Mitarbeitende oder Dienstleister können antworten',
        'Meta hostet die Nachrichten, wenn das Unternehmen die Cloud API nutzt',
        'leiten Nachrichten und Status weiter',
      ],
      sharing: [BIZ, META],
      retention: 'Nutzt das Unternehmen Metas Cloud API, werden Inhalte standardmäßig bis zu 30 Tage gespeichert, mit No Storage kürzer. Eigene Kopien behält das Unternehmen so lange, wie seine Richtlinie sagt.',
      controls: [BLOCK],
      controlHint: 'Blockiere oder melde das Unternehmen, wenn du keine Nachrichten willst',
      caveats: [
        'Meta sagt, es nutze deine Unternehmenschats nicht automatisch für Werbung an dich, das Unternehmen darf sie aber für eigene Werbung nutzen.',
        'Seit Oktober 2025 ist die Cloud API auf Metas Servern die einzige API-Option; die selbst gehostete API wurde eingestellt.',
      ],
    },
    'privacy-setting': {
      title: 'Datenschutzeinstellungen',
      summary: 'Diese Einstellungen bestimmen, wer „zuletzt online“, Online-Status, Bild, Info und Status sieht und ob du Lesebestätigungen sendest; manche wirken gegenseitig.',
      generated: [
        'WhatsApps Richtlinie zählt deine Einstellungen zu den erhobenen Nutzungsdaten.',
        'Sie umfassen „zuletzt online“ und online, Profilbild, Info, Status, Lesebestätigungen, Gruppen, Anrufe und den Standard-Timer für Nachrichten.',
      ],
      audience: ['speichern deine Auswahl', 'bemerken die Wirkung, z. B. keine blauen Häkchen oder kein „zuletzt online“'],
      sharing: [META],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange WhatsApp den Verlauf deiner Einstellungen speichert.',
      controls: [
        {
          path: 'Einstellungen › Datenschutz',
          options: ['Zuletzt online und online', 'Profilbild', 'Info', 'Status', 'Lesebestätigungen', 'Gruppen', 'Standard-Timer für Nachrichten'],
          exceptions: [
            'Lesebestätigungen werden in Gruppen immer gesendet.',
            'Zustellbestätigungen haben keine Einstellung, und für die Tipp-Anzeige wurde keine gefunden.',
            'Deine Telefonnummer lässt sich nicht verbergen.',
          ],
          reciprocity: 'Verbirgst du „zuletzt online“, Online-Status oder Lesebestätigungen, siehst du sie auch bei anderen nicht.',
        },
      ],
      controlHint: 'Prüfe Einstellungen › Datenschutz',
      caveats: ['Diese Einstellungen haben sich geändert: „zuletzt online“ mit „Alle“ wurde im Dezember 2021 eingeschränkt; der Online-Status ist seit August 2022 verbergbar.'],
    },
    'live-location': {
      title: 'Live-Standort',
      summary: 'Der Live-Standort teilt eine Position in Echtzeit für die gewählte Dauer. WhatsApp sagt, es sehe ihn nicht, und WhatsApp Web zeigt ihn nicht an.',
      generated: [
        'Dein Handy sendet 15 Minuten, 1 Stunde oder 8 Stunden lang aktualisierte Positionen in den Chat, bis du das Teilen beendest.',
        'Verknüpfte Geräte, auch WhatsApp Web, können den Live-Standort nicht anzeigen.',
        'WhatsApp schätzt deine Stadt und dein Land aus IP-Adresse und Vorwahl deiner Nummer, auch ohne Standortfunktionen.',
      ],
      audience: ['alle im Chat, solange geteilt wird; die letzte Position bleibt danach sichtbar', 'alle Mitglieder der Gruppe', 'leiten ihn verschlüsselt weiter; WhatsApp sagt, es könne ihn nicht sehen'],
      sharing: ['WhatsApp sagt, es könne in Chats geteilte Standorte nicht sehen und teile sie daher nicht mit Meta.'],
      retention: 'Unbekannt: Eine Speicherfrist wurde nicht gefunden; WhatsApp sagt, es könne in Chats geteilte Standorte nicht sehen.',
      controls: [{ exceptions: ['Beende das Teilen jederzeit im Chat (auf dem Handy).'] }],
      controlHint: 'Teilen im Chat auf dem Handy beenden',
      caveats: ['Die Optionen 15 Minuten, 1 Stunde und 8 Stunden stammen aus Berichten zum Start (2017), nicht aus einer aktuellen Hilfeseite.'],
    },
    'business-message-status': {
      title: 'Nachrichtenstatus (Unternehmensansicht)',
      summary: 'Das Unternehmen sieht pro Kunde, wann jede Nachricht gesendet, zugestellt und gelesen wurde – per Webhook nahezu in Echtzeit.',
      generated: [
        'Für jede Nachricht schickt Meta dem Unternehmen Status-Webhooks: gesendet, zugestellt, gelesen, fehlgeschlagen und Sprachnachricht abgespielt.',
        '„Gelesen“ heißt, die Nachricht wurde in der App der Kund:in angezeigt; „zugestellt“ kann entfallen, wenn beides gleichzeitig passiert.',
      ],
      audience: [
        'das Unternehmen und jeder Dienstleister (BSP, CRM), der die Webhooks empfängt',
        'Meta erzeugt die Status in der Cloud API',
        'die App der Kund:in erzeugt sie; sie sieht nur ihre eigenen Häkchen',
      ],
      sharing: [BIZ],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange Meta Status-Ereignisse speichert; Unternehmen und Dienstleister nach eigenen Richtlinien.',
      controls: [
        { path: READ_PATH, options: ON_OFF, exceptions: ['Einstellung der Kund:in; Zustellbestätigungen können Kund:innen nicht abschalten.'] },
        BLOCK,
      ],
      controlHint: 'Kund:innen: Lesebestätigungen aus begrenzt „gelesen“-Status',
      caveats: [
        'Dass ausgeschaltete Lesebestätigungen „gelesen“-Status an Unternehmen verhindern, ist aus der Funktionsweise der Einstellung abgeleitet; Metas Webhook-Doku sagt es nicht.',
      ],
    },
    'business-analytics': {
      title: 'Nachrichten-Analysen',
      summary: 'Dashboards zählen gesendete, zugestellte und gelesene Nachrichten und Link-Klicks; mit Meta Pixel oder Conversions API auch Käufe.',
      generated: [
        'WhatsApp Manager und die API melden gesendete, zugestellte und gelesene Nachrichten, Ausgaben und Link-Klicks.',
        'Mit Meta Pixel oder der Conversions API melden sie auch Conversions: in den Warenkorb, Checkout und Kauf.',
      ],
      audience: ['sehen die Kennzahlen in Dashboards und über die API', 'berechnen die Kennzahlen und erhalten Conversion-Ereignisse'],
      sharing: ['Mit angebundenem Meta Pixel oder Conversions API werden Shop-Ereignisse (Warenkorb, Checkout, Kauf) als Conversions von Marketing-Nachrichten an Meta gemeldet.'],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange Meta diese Kennzahlen speichert.',
      controls: [
        { exceptions: ['Kund:innen haben keine Einstellung für diese Zählungen; ausgeschaltete Lesebestätigungen senken vermutlich die Lesezahlen (abgeleitet).'] },
        BLOCK,
      ],
      controlHint: 'Kund:innen: kein Opt-out aus diesen Zählungen',
      caveats: ['Conversion-Kennzahlen wurden am 8. September 2025 aus dem Werbeanzeigenmanager herausgelöst.'],
    },
    'business-phone-quality': {
      title: 'Qualitätsbewertung',
      summary: 'Die Bewertung von Vorlagen spiegelt Reaktionen der Kundschaft (Blockierungen, Meldungen, Leseraten); schlecht bewertete können pausiert oder deaktiviert werden.',
      generated: [
        'Meta bewertet Vorlagen als GRÜN, GELB, ROT oder UNBEKANNT anhand der Nutzung, Blockierungen und Meldungen der Kundschaft und Interaktion wie Leseraten.',
        'Messaging-Limits begrenzen, wie viele Kund:innen ein Unternehmen außerhalb des 24-Stunden-Fensters pro rollierendem Tag erreicht: 250, dann 2.000, 10.000, 100.000 oder unbegrenzt.',
      ],
      audience: ['sehen die Bewertung', 'berechnen sie aus den Reaktionen der Kundschaft'],
      sharing: ['Blockierungen, Meldungen und Leseverhalten der Kundschaft fließen in Metas Bewertung der Vorlagen des Unternehmens ein.'],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange diese Signale gespeichert werden.',
      controls: [BLOCK],
      controlHint: 'Kund:innen: Blockieren und Melden kann die Bewertung senken',
      caveats: [
        'Niedrige Bewertungen können dazu führen, dass Meta Vorlagen drosselt, pausiert oder deaktiviert.',
        'Dokumentiert ist die Bewertung pro Vorlage; Details zur Bewertung pro Nummer fanden sich in den geprüften Quellen nicht.',
      ],
    },
    'business-template': {
      title: 'Nachrichtenvorlage',
      summary: 'Außerhalb des 24-Stunden-Fensters schreiben Unternehmen mit Vorlagen; Meta misst deren Lesungen und Klicks und bewertet sie.',
      generated: [
        'Außerhalb des 24-Stunden-Kundenservicefensters nutzen vom Unternehmen gestartete Nachrichten Vorlagen, begrenzt durch Messaging-Limits.',
        'Für seine Marketing-Nachrichten sieht das Unternehmen, wie viele gesendet, zugestellt und gelesen wurden und wie viele Links geklickt wurden.',
      ],
      audience: ['sehen Zahlen pro Vorlage', 'bewerten die Qualität jeder Vorlage'],
      sharing: ['Wie die Kundschaft auf eine Vorlage reagiert (Lesen, Blockieren, Melden), fließt in ihre Bewertung ein.'],
      retention: 'Unbekannt: Die geprüften Quellen sagen nicht, wie lange Vorlagen-Kennzahlen gespeichert werden.',
      controls: [BLOCK],
      controlHint: 'Kund:innen: unerwünschte Vorlagen blockieren oder melden',
      caveats: ['Schlecht bewertete Vorlagen können gedrosselt, pausiert oder deaktiviert werden.'],
    },
    'customer-phone-number': {
      title: 'Telefonnummer der Kundschaft',
      summary: 'Das Unternehmen sieht normalerweise die Nummer jeder Kund:in und darf Chats für eigenes Marketing nutzen, auch für Werbung bei Meta.',
      generated: [
        'Nachrichten und Status-Webhooks identifizieren die Kund:in, normalerweise über die Telefonnummer.',
        'Das Unternehmen darf Chats für eigenes Marketing nutzen, auch für Werbung bei Meta.',
      ],
      audience: ['speichern die Nummer zusammen mit dem Chatverlauf', 'WhatsApp teilt, wie du mit Unternehmen interagierst'],
      sharing: [BIZ, META],
      retention: 'Unbekannt: Das bestimmt die eigene Datenschutzrichtlinie des Unternehmens.',
      controls: [{ exceptions: ['Kund:innen können ihre Nummer vor einem Unternehmen, mit dem sie chatten, nicht verbergen.'] }, BLOCK],
      controlHint: 'Kund:innen: das Unternehmen sieht deine Nummer',
      caveats: [],
    },
    'webhook-config': {
      title: 'Webhook-Konfiguration',
      summary: 'Webhooks schicken jede Kundennachricht und jeden Zustell- oder Lesestatus an die hier eingetragene URL, oft den Server eines Dienstleisters.',
      generated: [
        'Abonnierte Webhooks liefern eingehende Nachrichten und Status (gesendet, zugestellt, gelesen, fehlgeschlagen, abgespielt) an den konfigurierten Endpunkt.',
        'Nachrichten gelangen verschlüsselt zum vom Unternehmen gewählten Ziel; danach gelten die Praktiken des Unternehmens und seiner Dienstleister.',
      ],
      audience: ['wer den Endpunkt betreibt: das Unternehmen, ein BSP oder ein CRM', 'Meta sendet die Webhooks aus der Cloud API'],
      sharing: [BIZ],
      retention: 'Standardmäßig speichert die Cloud API Inhalte bis zu 30 Tage. „Local storage“ speichert sie in einem gewählten Land (Verarbeitung anderswo bis zu 60 Minuten); „No Storage“ hält Daten in Übertragung höchstens 1 Stunde, Medien für eine Frist zwischen 1 Stunde und 30 Tagen.',
      controls: [
        {
          options: ['Standard (bis zu 30 Tage)', 'Local storage', 'No Storage'],
          exceptions: ['Wählt das Unternehmen; Kund:innen haben keine Wahl.'],
        },
      ],
      controlHint: 'Unternehmen: No Storage oder Local storage begrenzen die Speicherung',
      caveats: ['Die selbst gehostete On-Premises API wurde im Oktober 2025 eingestellt; API-Verkehr läuft jetzt über Metas Cloud API.'],
    },
  },
}
