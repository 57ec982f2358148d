import type { CheckupTexts } from './types'

// Same claims as en.ts (fact ids there), in German.

export const DE: CheckupTexts = {
  setting: {
    'last-seen': 'Zuletzt online',
    online: 'Online',
    'profile-photo': 'Profilbild',
    about: 'Info',
    status: 'Status',
    'read-receipts': 'Lesebestätigungen',
    groups: 'Gruppen',
    'default-timer': 'Standard-Nachrichtendauer',
    'live-location': 'Live-Standort',
    'silence-unknown-callers': 'Unbekannte Anrufer stummschalten',
    'protect-ip-in-calls': 'IP-Adresse in Anrufen schützen',
    'block-unknown-messages': 'Nachrichten unbekannter Accounts blockieren',
    'blocked-contacts': 'Blockierte Kontakte',
  },
  value: {
    everyone: 'Alle',
    contacts: 'Meine Kontakte',
    'contacts-except': 'Meine Kontakte außer …',
    'only-share-with': 'Nur teilen mit …',
    nobody: 'Niemand',
    'same-as-last-seen': 'Wie „Zuletzt online“',
    on: 'An',
    off: 'Aus',
    '24h': '24 Stunden',
    '7d': '7 Tage',
    '90d': '90 Tage',
    unknown: 'Nicht erkannt',
  },
  exposes: {
    'last-seen': 'Wann du WhatsApp zuletzt benutzt hast.',
    online: 'Wann WhatsApp auf einem deiner Geräte geöffnet und verbunden ist.',
    'profile-photo': 'Dein Profilbild.',
    about: 'Deinen Info-Text.',
    status: 'Deine Statusmeldungen (sie verschwinden nach 24 Stunden).',
    'read-receipts': 'Wann du eine Nachricht gelesen hast (blaue Haken).',
    groups: 'Wer dich ohne Rückfrage zu einer Gruppe hinzufügen kann.',
    'default-timer': 'Ob neue Chats mit selbstlöschenden Nachrichten beginnen.',
    'live-location': 'Die Chats, mit denen du deinen Live-Standort teilst.',
    'silence-unknown-callers': 'Ob Anrufe unbekannter Nummern klingeln.',
    'protect-ip-in-calls': 'Deine IP-Adresse, die ein direkter Einzelanruf der anderen Person zeigt.',
    'block-unknown-messages': 'Ob große Mengen Nachrichten von unbekannten Accounts begrenzt werden.',
    'blocked-contacts': 'Wie viele Kontakte du blockiert hast (hier wird nur die Zahl gespeichert, nie wer).',
  },
  whoCanSee: {
    'last-seen': {
      everyone: 'Personen, denen du geschrieben oder die du angerufen hast, und wer deine Nummer gespeichert hat.',
      contacts: 'Deine Kontakte.',
      'contacts-except': 'Deine Kontakte, außer den ausgeschlossenen.',
      nobody: 'Niemand. Dafür siehst du auch bei niemandem „Zuletzt online“.',
    },
    online: {
      everyone: 'Personen, denen du geschrieben oder die du angerufen hast, und wer deine Nummer gespeichert hat.',
      'same-as-last-seen': 'Dieselben Personen, die dein „Zuletzt online“ sehen.',
    },
    'profile-photo': {
      everyone: 'Alle WhatsApp-Nutzer*innen, die deine Nummer haben.',
      contacts: 'Deine Kontakte.',
      'contacts-except': 'Deine Kontakte, außer den ausgeschlossenen.',
      nobody: 'Niemand.',
    },
    about: {
      everyone: 'Alle WhatsApp-Nutzer*innen, die deine Nummer haben.',
      contacts: 'Deine Kontakte.',
      'contacts-except': 'Deine Kontakte, außer den ausgeschlossenen.',
      nobody: 'Niemand.',
    },
    status: {
      contacts: 'Deine Kontakte, die auch deine Nummer gespeichert haben.',
      'contacts-except': 'Deine Kontakte, die auch deine Nummer gespeichert haben, außer den ausgeschlossenen.',
      'only-share-with': 'Nur die ausgewählten Kontakte, wenn sie auch deine Nummer gespeichert haben.',
    },
    'read-receipts': {
      on: 'Die Person im Einzelchat; in Gruppen immer die Mitglieder.',
      off: 'Niemand in Einzelchats, und du siehst ihre auch nicht; Gruppen erhalten sie trotzdem.',
    },
    groups: {
      everyone: 'Alle, die deine Nummer haben, können dich zu einer Gruppe hinzufügen.',
      contacts: 'Nur deine Kontakte können dich hinzufügen; andere müssen dir eine Einladung schicken.',
      'contacts-except': 'Deine Kontakte außer den ausgeschlossenen; andere müssen dir eine Einladung schicken.',
      nobody: 'Niemand kann dich direkt hinzufügen; man muss dir eine Einladung schicken.',
    },
    'default-timer': {
      off: 'Nachrichten in neuen Chats bleiben, bis jemand sie löscht.',
      '24h': 'Nachrichten in neuen Chats verschwinden nach 24 Stunden; beide Seiten können das ändern.',
      '7d': 'Nachrichten in neuen Chats verschwinden nach 7 Tagen; beide Seiten können das ändern.',
      '90d': 'Nachrichten in neuen Chats verschwinden nach 90 Tagen; beide Seiten können das ändern.',
    },
    'live-location': { count: 'Die Personen in diesen Chats, solange das Teilen läuft.' },
    'silence-unknown-callers': {
      on: 'Anrufe unbekannter Nummern klingeln nicht; sie stehen weiter in deiner Anrufliste.',
      off: 'Alle, die deine Nummer haben, können dich anklingeln.',
    },
    'protect-ip-in-calls': {
      on: 'Deine Anrufe laufen über die Server von WhatsApp: die andere Person sieht deine IP-Adresse nicht.',
      off: 'Im Einzelanruf kann die andere Person deine IP-Adresse sehen; Gruppenanrufe laufen immer über die Server.',
    },
    'block-unknown-messages': {
      on: 'WhatsApp begrenzt große Mengen Nachrichten von Accounts, die du nicht kennst.',
      off: 'Accounts, die du nicht kennst, können dir ohne diese Grenze schreiben.',
    },
    'blocked-contacts': { count: 'WhatsApp speichert diese Liste; in den USA kann ein Gerichtsbeschluss sie anfordern.' },
  },
  suggestion: {
    'last-seen': {
      everyone: 'Strenger: Meine Kontakte oder Niemand. Der Preis von Niemand: du siehst „Zuletzt online“ der anderen nicht mehr.',
      contacts: 'Strenger: Meine Kontakte außer … oder Niemand. Der Preis von Niemand: du siehst „Zuletzt online“ der anderen nicht mehr.',
      'contacts-except': 'Strenger: Niemand. Der Preis: du siehst „Zuletzt online“ der anderen nicht mehr.',
    },
    online: {
      everyone: 'Strenger: Wie „Zuletzt online“. Der Preis: verbirgt das deinen Online-Status, siehst du den der anderen auch nicht.',
    },
    'profile-photo': {
      everyone: 'Strenger: Meine Kontakte. Der Preis: wer nicht in deinen Kontakten ist, sieht kein Bild von dir.',
      contacts: 'Strenger: Meine Kontakte außer … oder Niemand. Der Preis: wer ausgeschlossen ist, sieht kein Bild von dir.',
    },
    about: { everyone: 'Strenger: Meine Kontakte. Der Preis: wer nicht in deinen Kontakten ist, sieht deine Info nicht.' },
    status: {
      contacts: 'Strenger: Meine Kontakte außer … oder Nur teilen mit …. Der Preis: du wählst die Personen von Hand; eine Änderung gilt für später gepostete Meldungen.',
    },
    'read-receipts': {
      on: 'Strenger: Aus. Der Preis: du siehst die Lesebestätigungen der anderen nicht mehr und nicht, wer deinen Status gesehen hat; Gruppen senden sie trotzdem.',
    },
    groups: {
      everyone: 'Strenger: Meine Kontakte. Der Preis: andere müssen dir eine Einladung schicken, die nach 3 Tagen abläuft.',
    },
    'default-timer': {
      off: 'Strenger: eine Dauer (24 Stunden, 7 Tage oder 90 Tage). Der Preis: Nachrichten verschwinden, wenn niemand sie behält, während Weiterleitungen, Zitate und frühere Backups sie noch enthalten können.',
    },
    'silence-unknown-callers': {
      off: 'Strenger: An. Der Preis: Anrufe von Nummern, die du nicht kennst, klingeln nicht; du siehst sie nur in der Anrufliste.',
    },
    'protect-ip-in-calls': { off: 'Strenger: An. Der Preis: die Anrufqualität kann sinken.' },
  },
  personal: {
    'my-read-receipts-on': {
      title: 'Deine Lesebestätigungen sind an',
      text: 'Laut letzter Ablesung sind deine Lesebestätigungen an: im Einzelchat sieht die andere Person, wann du ihre Nachrichten gelesen hast, und du siehst hier ihre blauen Haken. Ausschalten verbirgt beides.',
    },
    'my-read-receipts-off-chat': {
      title: 'Deine Lesebestätigungen sind aus',
      text: 'Laut letzter Ablesung sind deine Lesebestätigungen aus: im Einzelchat sieht niemand, wann du Nachrichten liest, und du siehst nicht, wann deine gelesen werden. Blaue Haken in diesem Chat hießen, dass sich die Einstellung seitdem geändert hat.',
    },
    'my-read-receipts-off-group': {
      title: 'Gruppen bekommen deine Lesebestätigungen trotzdem',
      text: 'Deine Lesebestätigungen sind aus, aber in Gruppen werden sie immer gesendet: Mitglieder sehen, wann du gelesen hast, und die blauen Haken hier kommen aus dieser Gruppe.',
    },
    'my-last-seen-hidden': {
      title: 'Dein „Zuletzt online“ ist verborgen',
      text: 'Laut letzter Ablesung steht dein „Zuletzt online“ auf Niemand, darum zeigt WhatsApp dir das der anderen auch nicht, auch nicht das dieser Person. Siehst du es hier, hat sich die Einstellung seitdem geändert.',
    },
    'my-profile-photo-everyone': {
      title: 'Wer deine Nummer hat, sieht dein Bild',
      text: 'Laut letzter Ablesung steht dein Profilbild auf Alle: alle WhatsApp-Nutzer*innen mit deiner Nummer können es sehen, nicht nur deine Kontakte.',
    },
    'my-ip-unprotected': {
      title: 'Ein Anruf von hier kann deine IP-Adresse zeigen',
      text: 'Laut letzter Ablesung ist „IP-Adresse in Anrufen schützen“ aus: ein Einzelanruf kann sich direkt verbinden und der anderen Person deine IP-Adresse zeigen. Gruppenanrufe laufen immer über die Server von WhatsApp.',
    },
  },
}
