import type { ControlTranslation, Translation } from './types'

// Spanish. Setting paths use the Spanish app's own labels as WhatsApp's Spanish help pages and the
// press quoting the app name them ("Hora de últ. vez y en línea", "Duración predeterminada",
// "Silenciar llamadas de números desconocidos").

const META =
  'WhatsApp dice que comparte algunos datos con otras empresas de Meta (p. ej., tu número, datos del dispositivo, dirección IP, cómo interactúas con empresas), pero no tus contactos ni las ubicaciones compartidas, y que no guarda registros de quién escribe a quién.'
const NOT_LISTED =
  'La lista de WhatsApp de lo que comparte con otras empresas de Meta menciona datos de la cuenta, del dispositivo y de conexión, y las interacciones con empresas; no menciona este evento.'
const EU =
  'En la Región Europea, tu responsable de datos es WhatsApp Ireland (en el Reino Unido esto puede haber cambiado). En 2021 Facebook dijo que los datos de usuarios europeos no se compartían para que Meta mejorara sus productos o anuncios, aunque la política europea enumera esos fines.'
const IN =
  'El regulador de competencia de la India multó a Meta por la política de 2021 y prohibió compartir datos con Meta para anuncios durante cinco años. En nov. de 2025 un tribunal de apelación mantuvo la multa y las directrices sobre la elección del usuario, pero anuló la prohibición. En feb. de 2026 WhatsApp dijo al Tribunal Supremo que aplicaría esas directrices, incluida una opción para excluirse del intercambio con fines ajenos a WhatsApp, antes del 16 de marzo de 2026; los recursos principales siguen pendientes (según la prensa).'
const LE =
  'Ante requerimientos legales de EE. UU., WhatsApp puede entregar registros de la cuenta, como la fecha de última vez y la IP (citación) y números bloqueados (orden judicial); dice que no puede entregar el contenido de los mensajes.'
const BIZ =
  'Cuando los mensajes llegan a la empresa, se aplican sus propias prácticas de privacidad: su personal o proveedores pueden leerlos y puede usarlos para su marketing, incluidos anuncios en Meta.'
const UNKNOWN_RECEIPTS =
  'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp los eventos de confirmación en sus servidores. Las horas quedan en la Info. del mensaje del remitente.'
const UNKNOWN_RECEIPTS_HINT = 'Desconocido en los servidores (las fuentes revisadas no lo dicen); la Info. del mensaje guarda las horas'
const ON_OFF = ['Activado', 'Desactivado']
const AUDIENCE_4 = ['Todos', 'Mis contactos', 'Mis contactos, excepto…', 'Nadie']
const READ_PATH = 'Ajustes › Privacidad › Confirmaciones de lectura'
const LAST_SEEN_PATH = 'Ajustes › Privacidad › Hora de últ. vez y en línea'
const RECIPROCAL_READ = 'Si desactivas las tuyas, tampoco ves las confirmaciones de lectura de los demás (salvo en grupos).'
const BLOCK: ControlTranslation = {
  exceptions: ['Los clientes pueden bloquear o denunciar a la empresa; los bloqueos y denuncias están entre las señales de la calificación de calidad de sus plantillas.'],
}

export const es: Translation = {
  audience: {
    'other-person': 'La otra persona',
    'group-members': 'Miembros del grupo',
    'your-contacts': 'Tus contactos',
    'anyone-with-number': 'Cualquiera que tenga tu número',
    'whatsapp-servers': 'Los servidores de WhatsApp',
    'meta-companies': 'Otras empresas de Meta',
    'business-and-vendors': 'La empresa y sus proveedores',
    authorities: 'Autoridades',
  },
  region: {
    all: 'En todas partes',
    'european-region': 'Región Europea',
    india: 'India',
    elsewhere: 'Fuera de la Región Europea',
  },
  publisher: { 'WhatsApp Help Center': 'Ayuda de WhatsApp' },
  sourceTopic: {
    'wa-ticks': 'confirmaciones de lectura',
    'wa-privacy': 'ajustes de privacidad',
    'wa-lastseen': 'últ. vez y en línea',
    'wa-status-privacy': 'privacidad del estado',
    'wa-status-fb': 'estado en Facebook',
    'wa-communities': 'grupos y comunidades',
    'wa-biz-chats': 'chats con empresas',
    'wa-biz-privacy': 'mensajes de empresas',
    'wa-disappearing': 'mensajes temporales',
    'wa-view-once': 'ver una vez',
    'wa-linked': 'dispositivos vinculados',
    'wa-meta-share': 'datos compartidos con Meta',
    'wa-le': 'autoridades',
    'wa-delete': 'eliminar la cuenta',
    'wa-e2ee-backup': 'copia cifrada',
    'wa-live-location': 'ubicación en tiempo real',
    'wa-pp': 'Política de privacidad de WhatsApp',
    'dev-status': 'webhooks de estado',
    'dev-no-storage': 'No Storage',
    'dev-local-storage': 'Local storage',
    'dev-metrics': 'métricas de marketing',
    'dev-quality': 'calificación de calidad',
    'dev-opt-in': 'consentimiento',
    'dev-text-webhook': 'webhooks de mensajes',
    'res-careless': 'Careless Whisper',
    'pr-fbi-chart': 'documento del FBI',
    'pr-inews-clock': 'qué significa el icono del reloj',
  },
  context: {
    'reciprocal-read-receipts': {
      title: 'Los tics azules de este chat indican que las tuyas también estaban activadas',
      text: 'En los chats individuales las confirmaciones de lectura son recíprocas: solo ves tics azules mientras tus propias confirmaciones están activadas. Así que las tuyas lo estaban cuando se leyeron estos mensajes, y esta persona ve cuándo lees los suyos mientras ambos las mantengan activadas (Ajustes › Privacidad › Confirmaciones de lectura).',
    },
    'reciprocal-presence': {
      title: 'Tú también compartes tu presencia',
      text: 'Ves la última vez o el estado en línea de esta persona, así que el tuyo es visible al menos para algunas personas: si ocultas el tuyo, dejarás de ver el suyo.',
    },
    'group-read-receipts-always': {
      title: 'En los grupos siempre se envían',
      text: 'En los chats de grupo tus confirmaciones de lectura se envían aunque las hayas desactivado; el remitente ve en la Info. del mensaje cuándo leíste cada mensaje.',
    },
    'delivery-receipts-always': {
      title: 'Las confirmaciones de entrega no se pueden desactivar',
      text: 'Cada uno de tus dispositivos confirma cada mensaje que recibe, y ningún ajuste lo impide. Alguien que solo conozca tu número podría deducir tu actividad a partir del momento en que llegan esas confirmaciones (investigación, 2024).',
    },
    'typing-no-setting': {
      title: 'Ningún ajuste oculta «escribiendo…»',
      text: 'Quien tenga este chat abierto y esté en línea ve cuándo escribes; no se encontró ningún ajuste para desactivar el indicador.',
    },
    'status-viewers-mutual': {
      title: 'La lista de vistas requiere confirmaciones de lectura en ambos lados',
      text: 'Solo ves quién vio tu estado mientras tus propias confirmaciones de lectura están activadas, y quien lo vio con las suyas desactivadas nunca aparece.',
    },
    'group-numbers-visible': {
      title: 'Los miembros pueden ver tu número',
      text: 'Tu número de teléfono no se puede ocultar en los chats normales, así que los miembros de este grupo suelen poder verlo, incluso quienes no lo tienen guardado.',
    },
    'live-location-linked-device': {
      title: 'La ubicación en tiempo real no se muestra en la web',
      text: 'Los dispositivos vinculados como WhatsApp Web no pueden ver la ubicación en tiempo real; las personas del chat la ven en su teléfono mientras dure.',
    },
    'business-chat-hosting': {
      title: 'Quién gestiona este chat con una empresa',
      text: 'Mira el aviso del chat. Si dice que la empresa usa un servicio seguro de Meta, Meta aloja el chat por ella, WhatsApp no lo considera cifrado de extremo a extremo hasta la empresa y, por defecto, el contenido se guarda hasta 30 días. Desde que la API autoalojada se retiró en octubre de 2025, los chats con el aviso «trabaja con otras empresas» también pasan por la Cloud API de Meta.',
    },
    'business-status-webhooks': {
      title: 'Horas de entrega y lectura por cliente',
      text: 'Aquí se ve, por cliente, cuándo se entregaron y leyeron los mensajes. Meta envía estos estados al webhook de la empresa, y a cualquier proveedor detrás de él, casi en tiempo real.',
    },
  },
  notes: {
    'read-receipt': {
      title: 'Confirmación de lectura (tics azules)',
      summary: 'Tics azules: el destinatario leyó tu mensaje. Tu app envía la misma señal cuando lees; puedes desactivarla, salvo en los grupos.',
      generated: [
        'Cuando el destinatario abre el chat, su dispositivo marca el mensaje como leído (en chats individuales solo si ambos tienen las confirmaciones activadas): los tics se vuelven azules y la Info. del mensaje del remitente muestra la hora.',
        'Los mensajes de voz tienen una confirmación aparte de «reproducido», y al editar un mensaje sus confirmaciones de lectura vuelven a empezar.',
        'En un grupo los tics se vuelven azules solo cuando todos los miembros lo han leído; la Info. del mensaje enumera a cada miembro.',
      ],
      audience: [
        { condition: 'solo si ambos tienen las confirmaciones de lectura activadas', detail: 've cuándo lees su mensaje en un chat individual' },
        { condition: 'en grupos, sea cual sea tu ajuste', detail: 'el remitente ve en la Info. del mensaje cuándo lo leíste' },
        { detail: 'transmiten cada confirmación' },
        { condition: 'en chats con una empresa', detail: 'los estados de «leído» llegan a sus sistemas' },
      ],
      sharing: [NOT_LISTED],
      retention: UNKNOWN_RECEIPTS,
      retentionHint: UNKNOWN_RECEIPTS_HINT,
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['Siempre se envían en los chats de grupo', 'No detiene las confirmaciones de entrega (tics grises)'],
          reciprocity: RECIPROCAL_READ,
        },
      ],
      controlHint: 'Ajustes › Privacidad › Confirmaciones de lectura (no en grupos)',
      caveats: [
        'Una página de ayuda antigua para iPhone, leída solo en una copia en urdu, dice que las confirmaciones de reproducción de los mensajes de voz se siguen enviando con las confirmaciones de lectura desactivadas; la página actual en inglés no lo dice, así que puede haber cambiado.',
      ],
    },
    'delivery-receipt': {
      title: 'Confirmación de entrega (dos tics grises)',
      summary: 'Dos tics grises: un dispositivo del destinatario tiene tu mensaje. Tus dispositivos también envían estas confirmaciones, siempre: ningún ajuste las desactiva.',
      generated: [
        'El segundo tic aparece en cuanto el teléfono del destinatario o uno de sus dispositivos vinculados recibe el mensaje, aunque el teléfono esté apagado.',
        'La Info. del mensaje del remitente muestra la hora exacta de entrega; en grupos, por miembro.',
        'Unos investigadores mostraron en 2024 que alguien que solo conozca tu número podría deducir la actividad de pantalla y apps, el número de dispositivos y la rutina diaria a partir del momento en que llegan las confirmaciones de entrega silenciosas.',
      ],
      audience: [
        { detail: 've cuándo te llegó cada mensaje' },
        { condition: 'en grupos', detail: 'el remitente ve la hora de entrega de cada miembro' },
        { detail: 'transmiten cada confirmación' },
      ],
      sharing: [NOT_LISTED],
      retention: UNKNOWN_RECEIPTS,
      retentionHint: UNKNOWN_RECEIPTS_HINT,
      controls: [
        { exceptions: ['Ningún ajuste desactiva las confirmaciones de entrega; el de confirmaciones de lectura solo afecta a los tics azules.'] },
        {
          path: 'Ajustes › Privacidad › Avanzado › Bloquear mensajes de cuentas desconocidas',
          options: ON_OFF,
          exceptions: ['Solo limita avalanchas de mensajes de cuentas desconocidas; no detiene las confirmaciones de entrega.'],
        },
      ],
      controlHint: 'Sin ajuste: las confirmaciones de entrega siempre se envían',
      caveats: [
        'Las páginas de ayuda de WhatsApp solo describen un ajuste de confirmaciones de lectura; que las de entrega no se puedan desactivar lo muestra la investigación (Careless Whisper, 2024).',
      ],
    },
    'sent-receipt': {
      title: 'Enviado (un tic gris)',
      summary: 'Un tic gris: el mensaje llegó a WhatsApp, pero aún no a ningún dispositivo del destinatario. En un grupo, aún no a todos los miembros.',
      generated: [
        'Un tic significa que el mensaje se envió; pasa a dos tics cuando un dispositivo del destinatario lo recibe. En un grupo, el segundo tic aparece solo cuando todos los miembros lo han recibido.',
        'Hasta la entrega, el mensaje espera cifrado en los servidores de WhatsApp.',
        'También queda un solo tic si el destinatario te ha bloqueado: los mensajes a quien te bloqueó nunca se entregan.',
      ],
      audience: [
        { detail: 'recibe el mensaje cuando uno de sus dispositivos se conecta' },
        { condition: 'cifrado, hasta la entrega', detail: 'guardan el mensaje hasta que lo tiene un dispositivo del destinatario' },
        { condition: 'solo con una orden «pen register» de EE. UU.', detail: 'pueden saber quién escribe a quién desde entonces (según la prensa)' },
      ],
      sharing: [NOT_LISTED, LE],
      retention: 'Un mensaje que no se puede entregar espera cifrado en los servidores de WhatsApp como máximo 30 días mientras se reintenta la entrega; después se elimina.',
      retentionHint: 'Si no se entrega, espera cifrado en los servidores de WhatsApp 30 días como máximo y luego se elimina',
      controls: [{ exceptions: ['Ningún ajuste controla este estado.'] }],
      controlHint: 'Sin ajuste: este estado siempre aparece',
      caveats: [
        'WhatsApp dice que no guarda registros habituales de quién escribe a quién, pero una guía del FBI de 2021, según informó la prensa, dice que una orden «pen register» entrega el origen y el destino de cada mensaje aproximadamente cada 15 minutos.',
      ],
    },
    pending: {
      title: 'Pendiente (reloj)',
      summary: 'El reloj indica que el mensaje aún no ha salido de tu dispositivo. Si lo eliminas ahora, el destinatario nunca lo recibe.',
      generated: [
        'El reloj aparece cuando tu dispositivo no tiene conexión o WhatsApp tiene un problema del servicio; aún no ha llegado nada a los servidores.',
        'Si eliminas el mensaje mientras se ve el reloj, nunca llega al destinatario.',
      ],
      audience: [{ detail: 'no ve nada hasta que el mensaje se envía' }],
      sharing: ['Aún no se comparte nada: el mensaje solo está en tu dispositivo.'],
      retention: 'Se queda en tu dispositivo hasta que se envía o lo eliminas.',
      retentionHint: 'Solo en tu dispositivo, hasta que se envía o lo eliminas',
      controls: [{ exceptions: ['Elimina el mensaje antes de que se envíe para detenerlo.'] }],
      controlHint: 'Elimínalo antes de que se envíe para detenerlo',
      caveats: [
        'No se encontró una página de ayuda oficial sobre el reloj; esta nota se basa en la prensa, y algunos sitios de trucos lo explican mal.',
        'Los servidores de WhatsApp no reciben nada hasta que el reloj se convierte en un tic.',
      ],
    },
    'last-seen': {
      title: 'Hora de últ. vez',
      summary: 'Muestra cuándo usó WhatsApp esta persona por última vez. Tu ajuste decide quién ve la tuya, y ocultarla te oculta la suya.',
      generated: [
        'Tu app informa de cuándo estuviste activo por última vez; la política de WhatsApp incluye tu hora de últ. vez entre los datos de uso que recopila.',
        'La «hora de últ. vez» es la última vez que alguien usó WhatsApp, no una prueba de que leyó tu mensaje.',
      ],
      audience: [
        { condition: 'si tu ajuste es «Mis contactos» o «Todos»', detail: 'las personas cuyo número guardaste' },
        { condition: 'solo con «Todos» y si han chateado o guardó tu número', detail: 'desde diciembre de 2021 los desconocidos ya no la ven' },
        { detail: 'la recopilan como dato de uso' },
        { condition: 'con una citación de EE. UU.', detail: 'la fecha de últ. vez es un registro básico' },
      ],
      sharing: [NOT_LISTED, EU, IN, LE],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp el historial de la hora de últ. vez.',
      retentionHint: 'Desconocido: las fuentes revisadas no dicen cuánto guarda WhatsApp el historial de últ. vez',
      controls: [
        {
          path: LAST_SEEN_PATH,
          options: AUDIENCE_4,
          exceptions: ['Incluso «Todos» solo abarca a quienes escribiste o llamaste, o a quienes guardaron tu número.'],
          reciprocity: 'Si no compartes tu hora de últ. vez, no puedes ver la de los demás.',
        },
      ],
      controlHint: 'Ajustes › Privacidad › Hora de últ. vez y en línea',
      caveats: [
        'Antes de diciembre de 2021 «Todos» significaba cualquier usuario de WhatsApp; las apps de rastreo lo aprovechaban para registrar la actividad de desconocidos.',
        'Las variantes de la página de ayuda no coinciden en el valor predeterminado (contactos o todos), así que revisa tu propio ajuste.',
      ],
    },
    'online-presence': {
      title: 'Estado en línea',
      summary: '«En línea» significa que la persona tiene WhatsApp abierto en primer plano y conectado ahora mismo. Desde 2022 puedes ocultar el tuyo.',
      generated: [
        'Mientras la app está abierta y conectada te marca como en línea; la política de WhatsApp incluye si estás en línea entre los datos de uso.',
        'Estar en línea no significa que la persona haya leído tu mensaje.',
        'Ocultarlo no lo oculta todo: en 2024 unos investigadores mostraron que alguien que solo conozca tu número podría deducir tu actividad a partir del momento en que llegan las confirmaciones de entrega.',
      ],
      audience: [
        { condition: 'si tu ajuste lo permite y han chateado o guardó tu número', detail: 've que estás en línea ahora' },
        { detail: 'lo recopilan como dato de uso' },
      ],
      sharing: [NOT_LISTED, EU],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp el historial del estado en línea.',
      retentionHint: 'Desconocido: las fuentes revisadas no dicen cuánto guarda WhatsApp el historial de en línea',
      controls: [
        {
          path: LAST_SEEN_PATH,
          options: ['Todos', 'Igual que la hora de últ. vez'],
          exceptions: ['Solo pueden verlo quienes han chateado contigo o guardaron tu número.'],
          reciprocity: 'Si ocultas tu estado en línea, no puedes ver el de los demás.',
        },
      ],
      controlHint: 'Ajustes › Privacidad › Hora de últ. vez y en línea (en línea: «Todos» o «Igual que la hora de últ. vez»)',
      caveats: [
        'Hasta agosto de 2022 nadie podía ocultar que estaba en línea; el ajuste se anunció ese mes.',
        'Unos investigadores registraron durante meses (2013–14) las horas en línea de desconocidos, antes de que se restringieran la hora de últ. vez y el estado en línea.',
      ],
    },
    'typing-indicator': {
      title: 'Indicador de escritura',
      summary: '«Escribiendo…» se muestra en directo a quien tenga tu chat abierto mientras escribes. No se encontró ningún ajuste para desactivarlo.',
      generated: ['Mientras escribes en un chat, tu app envía una señal en directo de «escribiendo…» a quienes tienen ese chat abierto y están en línea.'],
      audience: [
        { condition: 'solo mientras tenga el chat abierto y esté en línea', detail: 've «escribiendo…» en directo' },
        { condition: 'solo los miembros que tienen el grupo abierto', detail: 'ven quién escribe' },
        { detail: 'transmiten la señal' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Desconocido: las fuentes revisadas no dicen si WhatsApp guarda los eventos de escritura.',
      retentionHint: 'Desconocido: las fuentes revisadas no dicen si WhatsApp guarda los eventos de escritura',
      controls: [{ exceptions: ['No se encontró ningún ajuste del indicador de escritura en las páginas de ayuda de WhatsApp revisadas.'] }],
      controlHint: 'No se encontró ajuste: deja de escribir para ocultarlo',
      caveats: ['Si WhatsApp añade un ajuste, esta nota quedará desactualizada; revisa Ajustes › Privacidad.'],
    },
    'status-update': {
      title: 'Estado',
      summary: 'Los estados desaparecen a las 24 horas y están cifrados de extremo a extremo. Solo los ven quienes se tienen guardados mutuamente.',
      generated: [
        'Alguien ve tu estado solo si cada uno tiene guardado el número del otro y tu ajuste de estado lo incluye.',
        'Los estados desaparecen a las 24 horas y, como los mensajes personales, están cifrados de extremo a extremo.',
        'La política de WhatsApp incluye las funciones que usas, entre ellas Estados, en los datos de uso que recopila.',
      ],
      audience: [
        { condition: 'solo los contactos mutuos que incluye tu ajuste de estado', detail: 'ven cada estado durante 24 horas' },
        { condition: 'cifrado de extremo a extremo', detail: 'transportan el estado y registran que usas Estados' },
        { condition: 'solo si compartes tu estado en Facebook', detail: 'Facebook recibe cada elemento compartido' },
      ],
      sharing: [
        'Compartir el estado en las historias de Facebook es opcional y está desactivado por defecto. Si lo activas, Facebook recibe cada elemento compartido con su texto y datos del dispositivo (idioma, navegador, IP) y puede usarlos, también para anuncios; según WhatsApp, no se comparten tu número, tus contactos ni tus mensajes.',
        'Desde junio de 2025 WhatsApp está introduciendo anuncios entre los estados. Meta dice que usan datos limitados (país o ciudad, idioma, canales que sigues, cómo interactúas con anuncios) y datos del Centro de cuentas si está vinculado, no tus mensajes personales, llamadas ni grupos.',
      ],
      retention: 'Los estados dejan de verse a las 24 horas; las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp registros sobre ellos.',
      retentionHint: 'Deja de verse a las 24 horas; se desconoce cuánto guarda WhatsApp registros sobre él',
      controls: [
        {
          path: 'Ajustes › Privacidad › Estado',
          options: ['Mis contactos', 'Mis contactos, excepto…', 'Solo compartir con…'],
          exceptions: ['Un cambio solo se aplica a estados futuros.'],
        },
      ],
      controlHint: 'Ajustes › Privacidad › Estado',
      caveats: ['Los anuncios en la pestaña Novedades empezaron en junio de 2025; vincular WhatsApp al Centro de cuentas permite que otros datos de Meta influyan en ellos.'],
    },
    'status-viewers': {
      title: 'Vistas del estado',
      summary: 'La lista de vistas muestra quién vio tu estado. Solo funciona si tanto tú como quien lo ve tienen activadas las confirmaciones de lectura.',
      generated: [
        'Abrir el estado de alguien envía una confirmación de visualización; quien lo publicó ve quién lo vio.',
        'Quien tiene las confirmaciones de lectura desactivadas no aparece; si tú las tienes desactivadas, no ves ninguna vista.',
      ],
      audience: [
        { condition: 'solo si ambos tienen las confirmaciones de lectura activadas', detail: 'quien publicó el estado ve que lo viste' },
        { detail: 'transmiten las confirmaciones de visualización' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp las visualizaciones de estados.',
      retentionHint: 'Desconocido: las fuentes revisadas no dicen cuánto guarda WhatsApp las visualizaciones',
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['A diferencia de los grupos, las confirmaciones de visualización de estados siguen este ajuste.'],
          reciprocity: 'Si las tuyas están desactivadas, no ves quién vio tus estados.',
        },
      ],
      controlHint: 'Ajustes › Privacidad › Confirmaciones de lectura',
      caveats: ['La lista puede estar incompleta: quien lo vio con las confirmaciones desactivadas no aparece.'],
    },
    'profile-photo': {
      title: 'Foto del perfil',
      summary: 'Tu foto del perfil se muestra a quien permita tu ajuste. Con «Todos», cualquiera que tenga tu número puede verla.',
      generated: ['WhatsApp guarda tu foto del perfil y la incluye entre la información que recopila.'],
      audience: [
        { condition: 'solo si tu ajuste es «Todos»', detail: 'pueden ver tu foto' },
        { condition: 'si tu ajuste es «Mis contactos» o «Todos»', detail: 'pueden ver tu foto' },
        { detail: 'la guardan' },
      ],
      sharing: ['Según la prensa, un estudio de 2024–25 pudo acceder a las fotos del perfil públicas de alrededor del 57 % de las cuentas comprobando números a gran escala; después Meta añadió límites de frecuencia.'],
      retention: 'Desconocido para fotos anteriores. Eliminar la cuenta tarda hasta 90 días, y las copias de seguridad pueden durar más.',
      retentionHint: 'Desconocido para fotos anteriores; eliminar la cuenta tarda hasta 90 días y las copias pueden durar más',
      controls: [
        {
          path: 'Ajustes › Privacidad › Foto del perfil',
          options: AUDIENCE_4,
          exceptions: ['Quien pudo verla puede haber guardado ya una copia.'],
        },
      ],
      controlHint: 'Ajustes › Privacidad › Foto del perfil',
      caveats: [
        'Las variantes de la página de ayuda no coinciden en el valor predeterminado (la página de la versión web dice que cualquiera puede ver tu foto).',
        'La cifra del 57 % procede de la prensa; no se encontró en la versión del artículo científico revisada.',
      ],
    },
    about: {
      title: 'Info.',
      summary: 'Tu Info. se muestra a quien permita tu ajuste, y WhatsApp registra cuándo la cambiaste por última vez.',
      generated: ['WhatsApp recopila tu Info. y cuándo la actualizaste por última vez.'],
      audience: [
        { condition: 'solo si tu ajuste es «Todos»', detail: 'pueden leer tu Info.' },
        { condition: 'si tu ajuste es «Mis contactos» o «Todos»', detail: 'pueden leer tu Info.' },
        { detail: 'la guardan junto con la hora del último cambio' },
      ],
      sharing: ['Según la prensa, un estudio de 2024–25 pudo acceder a la Info. de alrededor del 29 % de las cuentas comprobando números a gran escala.'],
      retention: 'Desconocido para textos anteriores. Eliminar la cuenta tarda hasta 90 días, y las copias de seguridad pueden durar más.',
      retentionHint: 'Desconocido para textos anteriores; eliminar la cuenta tarda hasta 90 días y las copias pueden durar más',
      controls: [{ path: 'Ajustes › Privacidad › Info.', options: AUDIENCE_4 }],
      controlHint: 'Ajustes › Privacidad › Info.',
      caveats: [
        'Las variantes de la página de ayuda no coinciden en el valor predeterminado (contactos o todos).',
        'La cifra del 29 % procede de la prensa; no se encontró en la versión del artículo científico revisada.',
      ],
    },
    'phone-number': {
      title: 'Número de teléfono',
      summary: 'Tu número es tu identidad en WhatsApp: quienes chatean contigo lo ven aunque no te tengan guardado, y no se puede ocultar.',
      generated: [
        'Para registrarte se necesita un número de teléfono, que se muestra a las personas con las que chateas.',
        'La subida opcional de contactos envía a WhatsApp los números de tu agenda, normalmente a diario, pero no los nombres ni los correos.',
        'Los números de quienes no usan WhatsApp se convierten en un hash y se borra el número; el hash queda vinculado a quienes lo subieron.',
      ],
      audience: [
        { detail: 'lo ve en cada chat, aunque no te tenga guardado' },
        { condition: 'en los grupos en los que estás', detail: 'lo ven' },
        { detail: 'pueden comprobar si está en WhatsApp' },
        { detail: 'lo guardan como información de la cuenta' },
        { detail: 'lo reciben como información de registro de la cuenta' },
        { condition: 'con una citación de EE. UU.', detail: 'registros básicos del abonado' },
      ],
      sharing: [
        META,
        'Fuera de la Región Europea, la política de 2021 permite a las empresas de Meta usar lo que reciben para operar y mejorar servicios, por seguridad, para integrar experiencias entre productos de Meta, para personalizar funciones y contenido y para mostrar ofertas y anuncios relevantes. WhatsApp no dice que se use tu número en concreto para anuncios, y dice que no vende ni da números a anunciantes.',
        EU,
        IN,
        LE,
      ],
      retention: 'Se conserva mientras exista tu cuenta. La eliminación tarda hasta 90 días; las copias de seguridad pueden conservar copias más tiempo y algunos datos pueden guardarse por motivos legales.',
      retentionHint: 'Mientras exista tu cuenta; eliminarla tarda hasta 90 días y las copias de seguridad pueden durar más',
      controls: [{ exceptions: ['Ningún ajuste oculta tu número a las personas con las que chateas.'] }],
      controlHint: 'Sin ajuste: tu número es visible en cada chat',
      caveats: [
        'Los nombres de usuario, que se muestran en lugar de tu número, se están implantando gradualmente desde 2026. Los canales ya ocultan tu número a los demás seguidores.',
        'El hash protege mal los números de teléfono: hay pocos números posibles, así que los hashes se revierten rápido.',
        'En 2025 unos investigadores pudieron comprobar más de 100 millones de números por hora en WhatsApp antes de que Meta endureciera los límites.',
      ],
    },
    'group-participants': {
      title: 'Participantes del grupo',
      summary: 'Los miembros del grupo ven el número de cada participante, aunque no lo tengan guardado. Tu ajuste de Grupos limita quién puede añadirte.',
      generated: [
        'Tu número no se puede ocultar en los chats, así que los miembros de un grupo en el que estás pueden verlo.',
        'WhatsApp recopila los nombres, fotos y descripciones de los grupos como datos de uso.',
      ],
      audience: [
        { detail: 'ven tu número y, según tus ajustes, tu foto y tu Info.' },
        { detail: 'conocen los nombres, fotos y descripciones de los grupos' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp los registros de pertenencia a grupos.',
      retentionHint: 'Desconocido: las fuentes revisadas no dicen cuánto guarda WhatsApp la pertenencia a grupos',
      controls: [
        {
          path: 'Ajustes › Privacidad › Grupos',
          options: ['Todos', 'Mis contactos', 'Mis contactos, excepto…'],
          exceptions: ['El mismo ajuste se aplica a las comunidades.', 'Salir sin avisar: desde 2022 solo se avisa a los administradores cuando sales.'],
        },
      ],
      controlHint: 'Ajustes › Privacidad › Grupos (quién puede añadirte)',
      caveats: ['Que los miembros vean números no guardados se deduce de que los números no se pueden ocultar; el caso de los grupos solo consta de segunda mano.'],
    },
    'message-info': {
      title: 'Info. del mensaje',
      summary: 'La Info. del mensaje muestra al remitente exactamente cuándo se entregó, leyó o reprodujo cada mensaje, por miembro en los grupos.',
      generated: [
        'Para un mensaje enviado, la Info. del mensaje indica cuándo se entregó, se leyó y, en los mensajes de voz, se reprodujo; en grupos, por miembro, y las entradas se mantienen si un miembro sale.',
      ],
      audience: [
        { condition: 'lectura solo si ambos tienen las confirmaciones activadas', detail: 'el remitente ve cuándo te llegó y cuándo lo leíste' },
        { condition: 'solo el remitente de cada mensaje', detail: 've las horas de entrega y lectura de cada miembro' },
        { detail: 'transmiten las confirmaciones' },
      ],
      sharing: [NOT_LISTED],
      retention: UNKNOWN_RECEIPTS,
      retentionHint: UNKNOWN_RECEIPTS_HINT,
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['En los grupos se siguen mostrando las horas de lectura.', 'Las horas de entrega siempre se muestran.'],
          reciprocity: RECIPROCAL_READ,
        },
      ],
      controlHint: 'Las confirmaciones de lectura desactivadas ocultan las horas de lectura (no en grupos)',
      caveats: ['Tras una edición, las confirmaciones de lectura vuelven a empezar: el remitente sabe quién vio la nueva versión.'],
    },
    'disappearing-messages': {
      title: 'Mensajes temporales',
      summary: 'Con la duración activada, los mensajes nuevos desaparecen a las 24 horas, 7 o 90 días, pero quedan copias en avisos, reenvíos, citas y copias de seguridad.',
      generated: [
        'Con la duración activada, los mensajes nuevos desaparecen 24 horas, 7 días o 90 días después de enviarse; se puede conservar un mensaje.',
        'En los chats individuales cualquiera de los dos puede cambiar la duración; en los grupos, cualquier miembro, salvo que los administradores se lo reserven.',
      ],
      audience: [
        { detail: 'puede cambiar la duración, conservar o reenviar mensajes' },
        { condition: 'salvo que los administradores se lo reserven', detail: 'pueden cambiar la duración' },
        { condition: 'cifrados, solo hasta la entrega', detail: 'normalmente tampoco guardan los mensajes entregados' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Se quitan de los chats al terminar la duración; los mensajes conservados permanecen, y una copia de seguridad hecha antes los contiene hasta que se restaura.',
      retentionHint: 'Se quitan de los chats al terminar la duración, salvo los conservados; una copia hecha antes aún los tiene',
      controls: [
        {
          path: 'Ajustes › Privacidad › Duración predeterminada',
          options: ['Desactivada', '24 horas', '7 días', '90 días'],
          exceptions: ['La duración predeterminada se aplica a los chats nuevos; cada chat tiene la suya.', 'Cambiarla solo afecta a los mensajes enviados después.'],
        },
      ],
      controlHint: 'Ajustes › Privacidad › Duración predeterminada',
      caveats: [
        'Las vistas previas de notificaciones, los reenvíos a chats sin duración y las citas en respuestas pueden sobrevivir al mensaje.',
        'Las copias de la página de ayuda no coinciden sobre las copias de seguridad, y en algunos países los mensajes de pagos y pedidos no pueden desaparecer.',
      ],
    },
    'view-once': {
      title: 'Ver una vez',
      summary: 'Fotos, videos y mensajes de voz de ver una vez: se abren una vez y no se pueden reenviar ni guardar, pero pueden quedar cifrados en los servidores semanas.',
      generated: [
        'El destinatario no puede reenviar, guardar, destacar ni compartir una foto, un video o un mensaje de voz de ver una vez, y caduca si nadie lo abre en 14 días.',
        'El estado «Abierto» solo llega al remitente si el destinatario tiene activadas las confirmaciones de lectura.',
        'Los destinatarios no pueden hacer capturas de pantalla de los archivos de ver una vez, pero sí fotografiarlos con otro dispositivo; en Android, los mensajes de voz de ver una vez pueden grabarse con la grabadora de pantalla del propio teléfono.',
      ],
      audience: [
        { detail: 'puede abrirlo una vez o fotografiarlo con otro dispositivo' },
        { condition: 'archivo cifrado, quizá algunas semanas', detail: 'pueden guardarlo tras el envío' },
      ],
      sharing: ['Si el destinatario denuncia un archivo o mensaje de voz de ver una vez, se envía a WhatsApp.'],
      retention: 'El archivo cifrado puede quedar en los servidores de WhatsApp algunas semanas tras el envío; una copia de seguridad solo lo restaura si nunca se abrió.',
      retentionHint: 'El archivo cifrado puede quedar algunas semanas en los servidores de WhatsApp tras el envío',
      controls: [{ exceptions: ['Se elige por foto, video o mensaje de voz al enviarlo.'] }],
      controlHint: 'Elige ver una vez al enviar una foto, un video o un mensaje de voz',
      caveats: ['El bloqueo de capturas se anunció en agosto de 2022; antes se podían hacer capturas sin aviso. Los mensajes de voz de ver una vez llegaron en diciembre de 2023.'],
    },
    'encryption-notice': {
      title: 'Aviso de cifrado de extremo a extremo',
      summary: 'El cifrado oculta lo que dices, no los metadatos: WhatsApp sigue viendo quién habla con quién y cuándo, y recopila datos de uso y del dispositivo.',
      generated: [
        'Los mensajes y llamadas personales están cifrados de extremo a extremo: solo las personas del chat pueden leerlos o escucharlos, ni siquiera WhatsApp.',
        'WhatsApp sigue recopilando datos de uso (momento, frecuencia y duración de la actividad) y datos del dispositivo y la conexión, como la dirección IP.',
        'Para entregar los mensajes, los servidores de WhatsApp ven quién envía a quién. WhatsApp dice que normalmente no lo registra, pero con un requerimiento legal de EE. UU. (una orden «pen register») se le puede obligar a registrar remitente y destinatario desde entonces (según la prensa).',
      ],
      audience: [
        { condition: 'solo metadatos, no el contenido', detail: 'ven quién habla con quién y cuándo, y datos del dispositivo' },
        { condition: 'con un requerimiento legal de EE. UU.', detail: 'pueden obtener registros de la cuenta y datos de envío futuros, no el contenido' },
      ],
      sharing: [META, EU, IN, LE],
      retention: 'Los mensajes entregados normalmente no se guardan en los servidores; los no entregados se eliminan como máximo a los 30 días. Los archivos reenviados pueden guardarse más tiempo, cifrados.',
      retentionHint: 'Entregados: normalmente no se guardan; no entregados: 30 días como máximo; lo reenviado puede durar más',
      controls: [
        {
          exceptions: [
            'El cifrado de extremo a extremo está activado automáticamente en los chats personales; no hay ningún ajuste para desactivarlo.',
            'Si cambia el estado de cifrado de un chat, se indica en el propio chat.',
          ],
        },
        {
          path: 'Ajustes › Chats › Copia de seguridad › Copia de seguridad cifrada de extremo a extremo',
          options: ON_OFF,
          exceptions: ['Desactivada por defecto.'],
        },
      ],
      controlHint: 'Activado por defecto; comprueba que las copias en la nube también estén cifradas',
      caveats: [
        'Las copias de seguridad en Google Drive o iCloud solo están cifradas de extremo a extremo si lo activas, y una copia completa del iPhone en iCloud también guarda una copia sin cifrar de tus chats.',
        'WhatsApp dice que el contenido de los mensajes puede estar en la copia de seguridad en la nube del usuario; una guía del FBI de 2021, según se informó, dice que los datos de iCloud de usuarios de iPhone pueden incluir contenido de WhatsApp.',
      ],
    },
    'business-chat-notice': {
      title: 'Aviso de chat con empresa',
      summary: 'Esta empresa puede usar a Meta u otras empresas para gestionar el chat; entonces ellas, no solo la empresa, tratan tus mensajes.',
      generated: [
        'El aviso indica cómo gestiona la empresa los mensajes: trabaja con otras empresas, usa un servicio seguro de Meta o el chat está cifrado de extremo a extremo hasta ella.',
        'Si una empresa hace que Meta aloje su mensajería, WhatsApp deja de considerar el chat cifrado de extremo a extremo hasta la empresa.',
        'Desde que la API autoalojada se retiró en octubre de 2025, los chats con el aviso «trabaja con otras empresas» también pasan por la Cloud API de Meta.',
        'Tus estados de entrega y lectura llegan a los sistemas de la empresa casi en tiempo real.',
      ],
      audience: [
        { detail: 'leen y guardan tus mensajes; su personal o proveedores pueden responder' },
        { condition: 'si la empresa usa la Cloud API de Meta', detail: 'Meta aloja los mensajes' },
        { detail: 'transmiten mensajes y estados' },
      ],
      sharing: [BIZ, META],
      retention: 'Si la empresa usa la Cloud API de Meta, el contenido se guarda en reposo hasta 30 días por defecto, menos con No Storage. La empresa conserva sus propias copias el tiempo que diga su política.',
      retentionHint: 'En la Cloud API de Meta: en reposo hasta 30 días por defecto; la empresa guarda copias según su política',
      controls: [BLOCK],
      controlHint: 'Bloquea o denuncia a la empresa si no quieres sus mensajes',
      caveats: ['Meta dice que tus chats con empresas no se usan automáticamente para elegir tus anuncios, pero la propia empresa puede usarlos para sus anuncios.'],
    },
    'privacy-setting': {
      title: 'Ajustes de privacidad',
      summary: 'Estos ajustes deciden quién ve tu hora de últ. vez, estado en línea, foto, Info. y estado, quién puede contactarte y si envías confirmaciones de lectura.',
      generated: [
        'La política de WhatsApp incluye tus ajustes entre los datos de uso que recopila.',
        'Las opciones abarcan hora de últ. vez y en línea, foto del perfil, Info., estado, confirmaciones de lectura, grupos, llamadas y la duración predeterminada.',
        'Llamadas › Silenciar llamadas de números desconocidos: las llamadas de números que no tienes guardados no suenan, pero siguen apareciendo en la lista de llamadas y en las notificaciones.',
        'Avanzado › Proteger la dirección IP en las llamadas: si no, las llamadas individuales pueden conectarse directamente, y cada lado ve la dirección IP del otro; activado, pasan por los servidores de WhatsApp. Las llamadas grupales siempre lo hacen.',
        'Avanzado › Bloquear mensajes de cuentas desconocidas limita las avalanchas de mensajes de cuentas que no conoces.',
      ],
      audience: [
        { detail: 'guardan tus elecciones' },
        { detail: 'notan el efecto, p. ej., sin tics azules ni hora de últ. vez' },
      ],
      sharing: [NOT_LISTED],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp un historial de tus ajustes.',
      retentionHint: 'Desconocido: las fuentes revisadas no dicen cuánto guarda WhatsApp un historial de tus ajustes',
      controls: [
        {
          path: 'Ajustes › Privacidad',
          options: ['Hora de últ. vez y en línea', 'Foto del perfil', 'Info.', 'Estado', 'Confirmaciones de lectura', 'Grupos', 'Llamadas', 'Duración predeterminada', 'Avanzado'],
          exceptions: [
            'Las confirmaciones de lectura siempre se envían en los grupos.',
            'Las confirmaciones de entrega no tienen ajuste, y no se encontró ninguno para el indicador de escritura.',
            'Tu número de teléfono no se puede ocultar.',
          ],
          reciprocity: 'Ocultar tu hora de últ. vez, tu estado en línea o tus confirmaciones de lectura (salvo en grupos) también te oculta los de los demás.',
        },
      ],
      controlHint: 'Revisa Ajustes › Privacidad',
      caveats: ['Estos ajustes han cambiado: «Todos» en la hora de últ. vez se restringió en diciembre de 2021; el estado en línea se puede ocultar desde agosto de 2022.'],
    },
    'live-location': {
      title: 'Ubicación en tiempo real',
      summary: 'La ubicación en tiempo real comparte una posición en directo durante un tiempo elegido. Está cifrada de extremo a extremo y WhatsApp Web no la muestra.',
      generated: [
        'Tu teléfono envía posiciones actualizadas al chat durante 15 minutos, 1 hora u 8 horas, hasta que dejas de compartir.',
        'La ubicación en tiempo real está cifrada de extremo a extremo: solo la ven las personas con quienes la compartes.',
        'Los dispositivos vinculados, incluido WhatsApp Web, no pueden ver la ubicación en tiempo real.',
        'WhatsApp estima tu ciudad y país a partir de tu IP y del prefijo de tu número, incluso sin usar funciones de ubicación.',
      ],
      audience: [
        { condition: 'mientras dure', detail: 've dónde estás; después sigue viendo tu punto de partida y la última actualización' },
        { condition: 'en un chat de grupo, mientras dure', detail: 'todos los miembros la ven' },
        { condition: 'cifrada de extremo a extremo: WhatsApp dice que no la ve', detail: 'la transmiten' },
      ],
      sharing: ['WhatsApp dice que no puede ver las ubicaciones compartidas en los chats y, por eso, no las comparte con Meta.'],
      retention: 'Al terminar, las personas del chat siguen viendo la ubicación inicial como imagen fija y pueden abrir la última actualizada. No se encontró un plazo de conservación en los servidores; WhatsApp dice que no puede ver las ubicaciones compartidas.',
      retentionHint: 'Desconocido en los servidores (WhatsApp dice que no la ve); el chat guarda el punto inicial y la última',
      controls: [{ exceptions: ['Deja de compartir desde el chat en cualquier momento (en el teléfono).'] }],
      controlHint: 'Deja de compartir en el chat desde tu teléfono',
      caveats: ['Las opciones de 15 minutos, 1 hora y 8 horas proceden de la cobertura del lanzamiento (2017), no de una página de ayuda actual.'],
    },
    'business-message-status': {
      title: 'Estado del mensaje (vista de empresa)',
      summary: 'La empresa ve por cliente cuándo se envió, entregó y leyó cada mensaje, enviado a sus sistemas por webhook casi en tiempo real.',
      generated: [
        'Meta envía a la empresa un webhook de estado por cada mensaje del que puede informar: enviado, entregado, leído, fallido y mensaje de voz reproducido.',
        '«Leído» significa que el mensaje se mostró en la app del cliente; el estado de entregado puede omitirse cuando ambos ocurren a la vez.',
        '«Leído» solo puede notificarse cuando la app del cliente envía una confirmación de lectura, así que probablemente depende del ajuste del cliente (deducido; la documentación de webhooks de Meta no lo dice).',
      ],
      audience: [
        { detail: 'la empresa y cualquier proveedor (BSP, CRM) que reciba sus webhooks' },
        { detail: 'Meta genera los estados en la Cloud API' },
        { detail: 'la app del cliente los genera; el cliente solo ve sus propios tics' },
      ],
      sharing: [BIZ],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda Meta los eventos de estado; las empresas y proveedores los conservan según sus propias políticas.',
      retentionHint: 'Desconocido para Meta (las fuentes revisadas no lo dicen); la empresa y proveedores siguen sus políticas',
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['Ajuste del cliente; su efecto en los estados de «leído» enviados a empresas es deducido.', 'Los clientes no pueden desactivar las confirmaciones de entrega.'],
        },
        BLOCK,
      ],
      controlHint: 'Clientes: desactivar las confirmaciones de lectura probablemente limita los estados de «leído» (deducido)',
      caveats: ['Que desactivar las confirmaciones de lectura impida los estados de «leído» a las empresas se deduce de cómo funciona el ajuste; la documentación de webhooks de Meta no lo dice.'],
    },
    'business-analytics': {
      title: 'Analíticas de mensajería',
      summary: 'Los paneles cuentan mensajes enviados, entregados y leídos y clics en enlaces; con el píxel de Meta o la API de conversiones, también compras.',
      generated: [
        'WhatsApp Manager y la API muestran cuántos mensajes se enviaron, entregaron y leyeron, cuánto se gastó y cuántos enlaces se pulsaron.',
        'Si están conectados el píxel de Meta o la API de conversiones, también cuentan conversiones de compra: artículos añadidos al carrito, pagos iniciados, compras.',
      ],
      audience: [
        { detail: 'ven las métricas en paneles y mediante la API' },
        { detail: 'calculan las métricas y reciben los eventos de conversión' },
      ],
      sharing: ['Con el píxel de Meta o la API de conversiones conectados, los eventos de tienda (añadir al carrito, pago, compra) se notifican a Meta como conversiones de mensajes de marketing.'],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda Meta estas métricas.',
      retentionHint: 'Desconocido: las fuentes revisadas no dicen cuánto guarda Meta estas métricas',
      controls: [
        { exceptions: ['Los clientes no tienen ajuste para estos recuentos; desactivar las confirmaciones de lectura probablemente reduce los recuentos de lectura (deducido).'] },
        BLOCK,
      ],
      controlHint: 'Clientes: no hay exclusión de estos recuentos',
      caveats: ['Desde el 8 de septiembre de 2025 las métricas de conversión ya no se muestran en el Administrador de anuncios.'],
    },
    'business-phone-quality': {
      title: 'Calificación de calidad',
      summary: 'La calificación de calidad de las plantillas refleja las reacciones de los clientes (bloqueos, denuncias, lecturas); si es baja, pueden pausarse o desactivarse.',
      generated: [
        'Meta califica cada plantilla como VERDE, AMARILLA, ROJA o DESCONOCIDA según su uso, la frecuencia con que los clientes la bloquean o denuncian y señales de interacción como la proporción de mensajes leídos.',
        'Los límites de mensajería restringen a cuántos clientes puede escribir una empresa fuera de la ventana de atención de 24 horas por día móvil: 250, luego 2.000, 10.000, 100.000 o ilimitado.',
      ],
      audience: [
        { detail: 'ven la calificación' },
        { detail: 'la calculan a partir de los comentarios de los clientes' },
      ],
      sharing: ['Los bloqueos, denuncias y el comportamiento de lectura de los clientes alimentan las calificaciones de Meta de las plantillas de la empresa.'],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo se guardan las señales de opinión.',
      retentionHint: 'Desconocido: las fuentes revisadas no dicen cuánto se guardan las señales de opinión',
      controls: [BLOCK],
      controlHint: 'Clientes: los bloqueos y denuncias pueden bajar la calificación',
      caveats: [
        'Las calificaciones bajas pueden llevar a Meta a ralentizar, pausar o desactivar plantillas.',
        'La calificación documentada es por plantilla; los detalles de las calificaciones por número no estaban en las fuentes revisadas.',
      ],
    },
    'business-template': {
      title: 'Plantilla de mensaje',
      summary: 'Fuera de la ventana de 24 horas, las empresas escriben con plantillas a clientes que dieron su consentimiento; Meta mide lecturas y clics y las califica.',
      generated: [
        'Una empresa solo puede escribir primero a alguien que le dio su número y aceptó recibir mensajes de esa empresa.',
        'Fuera de la ventana de atención de 24 horas, los mensajes que inicia la empresa usan plantillas, con los límites de mensajería.',
        'Las plantillas de marketing también tienen límites por cliente: WhatsApp puede no entregar una a quien ya recibió cierta cantidad de mensajes de marketing.',
        'Para sus mensajes de marketing, la empresa ve cuántos se enviaron, entregaron y leyeron y cuántos enlaces se pulsaron.',
      ],
      audience: [
        { detail: 'ven recuentos por plantilla' },
        { detail: 'califican la calidad de cada plantilla' },
      ],
      sharing: ['Cómo reaccionan los clientes a una plantilla (lecturas, bloqueos, denuncias) alimenta su calificación de calidad.'],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo se guardan las métricas de las plantillas.',
      retentionHint: 'Desconocido: las fuentes revisadas no dicen cuánto se guardan las métricas de plantillas',
      controls: [BLOCK],
      controlHint: 'Clientes: bloquea o denuncia las plantillas no deseadas',
      caveats: [
        'Las plantillas con calificación baja pueden ralentizarse, pausarse o desactivarse.',
        'Los límites de marketing por cliente solo se leyeron citados en la documentación de proveedores, y los umbrales no aparecen en las fuentes revisadas.',
      ],
    },
    'customer-phone-number': {
      title: 'Número del cliente',
      summary: 'La empresa normalmente ve el número y el nombre de perfil de cada cliente y puede usar los chats para su marketing, incluidos anuncios en Meta.',
      generated: [
        'Los mensajes y los webhooks de estado identifican al cliente, normalmente por su número; los mensajes entrantes también llevan su nombre de perfil.',
        'Desde abril de 2026 los webhooks también llevan un ID de usuario por empresa, un identificador del cliente distinto para cada empresa.',
        'La empresa puede usar los chats para su propio marketing, incluida la publicidad en Meta.',
      ],
      audience: [
        { detail: 'guardan el número y el nombre con el historial del chat' },
        { detail: 'WhatsApp comparte cómo interactúas con empresas' },
      ],
      sharing: [BIZ, META],
      retention: 'Desconocido: lo determina la propia política de privacidad de la empresa.',
      retentionHint: 'Desconocido: lo decide la propia política de privacidad de la empresa',
      controls: [{ exceptions: ['Los clientes no pueden ocultar su número a una empresa con la que chatean.'] }, BLOCK],
      controlHint: 'Clientes: tu número es visible para la empresa',
      caveats: ['Los nombres de usuario se están implantando gradualmente desde 2026; quien adopte uno puede aparecer ante las empresas con su nombre de usuario y un ID por empresa en lugar de su número.'],
    },
    'webhook-config': {
      title: 'Configuración de webhooks',
      summary: 'Los webhooks envían cada mensaje de cliente y cada estado de entrega o lectura, con datos de precio, a la URL que la empresa indica aquí.',
      generated: [
        'Los webhooks suscritos entregan los mensajes entrantes y los estados (enviado, entregado, leído, fallido, reproducido) al endpoint configurado.',
        'Los webhooks de estado también llevan información de precio y de conversación de cada mensaje.',
        'Los mensajes van cifrados en tránsito hasta donde la empresa los haga entregar; a partir de ahí se aplican las prácticas de la empresa y sus proveedores.',
      ],
      audience: [
        { detail: 'quien gestione el endpoint: la empresa o un proveedor que eligió' },
        { detail: 'Meta envía los webhooks desde la Cloud API' },
      ],
      sharing: [BIZ],
      retention: 'Por defecto, la Cloud API guarda el contenido en reposo hasta 30 días. «Local storage» lo guarda en reposo en un país que elige la empresa (en uso en otro lugar hasta 60 minutos); «No Storage» mantiene los datos en tránsito como máximo 1 hora, y los archivos durante un tiempo fijado entre 1 hora y 30 días.',
      retentionHint: 'Cloud API: en reposo hasta 30 días por defecto; No Storage: máx. 1 hora en tránsito, archivos un tiempo fijo',
      controls: [
        {
          options: ['Por defecto (hasta 30 días)', 'Local storage', 'No Storage'],
          exceptions: ['Lo elige la empresa; los clientes no pueden elegir.'],
        },
      ],
      controlHint: 'Empresa: No Storage o Local storage limitan la conservación',
      caveats: ['La On-Premises API autoalojada se retiró en octubre de 2025, así que el tráfico de la API pasa ahora por la Cloud API de Meta.'],
    },
  },
}
