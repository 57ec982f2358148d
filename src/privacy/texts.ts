import type { Lang } from '../notes/types'

// The in-extension privacy page: a short form of PRIVACY.md, in each interface language.
// Keep both saying the same thing when either changes.

export interface PrivacySection {
  heading: string
  points: string[]
}

export interface PrivacyText {
  title: string
  promise: string
  sections: PrivacySection[]
  /** Where the full policy lives. */
  full: string
  /** Label of the language switcher. */
  language: string
}

export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español', 'pt-BR': 'Português (Brasil)', de: 'Deutsch' }

export const PRIVACY_TEXTS: Record<Lang, PrivacyText> = {
  en: {
    title: 'Privacy',
    promise:
      'Metadata Lens works only inside your browser. It makes no network requests, sends no telemetry and has no server. It never keeps or sends message text or contact names.',
    sections: [
      {
        heading: 'What it looks at',
        points: [
          'On web.whatsapp.com: the structure of the page and short interface labels (such as a tick’s “Read”), to find the elements that reveal metadata and mark them.',
          'On WhatsApp Manager and the WhatsApp section of Meta’s app dashboard: table headings and labels. Elsewhere on those sites it does nothing.',
          'On the Twilio, 360dialog and WATI consoles: only after you switch that console on. On any other tab: only when you click “Annotate this page”, once.',
          'On WhatsApp Web’s privacy settings screen: the values shown for your own account, for “Your privacy settings” in the popup.',
        ],
      },
      {
        heading: 'What it keeps, and for how long',
        points: [
          'Your settings (switches, marker styles) in the browser’s sync storage, until you change them. Your browser’s own sync may copy them to your other devices.',
          'Per-tab summaries (categories, counts, coarse facts such as “a group chat is open”) in session storage, in memory only, until the tab or the browser closes.',
          'Your own WhatsApp privacy settings, with the time they were read, in local storage on this computer, until you press “Forget my settings”.',
          'If saved settings were damaged and reset, a short note of what was reset, in local storage, until the popup has shown it.',
          'Removing the extension deletes all of it.',
        ],
      },
      {
        heading: 'Permissions',
        points: [
          'Access to web.whatsapp.com, business.facebook.com and developers.facebook.com: to mark those pages.',
          'Storage: for the settings and summaries above.',
          'Active tab and scripting: for “Annotate this page” on the tab you choose, and for the consoles you switch on.',
          'Twilio, 360dialog and WATI: optional, asked for only when you switch a console on.',
        ],
      },
    ],
    full: 'The full privacy policy is PRIVACY.md, published with the source code.',
    language: 'Language',
  },
  es: {
    title: 'Privacidad',
    promise:
      'Metadata Lens funciona solo dentro de tu navegador. No hace peticiones de red, no envía telemetría y no tiene servidor. Nunca guarda ni envía el texto de los mensajes ni los nombres de los contactos.',
    sections: [
      {
        heading: 'Qué mira',
        points: [
          'En web.whatsapp.com: la estructura de la página y etiquetas breves de la interfaz (como el «Leído» de un tick), para encontrar los elementos que revelan metadatos y marcarlos.',
          'En WhatsApp Manager y en la sección de WhatsApp del panel de apps de Meta: encabezados y etiquetas de tablas. En el resto de esos sitios no hace nada.',
          'En las consolas de Twilio, 360dialog y WATI: solo después de que actives esa consola. En cualquier otra pestaña: solo cuando pulsas «Anotar esta página», una vez.',
          'En la pantalla de ajustes de privacidad de WhatsApp Web: los valores que muestra para tu propia cuenta, para mostrártelos en la ventana emergente.',
        ],
      },
      {
        heading: 'Qué guarda y durante cuánto tiempo',
        points: [
          'Tus ajustes (interruptores, estilos de marca) en el almacenamiento sincronizado del navegador, hasta que los cambies. La sincronización del propio navegador puede copiarlos a tus otros dispositivos.',
          'Resúmenes por pestaña (categorías, recuentos, datos generales como «hay un chat de grupo abierto») en el almacenamiento de sesión, solo en memoria, hasta que se cierra la pestaña o el navegador.',
          'Tus propios ajustes de privacidad de WhatsApp, con la hora en que se leyeron, en el almacenamiento local de este ordenador, hasta que los borres desde la ventana emergente.',
          'Si tus ajustes guardados estaban dañados y se restablecieron, una breve nota de lo restablecido, en el almacenamiento local, hasta que la ventana emergente te la muestre.',
          'Al quitar la extensión se borra todo.',
        ],
      },
      {
        heading: 'Permisos',
        points: [
          'Acceso a web.whatsapp.com, business.facebook.com y developers.facebook.com: para marcar esas páginas.',
          'Almacenamiento: para los ajustes y resúmenes de arriba.',
          'Pestaña activa y scripting: para «Anotar esta página» en la pestaña que elijas y para las consolas que actives.',
          'Twilio, 360dialog y WATI: opcionales, solo se piden cuando activas una consola.',
        ],
      },
    ],
    full: 'La política de privacidad completa es PRIVACY.md, publicada con el código fuente.',
    language: 'Idioma',
  },
  'pt-BR': {
    title: 'Privacidade',
    promise:
      'O Metadata Lens funciona só dentro do seu navegador. Ele não faz requisições de rede, não envia telemetria e não tem servidor. Nunca guarda nem envia o texto das mensagens nem os nomes dos contatos.',
    sections: [
      {
        heading: 'O que ele olha',
        points: [
          'No web.whatsapp.com: a estrutura da página e rótulos curtos da interface (como o “Lida” de um tique), para encontrar os elementos que revelam metadados e marcá-los.',
          'No WhatsApp Manager e na seção do WhatsApp do painel de apps da Meta: cabeçalhos e rótulos de tabelas. No resto desses sites, ele não faz nada.',
          'Nos consoles da Twilio, 360dialog e WATI: só depois que você ativa esse console. Em qualquer outra aba: só quando você clica em “Anotar esta página”, uma vez.',
          'Na tela de configurações de privacidade do WhatsApp Web: os valores mostrados para a sua própria conta, para mostrá-los no pop-up.',
        ],
      },
      {
        heading: 'O que ele guarda e por quanto tempo',
        points: [
          'Suas configurações (chaves, estilos de marcador) no armazenamento sincronizado do navegador, até você mudá-las. A sincronização do próprio navegador pode copiá-las para seus outros dispositivos.',
          'Resumos por aba (categorias, contagens, fatos gerais como “um chat em grupo está aberto”) no armazenamento de sessão, só na memória, até a aba ou o navegador fechar.',
          'Suas próprias configurações de privacidade do WhatsApp, com a hora em que foram lidas, no armazenamento local deste computador, até você apagá-las pelo pop-up.',
          'Se as configurações salvas estavam danificadas e foram redefinidas, uma nota curta do que foi redefinido, no armazenamento local, até o pop-up mostrá-la.',
          'Remover a extensão apaga tudo.',
        ],
      },
      {
        heading: 'Permissões',
        points: [
          'Acesso a web.whatsapp.com, business.facebook.com e developers.facebook.com: para marcar essas páginas.',
          'Armazenamento: para as configurações e resumos acima.',
          'Aba ativa e scripting: para “Anotar esta página” na aba que você escolher e para os consoles que você ativar.',
          'Twilio, 360dialog e WATI: opcionais, pedidas só quando você ativa um console.',
        ],
      },
    ],
    full: 'A política de privacidade completa é o PRIVACY.md, publicado com o código-fonte.',
    language: 'Idioma',
  },
  de: {
    title: 'Datenschutz',
    promise:
      'Metadata Lens arbeitet nur in deinem Browser. Es stellt keine Netzwerkanfragen, sendet keine Telemetrie und hat keinen Server. Es speichert oder sendet niemals Nachrichtentexte oder Kontaktnamen.',
    sections: [
      {
        heading: 'Was es ansieht',
        points: [
          'Auf web.whatsapp.com: den Aufbau der Seite und kurze Beschriftungen der Oberfläche (etwa das „Gelesen“ eines Häkchens), um die Elemente zu finden, die Metadaten preisgeben, und sie zu markieren.',
          'Im WhatsApp Manager und im WhatsApp-Bereich von Metas App-Dashboard: Tabellenüberschriften und Beschriftungen. Auf den übrigen Seiten dieser Websites tut es nichts.',
          'In den Konsolen von Twilio, 360dialog und WATI: erst, wenn du die Konsole einschaltest. In jedem anderen Tab: nur wenn du auf „Diese Seite mit Hinweisen versehen“ klickst, einmal.',
          'Auf dem Bildschirm mit den Datenschutzeinstellungen von WhatsApp Web: die Werte deines eigenen Kontos, um sie dir im Pop-up zu zeigen.',
        ],
      },
      {
        heading: 'Was es speichert, und wie lange',
        points: [
          'Deine Einstellungen (Schalter, Markierungsstile) im synchronisierten Speicher des Browsers, bis du sie änderst. Die Synchronisierung des Browsers selbst kann sie auf deine anderen Geräte kopieren.',
          'Zusammenfassungen pro Tab (Kategorien, Anzahlen, grobe Fakten wie „ein Gruppenchat ist offen“) im Sitzungsspeicher, nur im Arbeitsspeicher, bis der Tab oder der Browser geschlossen wird.',
          'Deine eigenen WhatsApp-Datenschutzeinstellungen mit der Zeit, zu der sie gelesen wurden, im lokalen Speicher dieses Computers, bis du sie im Pop-up löschst.',
          'Falls gespeicherte Einstellungen beschädigt waren und zurückgesetzt wurden, eine kurze Notiz dazu im lokalen Speicher, bis das Pop-up sie dir gezeigt hat.',
          'Wenn du die Erweiterung entfernst, wird alles gelöscht.',
        ],
      },
      {
        heading: 'Berechtigungen',
        points: [
          'Zugriff auf web.whatsapp.com, business.facebook.com und developers.facebook.com: um diese Seiten zu markieren.',
          'Speicher: für die oben genannten Einstellungen und Zusammenfassungen.',
          'Aktiver Tab und Scripting: für „Diese Seite mit Hinweisen versehen“ im gewählten Tab und für die Konsolen, die du einschaltest.',
          'Twilio, 360dialog und WATI: optional, nur abgefragt, wenn du eine Konsole einschaltest.',
        ],
      },
    ],
    full: 'Die vollständige Datenschutzerklärung ist PRIVACY.md, veröffentlicht mit dem Quellcode.',
    language: 'Sprache',
  },
}
