/// <reference types="vite/client" />

/** Built paths of the self-contained content scripts (defined in vite.config.ts). */
declare const __WHATSAPP_WEB_SCRIPT__: string
declare const __DASHBOARDS_SCRIPT__: string
declare const __ANNOTATE_ONCE_SCRIPT__: string
/** Built path of the Settings › Privacy reader, injected into WhatsApp Web only while that panel is open. */
declare const __PRIVACY_READER_SCRIPT__: string
/** Built path of the note script, injected into WhatsApp Web the first time a note is wanted. */
declare const __NOTE_SCRIPT__: string
/** Built path of the drawers' and Status screen's detectors, injected into WhatsApp Web the first time one is open. */
declare const __VIEW_DETECTORS_SCRIPT__: string
