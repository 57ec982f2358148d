import type { CheckupTexts } from './types'

// Same claims as en.ts (fact ids there), in Spanish.

export const ES: CheckupTexts = {
  setting: {
    'last-seen': 'Hora de últ. vez',
    online: 'En línea',
    'profile-photo': 'Foto de perfil',
    about: 'Info.',
    status: 'Estado',
    'read-receipts': 'Confirmaciones de lectura',
    groups: 'Grupos',
    'default-timer': 'Duración predeterminada de los mensajes',
    'live-location': 'Ubicación en tiempo real',
    'silence-unknown-callers': 'Silenciar llamadas de desconocidos',
    'protect-ip-in-calls': 'Proteger la dirección IP en las llamadas',
    'block-unknown-messages': 'Bloquear mensajes de cuentas desconocidas',
    'blocked-contacts': 'Contactos bloqueados',
  },
  value: {
    everyone: 'Todos',
    contacts: 'Mis contactos',
    'contacts-except': 'Mis contactos, excepto…',
    'only-share-with': 'Solo compartir con…',
    nobody: 'Nadie',
    'same-as-last-seen': 'Igual que la hora de últ. vez',
    on: 'Activado',
    off: 'Desactivado',
    '24h': '24 horas',
    '7d': '7 días',
    '90d': '90 días',
    unknown: 'No reconocido',
  },
  exposes: {
    'last-seen': 'Cuándo usaste WhatsApp por última vez.',
    online: 'Cuándo tienes WhatsApp abierto y conectado en uno de tus dispositivos.',
    'profile-photo': 'Tu foto de perfil.',
    about: 'Tu texto de Info.',
    status: 'Tus estados (desaparecen a las 24 horas).',
    'read-receipts': 'Cuándo has leído un mensaje (marcas azules).',
    groups: 'Quién puede añadirte a un grupo sin preguntarte antes.',
    'default-timer': 'Si los chats nuevos empiezan con mensajes temporales.',
    'live-location': 'Los chats con los que compartes tu ubicación en tiempo real.',
    'silence-unknown-callers': 'Si suenan las llamadas de números desconocidos.',
    'protect-ip-in-calls': 'Tu dirección IP, que una llamada individual directa muestra a la otra persona.',
    'block-unknown-messages': 'Si se limitan grandes cantidades de mensajes de cuentas desconocidas.',
    'blocked-contacts': 'Cuántos contactos bloqueaste (aquí solo se guarda el número, nunca quiénes).',
  },
  whoCanSee: {
    'last-seen': {
      everyone: 'Personas a las que escribiste o llamaste, y quien guardó tu número.',
      contacts: 'Tus contactos.',
      'contacts-except': 'Tus contactos, salvo los que excluiste.',
      nobody: 'Nadie. A cambio, tú no ves la hora de últ. vez de nadie.',
    },
    online: {
      everyone: 'Personas a las que escribiste o llamaste, y quien guardó tu número.',
      'same-as-last-seen': 'Las mismas personas que ven tu hora de últ. vez.',
    },
    'profile-photo': {
      everyone: 'Cualquier usuario de WhatsApp que tenga tu número.',
      contacts: 'Tus contactos.',
      'contacts-except': 'Tus contactos, salvo los que excluiste.',
      nobody: 'Nadie.',
    },
    about: {
      everyone: 'Cualquier usuario de WhatsApp que tenga tu número.',
      contacts: 'Tus contactos.',
      'contacts-except': 'Tus contactos, salvo los que excluiste.',
      nobody: 'Nadie.',
    },
    status: {
      contacts: 'Tus contactos que también guardaron tu número.',
      'contacts-except': 'Tus contactos que también guardaron tu número, salvo los que excluiste.',
      'only-share-with': 'Solo los contactos que elegiste, si también guardaron tu número.',
    },
    'read-receipts': {
      on: 'La persona con la que chateas en individual; en los grupos, siempre los miembros.',
      off: 'Nadie en los chats individuales, y tú tampoco ves las suyas; los grupos las reciben igual.',
    },
    groups: {
      everyone: 'Cualquiera que tenga tu número puede añadirte a un grupo.',
      contacts: 'Solo tus contactos pueden añadirte; los demás deben enviarte una invitación.',
      'contacts-except': 'Tus contactos, salvo los que excluiste; los demás deben enviarte una invitación.',
      nobody: 'Nadie puede añadirte directamente; deben enviarte una invitación.',
    },
    'default-timer': {
      off: 'Los mensajes de los chats nuevos se quedan hasta que alguien los borre.',
      '24h': 'Los mensajes de los chats nuevos desaparecen a las 24 horas; cualquiera de los dos puede cambiarlo.',
      '7d': 'Los mensajes de los chats nuevos desaparecen a los 7 días; cualquiera de los dos puede cambiarlo.',
      '90d': 'Los mensajes de los chats nuevos desaparecen a los 90 días; cualquiera de los dos puede cambiarlo.',
    },
    'live-location': { count: 'Las personas de esos chats, mientras dure.' },
    'silence-unknown-callers': {
      on: 'Las llamadas de números desconocidos no suenan; siguen apareciendo en tu lista de llamadas.',
      off: 'Cualquiera que tenga tu número puede hacer sonar tu teléfono.',
    },
    'protect-ip-in-calls': {
      on: 'Tus llamadas pasan por los servidores de WhatsApp: la otra persona no ve tu dirección IP.',
      off: 'En una llamada individual la otra persona puede ver tu dirección IP; las llamadas grupales siempre pasan por los servidores.',
    },
    'block-unknown-messages': {
      on: 'WhatsApp limita grandes cantidades de mensajes de cuentas que no conoces.',
      off: 'Las cuentas que no conoces pueden escribirte sin ese límite.',
    },
    'blocked-contacts': { count: 'WhatsApp guarda esta lista; en EE. UU. una orden judicial puede obtenerla.' },
  },
  suggestion: {
    'last-seen': {
      everyone: 'Más estricto: Mis contactos o Nadie. El coste de Nadie: dejas de ver la hora de últ. vez de los demás.',
      contacts: 'Más estricto: Mis contactos, excepto… o Nadie. El coste de Nadie: dejas de ver la hora de últ. vez de los demás.',
      'contacts-except': 'Más estricto: Nadie. El coste: dejas de ver la hora de últ. vez de los demás.',
    },
    online: {
      everyone: 'Más estricto: Igual que la hora de últ. vez. El coste: si eso oculta tu estado en línea, tampoco ves el de los demás.',
    },
    'profile-photo': {
      everyone: 'Más estricto: Mis contactos. El coste: quien no es tu contacto no ve tu foto.',
      contacts: 'Más estricto: Mis contactos, excepto… o Nadie. El coste: quienes queden fuera no ven tu foto.',
    },
    about: { everyone: 'Más estricto: Mis contactos. El coste: quien no es tu contacto no ve tu Info.' },
    status: {
      contacts: 'Más estricto: Mis contactos, excepto… o Solo compartir con…. El coste: eliges a mano; el cambio vale para los estados que publiques después.',
    },
    'read-receipts': {
      on: 'Más estricto: Desactivado. El coste: no ves las confirmaciones de los demás ni quién vio tus estados; los grupos las envían igual.',
    },
    groups: {
      everyone: 'Más estricto: Mis contactos. El coste: los demás deben enviarte una invitación, que caduca a los 3 días.',
    },
    'default-timer': {
      off: 'Más estricto: una duración (24 horas, 7 días o 90 días). El coste: los mensajes desaparecen salvo que se guarden, aunque reenvíos, citas y copias anteriores aún pueden conservarlos.',
    },
    'silence-unknown-callers': {
      off: 'Más estricto: Activado. El coste: las llamadas de números que no conoces no suenan; solo las ves en la lista de llamadas.',
    },
    'protect-ip-in-calls': { off: 'Más estricto: Activado. El coste: la calidad de las llamadas puede bajar.' },
  },
  personal: {
    'my-read-receipts-on': {
      title: 'Tus confirmaciones de lectura están activadas',
      text: 'Según la última lectura, tus confirmaciones de lectura están activadas: en los chats individuales la otra persona ve cuándo leíste sus mensajes, y tú ves sus marcas azules aquí. Desactivarlas oculta ambas cosas.',
    },
    'my-read-receipts-off-chat': {
      title: 'Tus confirmaciones de lectura están desactivadas',
      text: 'Según la última lectura, tus confirmaciones de lectura están desactivadas: en los chats individuales nadie ve cuándo lees sus mensajes y tú no ves cuándo leen los tuyos. Marcas azules en este chat querrían decir que el ajuste cambió desde entonces.',
    },
    'my-read-receipts-off-group': {
      title: 'Los grupos reciben tus confirmaciones igualmente',
      text: 'Tus confirmaciones de lectura están desactivadas, pero en los grupos siempre se envían: los miembros ven cuándo leíste, y las marcas azules que ves aquí vienen de este grupo.',
    },
    'my-last-seen-hidden': {
      title: 'Tu hora de últ. vez está oculta',
      text: 'Según la última lectura, tu hora de últ. vez es Nadie, así que WhatsApp tampoco te muestra la de los demás, tampoco la de esta persona. Si la ves aquí, el ajuste cambió desde entonces.',
    },
    'my-profile-photo-everyone': {
      title: 'Quien tenga tu número ve tu foto',
      text: 'Según la última lectura, tu foto de perfil es visible para Todos: cualquier usuario de WhatsApp que tenga tu número puede verla, no solo tus contactos.',
    },
    'my-ip-unprotected': {
      title: 'Una llamada desde aquí puede mostrar tu dirección IP',
      text: 'Según la última lectura, Proteger la dirección IP en las llamadas está desactivado: una llamada individual puede conectarse directamente y mostrar tu dirección IP a la otra persona. Las llamadas grupales siempre pasan por los servidores de WhatsApp.',
    },
  },
}
