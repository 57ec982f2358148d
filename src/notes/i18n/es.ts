import type { ControlTranslation, Translation } from './types'

// Spanish. Setting paths use WhatsApp's Spanish names only where known with confidence;
// otherwise the English path is kept.

const META =
  'WhatsApp dice que comparte algunos datos con otras empresas de Meta (p. ej., tu número, datos del dispositivo, dirección IP, cómo interactúas con empresas), pero no tus contactos ni las ubicaciones compartidas, y que no guarda registros de quién escribe a quién.'
const EU =
  'En la Región Europea, tu responsable de datos es WhatsApp Ireland (en el Reino Unido esto puede haber cambiado). En 2021 Facebook dijo que los datos de usuarios europeos no se compartían para que Meta mejorara sus productos o anuncios, aunque la política europea enumera esos fines.'
const IN =
  'El regulador de competencia de la India multó a Meta por la política de 2021 y prohibió compartir datos con Meta para anuncios durante cinco años. En nov. de 2025 un tribunal de apelación mantuvo la multa y las directrices de transparencia y exclusión voluntaria, pero anuló la prohibición; Meta recurrió al Tribunal Supremo.'
const LE =
  'Ante requerimientos legales de EE. UU., WhatsApp puede entregar registros de la cuenta, como la fecha de última vez y la IP (citación) y números bloqueados (orden judicial); dice que no puede entregar el contenido de los mensajes.'
const BIZ =
  'Cuando los mensajes llegan a la empresa, se aplican sus propias prácticas de privacidad: su personal o proveedores pueden leerlos y puede usarlos para su marketing, incluidos anuncios en Meta.'
const UNKNOWN_RECEIPTS =
  'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp los eventos de confirmación en sus servidores. Las horas quedan en la Info. del mensaje del remitente.'
const ON_OFF = ['Activado', 'Desactivado']
const AUDIENCE_4 = ['Todos', 'Mis contactos', 'Mis contactos, excepto…', 'Nadie']
const READ_PATH = 'Ajustes › Privacidad › Confirmaciones de lectura'
const RECIPROCAL_READ = 'Si desactivas las tuyas, tampoco verás las confirmaciones de lectura de los demás (salvo en grupos).'
const BLOCK: ControlTranslation = {
  exceptions: ['Los clientes pueden bloquear o denunciar a la empresa; los bloqueos y denuncias están entre las señales de la calificación de calidad de sus plantillas.'],
}
const DELETE_90 = 'Desconocido para versiones anteriores. Eliminar la cuenta tarda hasta 90 días, y las copias de seguridad pueden conservar datos más tiempo.'

export const es: Translation = {
  audience: {
    'other-person': 'La otra persona',
    'group-members': 'Miembros del grupo',
    'your-contacts': 'Tus contactos',
    'anyone-with-number': 'Cualquiera con tu número',
    'whatsapp-servers': 'Servidores de WhatsApp',
    'meta-companies': 'Otras empresas de Meta',
    'business-and-vendors': 'La empresa y sus proveedores',
    authorities: 'Autoridades (con requerimiento legal)',
  },
  region: {
    all: 'En todas partes',
    'european-region': 'Región Europea',
    india: 'India',
    elsewhere: 'Fuera de la Región Europea',
  },
  context: {
    'reciprocal-read-receipts': {
      title: 'Los tics azules indican que las tuyas también estaban activadas',
      text: 'En los chats individuales las confirmaciones de lectura son recíprocas: solo ves tics azules mientras tus propias confirmaciones están activadas. Así que las tuyas lo estaban cuando se leyeron estos mensajes, y esta persona ve cuándo lees los suyos, salvo que las hayas desactivado desde entonces (Ajustes › Privacidad › Confirmaciones de lectura).',
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
      text: 'Cada uno de tus dispositivos confirma cada mensaje que recibe. Ningún ajuste lo impide, y una investigación mostró que su temporización puede revelar tu actividad a cualquiera con tu número.',
    },
    'typing-no-setting': {
      title: 'Ningún ajuste oculta «escribiendo…»',
      text: 'Quien tenga este chat abierto y esté en línea ve cuándo escribes; no se encontró ningún ajuste para desactivar el indicador.',
    },
    'status-viewers-mutual': {
      title: 'La lista de vistas requiere confirmaciones en ambos lados',
      text: 'Solo ves quién vio tu estado mientras tus propias confirmaciones de lectura están activadas, y quien lo vio con las suyas desactivadas nunca aparece.',
    },
    'group-numbers-visible': {
      title: 'Los miembros pueden ver tu número',
      text: 'Tu número no se puede ocultar en los chats comunes, así que los miembros de este grupo por lo general pueden verlo, incluso quienes no lo tienen guardado.',
    },
    'live-location-linked-device': {
      title: 'La ubicación en tiempo real no se muestra en la web',
      text: 'Los dispositivos vinculados, como WhatsApp Web, no pueden ver la ubicación en tiempo real; las personas del chat la ven en su teléfono mientras dure.',
    },
    'business-chat-hosting': {
      title: 'Quién gestiona este chat de empresa',
      text: 'Revisa el aviso del chat. Si dice que la empresa usa un servicio seguro de Meta, Meta aloja el chat por ella, WhatsApp no lo considera cifrado de extremo a extremo hasta la empresa y, por defecto, el contenido se guarda hasta 30 días.',
    },
    'business-status-webhooks': {
      title: 'Horas de entrega y lectura por cliente',
      text: 'Esto muestra, por cliente, cuándo se entregaron y leyeron los mensajes. Meta envía estos estados al webhook de la empresa, y a cualquier proveedor detrás, casi en tiempo real.',
    },
  },
  notes: {
    'read-receipt': {
      title: 'Confirmación de lectura (tics azules)',
      summary: 'Tics azules: el destinatario leyó tu mensaje. Tu app envía la misma señal cuando lees; puedes desactivarlo, salvo en grupos.',
      generated: [
        'Cuando el destinatario abre el chat, su dispositivo informa que el mensaje se leyó (en chats individuales, solo si ambos tienen activadas las confirmaciones de lectura): los tics se vuelven azules y la Info. del mensaje del remitente muestra la hora.',
        'Los mensajes de voz tienen una confirmación aparte de «reproducido», y editar un mensaje restablece sus confirmaciones de lectura.',
        'En un grupo los tics se vuelven azules solo cuando todos los miembros lo han leído; la Info. del mensaje muestra a cada miembro.',
      ],
      audience: [
        'solo si ambos tienen activadas las confirmaciones de lectura',
        'en grupos el remitente ve tu hora de lectura, sea cual sea tu ajuste',
        'transmiten cada confirmación',
        'en chats con empresas, los estados «leído» llegan a sus sistemas',
      ],
      sharing: [META],
      retention: UNKNOWN_RECEIPTS,
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: [
            'Siempre se envían en chats de grupo',
            'Las confirmaciones de reproducción de mensajes de voz se siguen enviando',
            'No detiene las confirmaciones de entrega (tics grises)',
          ],
          reciprocity: RECIPROCAL_READ,
        },
      ],
      controlHint: 'Ajustes › Privacidad › Confirmaciones de lectura (no en grupos)',
      caveats: ['La excepción de los mensajes de voz procede de una página de ayuda de iPhone leída solo en una copia no inglesa.'],
    },
    'delivery-receipt': {
      title: 'Confirmación de entrega (dos tics grises)',
      summary: 'Dos tics grises: un dispositivo del destinatario tiene tu mensaje. Tus dispositivos también envían estas confirmaciones, siempre: ningún ajuste las desactiva.',
      generated: [
        'El segundo tic aparece cuando el teléfono del destinatario o uno de sus dispositivos vinculados recibe el mensaje, aunque el teléfono esté apagado.',
        'La Info. del mensaje del remitente muestra la hora exacta de entrega; en grupos, por miembro.',
        'Una investigación mostró que temporizar confirmaciones de entrega silenciosas puede revelar actividad de pantalla y app, número de dispositivos y rutina diaria, solo con el número.',
      ],
      audience: [
        've cuándo te llegó cada mensaje',
        'el remitente ve la hora de entrega de cada miembro',
        'puede provocar y medir confirmaciones silenciosas (investigación)',
        'transmiten cada confirmación',
      ],
      sharing: [META],
      retention: UNKNOWN_RECEIPTS,
      controls: [
        { exceptions: ['Ningún ajuste desactiva las confirmaciones de entrega; el interruptor de lectura solo afecta a los tics azules.'] },
        {
          path: 'Settings › Privacy › Advanced › Block unknown account messages',
          options: ON_OFF,
          exceptions: ['Solo limita avalanchas de mensajes de cuentas desconocidas; no detiene las confirmaciones de entrega.'],
        },
      ],
      controlHint: 'Sin ajuste: las confirmaciones de entrega siempre se envían',
      caveats: [
        'La ayuda de WhatsApp solo describe un interruptor de lectura; que la entrega no se pueda desactivar lo muestra la investigación (Careless Whisper, 2024).',
      ],
    },
    'sent-receipt': {
      title: 'Enviado (un tic gris)',
      summary: 'Un tic gris: el mensaje salió de tu dispositivo y llegó a WhatsApp, pero ningún dispositivo del destinatario lo ha recibido aún.',
      generated: [
        'Un solo tic significa que el mensaje se envió; pasa a dos tics cuando un dispositivo del destinatario lo recibe.',
        'Hasta la entrega, el mensaje espera cifrado en los servidores de WhatsApp.',
      ],
      audience: [
        'recibe el mensaje cuando uno de sus dispositivos se conecta',
        'guardan el mensaje cifrado hasta la entrega',
        'una orden «pen register» de EE. UU. puede revelar quién escribe a quién, de ahí en adelante',
      ],
      sharing: [META, LE],
      retention: 'Los mensajes no entregados permanecen cifrados en los servidores de WhatsApp hasta 30 días mientras se reintenta la entrega, y luego se eliminan.',
      controls: [{ exceptions: ['Ningún ajuste controla este estado.'] }],
      controlHint: 'Sin ajuste: este estado siempre aparece',
      caveats: [
        'WhatsApp dice que no guarda registros habituales de quién escribe a quién, pero una guía del FBI de 2021 indica que una orden «pen register» da el origen y destino de cada mensaje cada 15 minutos aprox.',
      ],
    },
    pending: {
      title: 'Pendiente (reloj)',
      summary: 'El reloj indica que el mensaje aún no ha salido de tu dispositivo. Si lo borras ahora, el destinatario nunca lo recibirá.',
      generated: [
        'El reloj aparece cuando tu dispositivo no tiene conexión o WhatsApp tiene un problema de servicio; aún no ha llegado nada a los servidores.',
        'Si borras el mensaje mientras se ve el reloj, nunca llega al destinatario.',
      ],
      audience: ['no ve nada hasta que se envía el mensaje', 'reciben el mensaje solo cuando se envía'],
      sharing: ['Aún no se comparte nada: el mensaje sigue solo en tu dispositivo.'],
      retention: 'Permanece en tu dispositivo hasta que se envía o lo borras.',
      controls: [{ exceptions: ['Borra el mensaje antes de que se envíe para detenerlo.'] }],
      controlHint: 'Bórralo antes de que se envíe para detenerlo',
      caveats: [
        'No se encontró una página oficial sobre el reloj; esta nota se basa en prensa, y algunos sitios de trucos lo explican mal.',
      ],
    },
    'last-seen': {
      title: 'Última vez',
      summary: 'Muestra cuándo usó WhatsApp esta persona por última vez. Tu ajuste decide quién ve la tuya, y si la ocultas no verás la de otros.',
      generated: [
        'Tu app informa cuándo estuviste activo por última vez; la política de WhatsApp incluye tu «última vez» entre los datos de uso que recopila.',
        '«Última vez» es la última vez que alguien usó WhatsApp, no prueba de que haya leído tu mensaje.',
      ],
      audience: [
        'por defecto en algunas versiones de la app',
        'solo si han chateado o guardó tu número, incluso con «Todos»',
        'la recopilan como datos de uso',
        'la fecha de última vez es un registro básico ante una citación de EE. UU.',
      ],
      sharing: [META, EU, IN, LE],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp el historial de «última vez».',
      controls: [
        {
          path: 'Settings › Privacy › Last seen and online',
          options: AUDIENCE_4,
          exceptions: ['Incluso «Todos» solo abarca a quienes has escrito o llamado, o que han guardado tu número.'],
          reciprocity: 'Si no compartes tu última vez, no puedes ver la de los demás.',
        },
      ],
      controlHint: 'Settings › Privacy › Last seen and online',
      caveats: [
        'Antes de diciembre de 2021, «Todos» significaba cualquier usuario de WhatsApp; apps rastreadoras lo usaban para registrar la actividad de desconocidos.',
        'Las variantes de la ayuda no coinciden en el valor por defecto (contactos o todos); revisa tu propio ajuste.',
      ],
    },
    'online-presence': {
      title: 'En línea',
      summary: '«En línea» significa que WhatsApp está abierto en primer plano y conectado en su dispositivo ahora mismo. Desde 2022 puedes ocultar el tuyo.',
      generated: [
        'Mientras la app está abierta y conectada te muestra en línea; la política de WhatsApp incluye si estás en línea entre los datos de uso.',
        'Estar en línea no significa que la persona haya leído tu mensaje.',
      ],
      audience: [
        'si tu ajuste lo permite y han chateado o guardó tu número',
        'lo recopilan como datos de uso',
        'la actividad aún puede deducirse de la temporización de las confirmaciones de entrega (investigación)',
      ],
      sharing: [META, EU],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp el historial de conexión.',
      controls: [
        {
          path: 'Settings › Privacy › Last seen and online',
          options: ['Todos', 'Igual que la última vez'],
          exceptions: ['Solo pueden verlo quienes han chateado contigo o han guardado tu número.'],
          reciprocity: 'Si ocultas tu estado en línea, no puedes ver el de los demás.',
        },
      ],
      controlHint: 'Settings › Privacy › Last seen and online (en línea: «Todos» o «Igual que la última vez»)',
      caveats: [
        'Hasta agosto de 2022 nadie podía ocultar que estaba en línea; el control se anunció ese mes.',
        'Investigadores registraron durante meses la conexión de desconocidos (2013–14); ocultar «en línea» no impide medir las confirmaciones de entrega (2024).',
      ],
    },
    'typing-indicator': {
      title: 'Indicador «escribiendo…»',
      summary: '«Escribiendo…» se muestra en directo a quien tenga tu chat abierto mientras escribes. No se encontró ajuste para desactivarlo.',
      generated: ['Mientras escribes en un chat, tu app envía una señal «escribiendo…» en directo a quienes tienen ese chat abierto y están en línea.'],
      audience: ['si tiene el chat abierto y está en línea', 'los miembros que tienen el grupo abierto', 'transmiten la señal'],
      sharing: [META],
      retention: 'Desconocido: las fuentes revisadas no dicen si WhatsApp guarda estos eventos.',
      controls: [{ exceptions: ['No se encontró un ajuste para el indicador en las páginas de ayuda de WhatsApp revisadas.'] }],
      controlHint: 'No se encontró ajuste: deja de escribir para ocultarlo',
      caveats: ['Si WhatsApp añade un ajuste, esta nota quedará desactualizada; revisa Ajustes › Privacidad.'],
    },
    'status-update': {
      title: 'Estado',
      summary: 'Tu estado solo lo ven quienes tú y ellos tienen guardados mutuamente, según tu ajuste de estado; compartirlo en Facebook es opcional.',
      generated: [
        'Alguien ve tu estado solo si cada uno tiene guardado el número del otro y tu ajuste de estado lo incluye.',
        'La política de WhatsApp incluye las funciones que usas, como Estado, entre los datos de uso que recopila.',
      ],
      audience: [
        'contactos mutuos permitidos por tu ajuste de estado',
        'transportan el estado y registran el uso de la función',
        'solo si activas compartir en historias de Facebook',
      ],
      sharing: [
        'Compartir en historias de Facebook es opcional y está desactivado por defecto. Si lo activas, Facebook recibe cada publicación compartida con su texto y datos del dispositivo (idioma, navegador, IP) y puede usarlos, también para anuncios; WhatsApp dice que no se comparten tu número, tus contactos ni tus mensajes.',
        'Desde junio de 2025 WhatsApp va introduciendo anuncios entre los estados. Meta dice que usan pocos datos (país o ciudad, idioma, canales que sigues, cómo interactúas con anuncios) y datos del Centro de cuentas si lo vinculas, no tus mensajes personales, llamadas ni grupos.',
      ],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp registros sobre los estados.',
      controls: [
        {
          path: 'Ajustes › Privacidad › Estado',
          options: ['Mis contactos', 'Mis contactos, excepto…', 'Solo compartir con…'],
          exceptions: ['Un cambio solo afecta a estados futuros.'],
        },
      ],
      controlHint: 'Ajustes › Privacidad › Estado',
      caveats: ['Los anuncios en la pestaña Novedades empezaron en junio de 2025; vincular WhatsApp al Centro de cuentas permite que otros datos de Meta los influyan.'],
    },
    'status-viewers': {
      title: 'Quién vio tu estado',
      summary: 'La lista muestra quién vio tu estado. Solo funciona si tanto tú como quien lo ve tienen activadas las confirmaciones de lectura.',
      generated: [
        'Abrir el estado de alguien envía una confirmación de vista; quien lo publicó ve quién lo vio.',
        'Quien tenga las confirmaciones desactivadas no aparece; si tú las desactivas, no ves a nadie.',
      ],
      audience: ['quien publica ve que lo viste, si ambos tienen las confirmaciones activadas', 'transmiten las confirmaciones de vista'],
      sharing: [META],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp las vistas de estados.',
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['A diferencia de los grupos, las vistas de estados siguen este ajuste.'],
          reciprocity: 'Si las desactivas, tampoco ves quién vio tus estados.',
        },
      ],
      controlHint: 'Ajustes › Privacidad › Confirmaciones de lectura',
      caveats: ['La lista puede estar incompleta: no aparecen quienes lo vieron con las confirmaciones desactivadas.'],
    },
    'profile-photo': {
      title: 'Foto de perfil',
      summary: 'Tu foto de perfil la ve quien tu ajuste permita; en 2024–25 unos investigadores pudieron acceder a fotos públicas de cerca del 57 % de las cuentas.',
      generated: ['WhatsApp guarda tu foto de perfil y la incluye entre la información que recopila.'],
      audience: ['si está en «Todos» (valor por defecto en algunas versiones)', 'si está en «Mis contactos»', 'la guardan'],
      sharing: ['Según la prensa, un estudio de 2024–25 pudo acceder a fotos de perfil públicas de cerca del 57 % de las cuentas comprobando números a gran escala; Meta añadió luego límites.'],
      retention: DELETE_90,
      controls: [
        {
          path: 'Settings › Privacy › Profile photo',
          options: AUDIENCE_4,
          exceptions: ['Quien pudo verla quizá ya guardó una copia.'],
        },
      ],
      controlHint: 'Settings › Privacy › Profile photo',
      caveats: [
        'Las variantes de la ayuda no coinciden en el valor por defecto (la de Web dice que cualquiera puede ver tu foto).',
        '«Mis contactos, excepto…» lo publicó la prensa, pero no se comprobó en la página de ayuda actual.',
      ],
    },
    about: {
      title: 'Info.',
      summary: 'Tu texto de Info. lo ve quien tu ajuste permita, y WhatsApp registra cuándo lo cambiaste por última vez.',
      generated: ['WhatsApp recopila tu texto de Info. y la fecha de su última actualización.'],
      audience: ['si está en «Todos»', 'si está en «Mis contactos»', 'lo guardan junto con la fecha del último cambio'],
      sharing: ['Según la prensa, un estudio de 2024–25 pudo acceder a textos de Info. de cerca del 29 % de las cuentas comprobando números a gran escala.'],
      retention: DELETE_90,
      controls: [{ path: 'Settings › Privacy › About', options: AUDIENCE_4 }],
      controlHint: 'Settings › Privacy › About',
      caveats: ['Las variantes de la ayuda no coinciden en el valor por defecto (contactos o todos), y «Mis contactos, excepto…» no se comprobó en la página de ayuda actual.'],
    },
    'phone-number': {
      title: 'Número de teléfono',
      summary: 'Tu número es tu identidad en WhatsApp: quien chatea contigo lo ve aunque no te tenga guardado, y no se puede ocultar.',
      generated: [
        'Se necesita un número para registrarse y se muestra a las personas con las que chateas.',
        'La subida de contactos (opcional) envía a WhatsApp los números de tu agenda, normalmente a diario, pero no nombres ni correos.',
        'Los números de quienes no usan WhatsApp se convierten en un hash y se borran; el hash sigue vinculado a quienes lo subieron.',
      ],
      audience: [
        'siempre, aunque no te tenga guardado',
        'en los grupos en los que estás',
        'puede comprobar si usa WhatsApp y ver tu perfil público',
        'información de la cuenta',
        'se comparte la información de registro de la cuenta',
        'registros básicos del abonado ante una citación de EE. UU.',
      ],
      sharing: [
        META,
        'WhatsApp dice que no vende ni da números de teléfono a anunciantes y que no entrega tu lista de contactos a Meta para su propio uso. Aun así, su política permite a las empresas de Meta usar los datos que reciben, incluido tu número, para anuncios en productos de Meta.',
        EU,
        IN,
        LE,
      ],
      retention: 'Se conserva mientras exista tu cuenta. Eliminarla tarda hasta 90 días; las copias de seguridad pueden durar más y algunos datos pueden guardarse por motivos legales.',
      controls: [{ exceptions: ['Ningún ajuste oculta tu número a las personas con las que chateas.'] }],
      controlHint: 'Sin ajuste: tu número se ve en todos los chats',
      caveats: [
        'El hash no protege bien los números: hay pocos números posibles, así que los hashes se revierten rápido.',
        'En 2025 unos investigadores pudieron comprobar más de 100 millones de números por hora antes de que Meta endureciera los límites.',
      ],
    },
    'group-participants': {
      title: 'Participantes del grupo',
      summary: 'Los miembros ven el número de cada participante, aunque no lo tengan guardado. Tu ajuste de Grupos limita quién puede añadirte.',
      generated: [
        'Tu número no se puede ocultar en los chats, así que los miembros de un grupo en el que estás pueden verlo.',
        'WhatsApp recopila nombres, fotos y descripciones de grupos como datos de uso.',
      ],
      audience: ['ven tu número, y tu foto e Info. si tus ajustes lo permiten', 'conocen nombres, fotos y descripciones de grupos'],
      sharing: [META],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp los registros de pertenencia a grupos.',
      controls: [
        {
          path: 'Ajustes › Privacidad › Grupos',
          options: ['Todos', 'Mis contactos', 'Mis contactos, excepto…'],
          exceptions: ['El mismo ajuste se aplica a las comunidades.', 'Salir en silencio: desde 2022 solo se avisa a los administradores.'],
        },
      ],
      controlHint: 'Ajustes › Privacidad › Grupos (quién puede añadirte)',
      caveats: ['Que los miembros vean números no guardados se deduce de que el número no se puede ocultar; el caso de los grupos solo está descrito por fuentes secundarias.'],
    },
    'message-info': {
      title: 'Info. del mensaje',
      summary: 'La Info. del mensaje muestra al remitente cuándo exactamente se entregó, leyó o reprodujo cada mensaje; en grupos, por miembro.',
      generated: [
        'Para un mensaje enviado, muestra cuándo se entregó, leyó y, si es de voz, reprodujo; en grupos, por miembro, y los datos siguen ahí si alguien sale.',
      ],
      audience: ['el remitente ve cuándo te llegó y, si ambos tienen activadas las confirmaciones de lectura, cuándo lo leíste', 'el remitente ve las horas de cada miembro', 'transmiten las confirmaciones'],
      sharing: [META],
      retention: UNKNOWN_RECEIPTS,
      controls: [
        {
          path: READ_PATH,
          options: ON_OFF,
          exceptions: ['En grupos las horas de lectura se siguen mostrando.', 'Las horas de entrega siempre se muestran.'],
          reciprocity: RECIPROCAL_READ,
        },
      ],
      controlHint: 'Las confirmaciones de lectura ocultan las horas de lectura (no en grupos)',
      caveats: ['Editar un mensaje restablece sus confirmaciones de lectura, así que el remitente ve quién leyó la versión editada.'],
    },
    'disappearing-messages': {
      title: 'Mensajes temporales',
      summary: 'Con temporizador, los mensajes nuevos desaparecen tras 24 horas, 7 o 90 días, pero pueden quedar copias en avisos, reenvíos, citas y copias de seguridad.',
      generated: [
        'Con un temporizador, los mensajes nuevos desaparecen 24 horas, 7 días o 90 días después de enviarse; se puede conservar un mensaje.',
        'En chats individuales cualquiera de los dos puede cambiar el temporizador; en grupos cualquier miembro, salvo que los administradores lo limiten.',
      ],
      audience: [
        'puede cambiar el temporizador, conservar o reenviar mensajes',
        'pueden cambiar el temporizador salvo que los administradores lo limiten',
        'normalmente no guardan los mensajes ya entregados',
      ],
      sharing: [META],
      retention: 'Se quitan de los chats al vencer el temporizador; los conservados se quedan, y una copia de seguridad previa los contiene hasta que se restaura.',
      controls: [
        {
          path: 'Settings › Privacy › Default message timer',
          options: ['Desactivado', '24 horas', '7 días', '90 días'],
          exceptions: ['El valor por defecto se aplica a chats nuevos; cada chat tiene su propio temporizador.', 'Un temporizador nuevo solo afecta a mensajes nuevos.'],
        },
      ],
      controlHint: 'Settings › Privacy › Default message timer',
      caveats: [
        'Las vistas previas de notificaciones, los reenvíos a chats sin temporizador y las citas en respuestas pueden sobrevivir al mensaje.',
        'Las copias de la página de ayuda no coinciden sobre las copias de seguridad, y en algunos países los mensajes de pagos y pedidos no desaparecen.',
      ],
    },
    'view-once': {
      title: 'Ver una vez',
      summary: 'El contenido de ver una vez se abre una sola vez y no se puede reenviar ni guardar, pero puede quedar cifrado en los servidores semanas.',
      generated: [
        'La foto o el video no se puede reenviar, guardar, destacar ni compartir, y caduca si no se abre en 14 días.',
        'El estado «Abierto» llega al remitente solo si el destinatario tiene activadas las confirmaciones de lectura.',
      ],
      audience: ['puede verlo una vez o fotografiarlo con otro dispositivo', 'pueden guardar el archivo cifrado unas semanas; lo reciben si se denuncia'],
      sharing: ['Si el destinatario denuncia el contenido de ver una vez, se envía a WhatsApp.'],
      retention: 'El archivo cifrado puede quedar en los servidores de WhatsApp unas semanas tras el envío; una copia de seguridad solo lo restaura si nunca se abrió.',
      controls: [{ exceptions: ['Se elige para cada foto o video al enviarlo.'] }],
      controlHint: 'Elige «ver una vez» al enviar una foto o un video',
      caveats: ['El bloqueo de capturas de pantalla se anunció en agosto de 2022; antes se podían hacer sin aviso.'],
    },
    'encryption-notice': {
      title: 'Aviso de cifrado de extremo a extremo',
      summary: 'El cifrado oculta lo que dices, no los metadatos: WhatsApp sigue recopilando datos de uso, del dispositivo y de conexión.',
      generated: [
        'En los chats personales, mensajes y llamadas están cifrados de extremo a extremo: nadie fuera del chat, ni WhatsApp, puede leerlos ni escucharlos.',
        'WhatsApp sigue recopilando datos de uso (momento, frecuencia y duración de la actividad) y del dispositivo y la conexión, como la IP.',
        'WhatsApp dice que, normalmente, no guarda registro de a quién escribes o llamas.',
      ],
      audience: ['ven metadatos, no contenido', 'pueden obtener registros de la cuenta, no contenido, según WhatsApp'],
      sharing: [META, EU, IN, LE],
      retention: 'Normalmente los mensajes entregados no se guardan en los servidores; los no entregados se borran tras un máximo de 30 días. El contenido multimedia reenviado puede guardarse más tiempo, cifrado.',
      controls: [{ exceptions: ['El cifrado no se puede desactivar en chats personales; un cambio de estado del cifrado se muestra en el chat.'] }],
      controlHint: 'Activado por defecto; comprueba que las copias en la nube también estén cifradas',
      caveats: [
        'Las copias en Google Drive e iCloud no están cifradas de extremo a extremo salvo que lo actives (disponible desde 2021); una orden al proveedor de nube puede alcanzarlas.',
      ],
    },
    'business-chat-notice': {
      title: 'Aviso de chat con empresa',
      summary: 'Esta empresa puede usar a Meta u otras compañías para gestionar el chat; entonces ellas, no solo la empresa, procesan tus mensajes.',
      generated: [
        'El aviso indica cómo gestiona la empresa los mensajes: trabaja con otras compañías, usa un servicio seguro de Meta, o el chat está cifrado de extremo a extremo hasta ella.',
        'Cuando una empresa usa a Meta como proveedor de alojamiento, WhatsApp no considera esos mensajes cifrados de extremo a extremo hasta la empresa.',
        'Tus estados de entrega y lectura llegan a los sistemas de la empresa casi en tiempo real.',
      ],
      audience: [
        'leen y guardan tus mensajes; pueden responder empleados o proveedores',
        'Meta aloja los mensajes cuando la empresa usa la Cloud API',
        'transmiten mensajes y estados',
      ],
      sharing: [BIZ, META],
      retention: 'Si la empresa usa la Cloud API de Meta, el contenido se guarda por defecto hasta 30 días, menos con No Storage. La empresa conserva sus propias copias según su política.',
      controls: [BLOCK],
      controlHint: 'Bloquea o denuncia a la empresa si no quieres sus mensajes',
      caveats: [
        'Meta dice que no usará automáticamente tus chats con empresas para dirigirte anuncios, pero la empresa puede usarlos para sus propios anuncios.',
        'Desde octubre de 2025 la Cloud API, en servidores de Meta, es la única opción de API; la API autoalojada se retiró.',
      ],
    },
    'privacy-setting': {
      title: 'Ajustes de privacidad',
      summary: 'Estos ajustes deciden quién ve tu última vez, «en línea», foto, Info. y estado, y si envías confirmaciones de lectura; algunos son recíprocos.',
      generated: [
        'La política de WhatsApp incluye tus ajustes entre los datos de uso que recopila.',
        'Las opciones cubren última vez y en línea, foto de perfil, Info., estado, confirmaciones de lectura, grupos, llamadas y el temporizador por defecto.',
      ],
      audience: ['guardan tus elecciones', 'notan el efecto, p. ej. sin tics azules ni última vez'],
      sharing: [META],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda WhatsApp el historial de tus ajustes.',
      controls: [
        {
          path: 'Ajustes › Privacidad',
          options: ['Última vez y en línea', 'Foto de perfil', 'Info.', 'Estado', 'Confirmaciones de lectura', 'Grupos', 'Temporizador predeterminado'],
          exceptions: [
            'Las confirmaciones de lectura siempre se envían en grupos.',
            'Las confirmaciones de entrega no tienen ajuste, y no se encontró ninguno para el indicador de escritura.',
            'Tu número de teléfono no se puede ocultar.',
          ],
          reciprocity: 'Ocultar tu última vez, «en línea» o confirmaciones de lectura también te oculta las de los demás.',
        },
      ],
      controlHint: 'Revisa Ajustes › Privacidad',
      caveats: ['Estos ajustes cambiaron con el tiempo: la última vez con «Todos» se restringió en diciembre de 2021; «en línea» se puede ocultar desde agosto de 2022.'],
    },
    'live-location': {
      title: 'Ubicación en tiempo real',
      summary: 'La ubicación en tiempo real comparte una posición durante el tiempo elegido. WhatsApp dice que no puede verla, y WhatsApp Web no la muestra.',
      generated: [
        'Tu teléfono envía posiciones actualizadas al chat durante 15 minutos, 1 hora u 8 horas, hasta que dejes de compartir.',
        'Los dispositivos vinculados, incluido WhatsApp Web, no pueden ver la ubicación en tiempo real.',
        'WhatsApp estima tu ciudad y país a partir de tu IP y el prefijo de tu número, incluso sin usar funciones de ubicación.',
      ],
      audience: ['todos en el chat mientras dura; la última posición sigue visible después', 'todos los miembros del grupo', 'la transmiten cifrada; WhatsApp dice que no puede verla'],
      sharing: ['WhatsApp dice que no puede ver las ubicaciones compartidas en chats y por eso no las comparte con Meta.'],
      retention: 'Desconocido: no se encontró un plazo; WhatsApp dice que no puede ver las ubicaciones compartidas en chats.',
      controls: [{ exceptions: ['Deja de compartir desde el chat en cualquier momento (en tu teléfono).'] }],
      controlHint: 'Deja de compartir en el chat desde tu teléfono',
      caveats: ['Las opciones de 15 minutos, 1 hora y 8 horas proceden de la cobertura del lanzamiento (2017), no de una página de ayuda actual.'],
    },
    'business-message-status': {
      title: 'Estado del mensaje (vista de empresa)',
      summary: 'La empresa ve por cliente cuándo se envió, entregó y leyó cada mensaje, enviado a sus sistemas por webhook casi en tiempo real.',
      generated: [
        'Por cada mensaje, Meta envía a la empresa webhooks de estado: enviado, entregado, leído, fallido y mensaje de voz reproducido.',
        '«Leído» significa que el mensaje se mostró en la app del cliente; el estado «entregado» puede omitirse si ambos ocurren a la vez.',
      ],
      audience: [
        'la empresa y cualquier proveedor (BSP, CRM) que reciba sus webhooks',
        'Meta genera los estados en la Cloud API',
        'la app del cliente los genera; el cliente solo ve sus propios tics',
      ],
      sharing: [BIZ],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda Meta los eventos de estado; empresas y proveedores los guardan según sus políticas.',
      controls: [
        { path: READ_PATH, options: ON_OFF, exceptions: ['Ajuste del cliente; los clientes no pueden desactivar las confirmaciones de entrega.'] },
        BLOCK,
      ],
      controlHint: 'Clientes: desactivar las confirmaciones de lectura limita los estados «leído»',
      caveats: [
        'Que desactivar las confirmaciones de lectura impida los estados «leído» a empresas se deduce de cómo funciona el ajuste; la documentación de webhooks de Meta no lo dice.',
      ],
    },
    'business-analytics': {
      title: 'Analítica de mensajes',
      summary: 'Los paneles cuentan mensajes enviados, entregados y leídos, y clics; con Meta Pixel o la API de conversiones, también compras.',
      generated: [
        'WhatsApp Manager y la API informan de mensajes enviados, entregados y leídos, gasto y clics en enlaces.',
        'Con Meta Pixel o la API de conversiones también informan de conversiones: añadir al carrito, pago y compra.',
      ],
      audience: ['ven las métricas en paneles y por la API', 'calculan las métricas y reciben eventos de conversión'],
      sharing: ['Con Meta Pixel o la API de conversiones conectados, los eventos de tienda (añadir al carrito, pago, compra) se comunican a Meta como conversiones de mensajes de marketing.'],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo guarda Meta estas métricas.',
      controls: [
        { exceptions: ['Los clientes no tienen ajuste para estos recuentos; desactivar las confirmaciones probablemente reduce los de lectura (deducido).'] },
        BLOCK,
      ],
      controlHint: 'Clientes: no hay forma de excluirse de estos recuentos',
      caveats: ['Las métricas de conversión salieron del Administrador de anuncios el 8 de septiembre de 2025.'],
    },
    'business-phone-quality': {
      title: 'Calificación de calidad',
      summary: 'La calificación de plantillas refleja cómo reaccionan los clientes (bloqueos, denuncias, lecturas); si es baja, pueden pausarse o desactivarse.',
      generated: [
        'Meta califica las plantillas como VERDE, AMARILLO, ROJO o DESCONOCIDO según uso, bloqueos y denuncias de clientes, e interacción como la tasa de lectura.',
        'Los límites de mensajería fijan a cuántos clientes puede llegar una empresa fuera de la ventana de 24 horas por día móvil: 250, luego 2.000, 10.000, 100.000 o ilimitado.',
      ],
      audience: ['ven la calificación', 'la calculan a partir de las reacciones de los clientes'],
      sharing: ['Los bloqueos, denuncias y lecturas de los clientes alimentan la calificación que Meta da a las plantillas de la empresa.'],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo se guardan estas señales.',
      controls: [BLOCK],
      controlHint: 'Clientes: bloquear y denunciar puede bajar la calificación',
      caveats: [
        'Una calificación baja puede llevar a Meta a ralentizar, pausar o desactivar plantillas.',
        'La calificación documentada es por plantilla; los detalles a nivel de número no estaban en las fuentes revisadas.',
      ],
    },
    'business-template': {
      title: 'Plantilla de mensaje',
      summary: 'Fuera de la ventana de 24 horas las empresas contactan con plantillas; Meta mide sus lecturas y clics y las califica.',
      generated: [
        'Fuera de la ventana de atención de 24 horas, los mensajes que inicia la empresa usan plantillas, sujetas a límites de mensajería.',
        'Para sus mensajes de marketing, la empresa ve cuántos se enviaron, entregaron y leyeron, y cuántos clics hubo en enlaces.',
      ],
      audience: ['ven recuentos por plantilla', 'califican la calidad de cada plantilla'],
      sharing: ['Cómo reaccionan los clientes a una plantilla (lecturas, bloqueos, denuncias) alimenta su calificación.'],
      retention: 'Desconocido: las fuentes revisadas no dicen cuánto tiempo se guardan las métricas de plantillas.',
      controls: [BLOCK],
      controlHint: 'Clientes: bloquea o denuncia plantillas no deseadas',
      caveats: ['Las plantillas con baja calificación pueden ralentizarse, pausarse o desactivarse.'],
    },
    'customer-phone-number': {
      title: 'Número del cliente',
      summary: 'La empresa normalmente ve el número de cada cliente y puede usar los chats para su propio marketing, incluidos anuncios en Meta.',
      generated: [
        'Los mensajes y los webhooks de estado identifican al cliente, normalmente por su número de teléfono.',
        'La empresa puede usar los chats para su propio marketing, incluida publicidad en Meta.',
      ],
      audience: ['guardan el número junto al historial del chat', 'WhatsApp comparte cómo interactúas con empresas'],
      sharing: [BIZ, META],
      retention: 'Desconocido: lo fija la propia política de privacidad de la empresa.',
      controls: [{ exceptions: ['Los clientes no pueden ocultar su número a una empresa con la que chatean.'] }, BLOCK],
      controlHint: 'Clientes: la empresa ve tu número',
      caveats: [],
    },
    'webhook-config': {
      title: 'Configuración de webhooks',
      summary: 'Los webhooks envían cada mensaje de clientes y cada estado de entrega o lectura a la URL configurada aquí, a menudo de un proveedor.',
      generated: [
        'Los webhooks suscritos entregan mensajes entrantes y estados (enviado, entregado, leído, fallido, reproducido) al endpoint configurado.',
        'Los mensajes viajan cifrados al destino que eligió la empresa; después se aplican las prácticas de la empresa y sus proveedores.',
      ],
      audience: ['quien gestione el endpoint: la empresa, un BSP o un CRM', 'Meta envía los webhooks desde la Cloud API'],
      sharing: [BIZ],
      retention: 'Por defecto la Cloud API guarda el contenido hasta 30 días. «Almacenamiento local» lo guarda en un país elegido (en uso en otro lugar hasta 60 minutos); «No Storage» guarda los datos en tránsito 1 hora como máximo, y el contenido multimedia entre 1 hora y 30 días, según se configure.',
      controls: [
        {
          options: ['Por defecto (hasta 30 días)', 'Almacenamiento local', 'No Storage'],
          exceptions: ['Lo elige la empresa; los clientes no pueden elegir.'],
        },
      ],
      controlHint: 'Empresa: No Storage o almacenamiento local limitan la conservación',
      caveats: ['La API On-Premises autoalojada se retiró en octubre de 2025, así que el tráfico de API pasa ahora por la Cloud API de Meta.'],
    },
  },
}
