/// <reference types="vite/client" />

/** Built paths of the self-contained content scripts (defined in vite.config.ts). */
declare const __DASHBOARDS_SCRIPT__: string
declare const __ANNOTATE_ONCE_SCRIPT__: string
