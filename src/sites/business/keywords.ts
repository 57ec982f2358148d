// Every word list the business detectors use, in one place (en, es, pt, de).
// All entries are already normalized (see text.ts: lower case, no diacritics, punctuation → spaces).
// Keep the lists small: a word belongs here only if a detector needs it to decide.

/** Message status values as shown in tables and logs. */
export const STATUS_VALUES: ReadonlySet<string> = new Set([
  // en
  'sent', 'delivered', 'read', 'seen', 'failed', 'played', 'undelivered',
  // es
  'enviado', 'enviada', 'entregado', 'entregada', 'leido', 'leida', 'fallido', 'fallida', 'reproducido', 'no entregado',
  // pt
  'enviado', 'enviada', 'entregue', 'lido', 'lida', 'falhou', 'falha', 'reproduzido', 'reproduzida', 'nao entregue',
  // de
  'gesendet', 'zugestellt', 'gelesen', 'fehlgeschlagen', 'abgespielt', 'nicht zugestellt',
])

/** Status values that only messages have (orders and parcels are "delivered" too, never "read"). */
export const MESSAGE_ONLY_STATUS_VALUES: ReadonlySet<string> = new Set([
  'read', 'seen', 'played', 'leido', 'leida', 'reproducido', 'lido', 'lida', 'reproduzido', 'reproduzida',
  'gelesen', 'abgespielt',
])

/** Column header / key words naming a status column. Matched as tokens. */
export const STATUS_HEADER_TOKENS: ReadonlySet<string> = new Set(['status', 'state', 'estado', 'situacao', 'zustand'])

/** Header phrases that name a *message* status outright. Matched as token sequences. */
export const MESSAGE_STATUS_HEADERS: readonly string[] = [
  'message status', 'delivery status', 'estado del mensaje', 'estado de entrega', 'status da mensagem',
  'status de entrega', 'nachrichtenstatus', 'zustellstatus',
]

/** Header tokens that show a table is about messages (gives a plain "Status" column its meaning). */
export const MESSAGE_CONTEXT_TOKENS: ReadonlySet<string> = new Set([
  'message', 'messages', 'template', 'recipient', 'whatsapp', 'wa', 'channel', 'conversation', 'body', 'sid',
  'mensaje', 'mensajes', 'plantilla', 'destinatario', 'canal', 'conversacion',
  'mensagem', 'mensagens', 'modelo', 'conversa',
  'nachricht', 'nachrichten', 'vorlage', 'empfanger', 'kanal',
])

/** Header tokens naming a column of (customer) phone numbers. */
export const PHONE_HEADER_TOKENS: ReadonlySet<string> = new Set([
  'phone', 'telephone', 'mobile', 'msisdn', 'recipient', 'recipients', 'customer', 'contact', 'whatsapp',
  'telefono', 'movil', 'celular', 'destinatario', 'destinatarios', 'cliente',
  'telefone', 'destinatarios',
  'telefon', 'telefonnummer', 'handy', 'handynummer', 'mobilnummer', 'empfanger', 'kunde', 'kontakt',
])

/** Whole headers that mean "to" (a short word only counts when it is the entire header). */
export const PHONE_HEADER_EXACT: ReadonlySet<string> = new Set(['to', 'wa id', 'waid', 'para', 'an'])

/** Header tokens that rule a column out as customer numbers (the business's own sender, ids). */
export const PHONE_HEADER_NEGATIVE_TOKENS: ReadonlySet<string> = new Set([
  'from', 'sender', 'business', 'display', 'test', 'id', 'sid', 'name', 'count', 'date', 'time',
  'de', 'remitente', 'remetente', 'nombre', 'nome', 'fecha', 'data',
  'von', 'absender', 'datum',
])

/** Header or key tokens that mark a table/card of the business's *own* numbers. */
export const OWN_NUMBER_CONTEXT: readonly string[] = [
  'quality', 'calidad', 'qualidade', 'qualitat', 'limit', 'limite', 'verified name', 'display name',
  'phone number id', 'name status', 'nombre verificado', 'nome verificado',
]

/** Substrings of headers/keys naming the quality rating. */
export const QUALITY_KEYS: readonly string[] = ['quality', 'calidad', 'qualidade', 'qualitat']

/** Quality rating values (Meta shows GREEN/YELLOW/RED as High/Medium/Low). */
export const QUALITY_VALUES: ReadonlySet<string> = new Set([
  'high', 'medium', 'low', 'green', 'yellow', 'red',
  'alta', 'media', 'baja', 'verde', 'amarillo', 'rojo',
  'baixa', 'amarelo', 'vermelho',
  'hoch', 'mittel', 'niedrig', 'grun', 'gelb', 'rot',
])

/** Substrings of headers/keys naming the messaging limit. */
export const LIMIT_KEYS: readonly string[] = ['limit', 'limite', 'tier']

/** Messaging limit values: TIER_1K, "1K customers/24h", "10.000 Kunden/24 Std.", "Unlimited". */
export const LIMIT_VALUE =
  /^(tier \d+k?|tier unlimited|unlimited|ilimitado|unbegrenzt|\d+(?:[ .,]\d+)*\s?k?\s?(?:unique\s)?(?:customers|conversations|clientes|conversaciones|conversas|kunden|unterhaltungen)?\s?(?:per|por|pro)?\s?24\s?(?:h|hrs|hours|horas|std|stunden))$/

/** A value that is unambiguous on its own (Graph API enum shown raw). Tested on raw upper-case text. */
export const TIER_ENUM = /^TIER_(?:\d+K?|UNLIMITED)$/

/** Template category values. */
export const TEMPLATE_CATEGORY_VALUES: ReadonlySet<string> = new Set([
  'marketing', 'utility', 'authentication', 'service',
  'utilidad', 'autenticacion', 'servicio',
  'utilidade', 'autenticacao', 'servico',
  'dienstprogramm', 'authentifizierung',
])

/** Header tokens naming a template category column. */
export const CATEGORY_HEADER_TOKENS: ReadonlySet<string> = new Set(['category', 'categoria', 'kategorie', 'type', 'tipo', 'typ'])

/** Tokens naming templates (column headers, list labels). */
export const TEMPLATE_TOKENS: ReadonlySet<string> = new Set([
  'template', 'templates', 'plantilla', 'plantillas', 'modelo', 'modelos', 'vorlage', 'vorlagen',
])

/** Header tokens that, with a category column, show a table lists templates. */
export const TEMPLATE_TABLE_TOKENS: ReadonlySet<string> = new Set([
  ...TEMPLATE_TOKENS, 'language', 'idioma', 'sprache',
])

/**
 * Metric labels of analytics tiles and metric columns (whole label, normalized).
 * Bare "sent"/"read" count only as a whole label next to a number, never inside prose.
 */
export const METRIC_LABELS: ReadonlySet<string> = new Set([
  'sent', 'delivered', 'read', 'failed', 'replied',
  'messages sent', 'messages delivered', 'messages read', 'messages failed',
  'message read rate', 'read rate', 'delivery rate', 'delivered rate',
  'conversations', 'all conversations', 'total conversations', 'free conversations', 'paid conversations',
  'enviados', 'entregados', 'leidos', 'mensajes enviados', 'mensajes entregados', 'mensajes leidos',
  'tasa de lectura', 'conversaciones',
  'enviadas', 'entregues', 'lidas', 'mensagens enviadas', 'mensagens entregues', 'mensagens lidas',
  'taxa de leitura', 'conversas',
  'gesendet', 'zugestellt', 'gelesen', 'nachrichten gesendet', 'nachrichten zugestellt', 'nachrichten gelesen',
  'lesequote', 'zustellrate', 'unterhaltungen',
])

/** Words in a chart's label that tie it to message metrics (matched as tokens). */
export const CHART_TOKENS: ReadonlySet<string> = new Set([
  'sent', 'delivered', 'read', 'messages', 'conversations',
  'enviados', 'entregados', 'leidos', 'mensajes', 'conversaciones',
  'enviadas', 'entregues', 'lidas', 'mensagens', 'conversas',
  'gesendet', 'zugestellt', 'gelesen', 'nachrichten', 'unterhaltungen',
])

/** Labels of the webhook callback URL field (token sequences, any one suffices). */
export const CALLBACK_LABELS: readonly string[] = [
  'callback url', 'webhook url', 'webhook endpoint', 'endpoint url',
  'url de devolucion de llamada', 'url de callback', 'url del webhook', 'url de webhook',
  'url de retorno de chamada', 'url do webhook',
  'callback url', 'ruckruf url', 'webhook url',
]

/** A subscribed-fields list label needs one token from each set. */
export const WEBHOOK_LIST_TOKENS_A: ReadonlySet<string> = new Set([
  'webhook', 'webhooks', 'subscribed', 'subscriptions', 'subscribe', 'suscritos', 'suscripciones',
  'assinados', 'assinaturas', 'abonnierte', 'abonnements',
])
export const WEBHOOK_LIST_TOKENS_B: ReadonlySet<string> = new Set([
  'fields', 'field', 'events', 'event', 'campos', 'eventos', 'felder', 'ereignisse', 'subscriptions',
  'suscripciones', 'assinaturas', 'abonnements',
])

/** Graph API webhook field names (shown verbatim in every language). */
export const WEBHOOK_FIELD_NAMES: ReadonlySet<string> = new Set([
  'messages', 'statuses', 'message_template_status_update', 'message_template_quality_update',
  'message_template_components_update', 'template_category_update', 'phone_number_quality_update',
  'phone_number_name_update', 'account_update', 'account_alerts', 'account_review_update',
  'business_capability_update', 'security', 'flows', 'message_echoes',
])
