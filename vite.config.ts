import { build, defineConfig, runnerImport, type Plugin } from 'vite'
import preact from '@preact/preset-vite'
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve, basename } from 'node:path'
import sourceManifest from './manifest.json' with { type: 'json' }
import type { TooltipTable } from './src/notes/tooltips'
import pkg from './package.json' with { type: 'json' }

// One source manifest (manifest.json), two builds. BROWSER=firefox applies Firefox's differences here.
const target = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome'
const root = import.meta.dirname
// OUT_DIR builds elsewhere (e.g. an unminified profiling build beside the tested one).
const outDir = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : resolve(root, 'dist', target)
// SOURCEMAP=hidden writes .map files beside the scripts without referencing them (the scripts stay
// byte for byte the same): `npm run weight` reads them to tell which module weighs what.
const sourcemap = process.env.SOURCEMAP === 'hidden' ? ('hidden' as const) : false

export const GECKO_ID = 'metadata-lens@metadata-lens.dev'

/** Content scripts are bundled on their own (below); everything else goes through crxjs. */
const CONTENT_ENTRIES = {
  'whatsapp-web': 'src/content/whatsapp-web.ts',
  dashboards: 'src/content/dashboards.ts',
  'annotate-once': 'src/content/annotate-once.ts',
  // Injected into WhatsApp Web only once Settings › Privacy is open (checkup/content.ts).
  'privacy-reader': 'src/content/privacy-reader.ts',
  // Injected into WhatsApp Web the first time a note is wanted (overlay/note-on-demand.ts).
  note: 'src/content/note.ts',
  // Injected into WhatsApp Web the first time a drawer or the Status screen is open (content/view-detectors-on-demand.ts).
  'view-detectors': 'src/content/view-detectors.ts',
} as const

/** Where a content script source in manifest.json ends up in the build. */
const builtScript = (source: string) => `content/${basename(source, '.ts')}.js`

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  // crxjs would load content scripts through dynamic-import loaders that must be web-accessible
  // to every site (which lets any page detect the extension). We leave them out here.
  const { content_scripts: _contentScripts, ...base } = { ...sourceManifest, version: pkg.version }
  if (browser === 'chrome') return base as ManifestV3Export
  const { service_worker, ...background } = base.background
  return {
    ...base,
    // Firefox runs MV3 backgrounds as event pages (background scripts), not service workers.
    background: { ...background, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // The floor is set by data_collection_permissions: Firefox 140 (desktop) / 142 (Android); every
        // API we use is older (tests/unit/release/version-floors.test.ts). Covers the current ESR (153).
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export
}

/**
 * Swaps each src/notes/tooltips-<site>.ts for a module with its precomputed table, so the notes
 * themselves (every field, four languages) do not reach the background: it holds the whole table
 * of each site, and content scripts ask it for their categories' texts in the page's one language
 * (background/tooltip-texts.ts). No content script imports these modules.
 */
function precomputedTooltips(): Plugin {
  const code = new Map<string, Promise<string>>()
  // JSON.parse of a string literal: V8 reads a large table faster this way than as an object literal.
  const emit = (table: TooltipTable) =>
    `const TABLE = JSON.parse(${JSON.stringify(JSON.stringify(table))});\n` +
    'export function tooltipFor(category, lang) { return TABLE.notes[lang]?.[category] }\n' +
    'export function overlayLabelsFor(lang) { return TABLE.labels[lang] }\n'
  return {
    name: 'metadata-lens:precomputed-tooltips',
    load(id) {
      if (!/\/src\/notes\/tooltips-[\w-]+\.ts$/.test(id)) return null
      if (!code.has(id)) {
        code.set(
          id,
          runnerImport<{ buildTable(): TooltipTable }>(id, { configFile: false, logLevel: 'warn' }).then(({ module }) => emit(module.buildTable())),
        )
      }
      return code.get(id)!
    },
  }
}

/**
 * Loads webextension-polyfill (a UMD file) as an ES module whose default export is its
 * module.exports. Imported as CommonJS, the bundler's interop copies every own property of that
 * object onto a namespace, and reading a property descriptor of the browser's \`browser\` object
 * makes it build that API namespace: every namespace, about 2 ms on each page load (profiled).
 *
 * `methods` keeps only those entries of the polyfill's API table (which methods return promises, and
 * their argument counts), named by path ('storage.local.get'): the content scripts call a handful, and
 * the table of the rest (tabs, bookmarks, downloads…, which a content script cannot even reach) is
 * dead weight in every page. A method left out is still callable, as the browser's own (in Chromium,
 * where the polyfill wraps, MV3 methods return promises themselves). The polyfill's code is unchanged.
 */
function polyfillAsModule(methods?: readonly string[]): Plugin {
  const file = createRequire(import.meta.url).resolve('webextension-polyfill')
  const virtual = '\0webextension-polyfill-module'
  return {
    name: 'metadata-lens:polyfill-as-module',
    enforce: 'pre',
    resolveId: (id) => (id === 'webextension-polyfill' ? virtual : null),
    load(id) {
      if (id !== virtual) return null
      let umd = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n')
      if (methods) umd = withoutWrappersOutside(withApiTableOf(umd, methods), methods.map((path) => path.split('.')[0]!))
      return `const module = { exports: {} };\nconst exports = module.exports;\n${umd}\nexport default module.exports;\n`
    },
  }
}

/** The polyfill's source with its API table (`const apiMetadata = {…};`, JSON) cut to `methods`. */
function withApiTableOf(umd: string, methods: readonly string[]): string {
  const start = umd.indexOf('{', umd.indexOf('const apiMetadata = {'))
  const end = umd.indexOf('\n      };\n', start)
  if (umd.indexOf('const apiMetadata = {') < 0 || end < 0) {
    throw new Error('webextension-polyfill: its API table was not found; check withApiTableOf against the new version')
  }
  const table = JSON.parse(umd.slice(start, end + '\n      }'.length)) as Record<string, unknown>
  const kept: Record<string, unknown> = {}
  for (const path of methods) {
    const names = path.split('.')
    let from = table
    let to = kept
    for (const name of names.slice(0, -1)) {
      from = from?.[name] as Record<string, unknown>
      to = (to[name] ??= {}) as Record<string, unknown>
    }
    const entry = from?.[names[names.length - 1]!]
    if (!entry) throw new Error(`webextension-polyfill: ${path} is not in its API table`)
    to[names[names.length - 1]!] = entry
  }
  return umd.slice(0, start) + JSON.stringify(kept) + umd.slice(end + '\n      }'.length)
}

/**
 * The polyfill's source without its hand-written wrappers for devtools.network.onRequestFinished and
 * tabs.sendMessage when `namespaces` leaves those namespaces out (a content script reaches neither).
 */
function withoutWrappersOutside(umd: string, namespaces: readonly string[]): string {
  const cuts: Array<[string, RegExp]> = [
    ['devtools', /\n {6}const onRequestFinishedWrappers = new DefaultWeakMap\([\s\S]*?\n {6}\}\);(?=\n {6}const onMessageWrappers)/],
    ['devtools', /\n {8}devtools: \{\n[\s\S]*?\n {8}\},(?=\n {8}runtime: \{)/],
    ['tabs', /,\n {8}tabs: \{\n[\s\S]*?\n {8}\}(?=\n {6}\};)/],
  ]
  for (const [namespace, cut] of cuts) {
    if (namespaces.includes(namespace)) continue
    if (!cut.test(umd)) throw new Error(`webextension-polyfill: its ${namespace} wrapper was not found; check withoutWrappersOutside against the new version`)
    umd = umd.replace(cut, '')
  }
  return umd
}

/** The promise-returning methods the content scripts call (the polyfill wraps only these). */
const CONTENT_SCRIPT_APIS = ['runtime.sendMessage', 'storage.sync.get'] as const

/**
 * V8's explicit compile hint (Chromium 136+; a plain comment elsewhere): compile every function of
 * the file while loading it. A content script calls nearly all of its code in the first pass, and
 * compiling each function lazily on its first call was the largest part of our start-up cost
 * (`npm run bench`: first pass about 31 → 24 ms on the 5,000-message chat). It must be the first line.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/**
 * Bundles each content script into one self-contained classic script (IIFE): no loader, no
 * web-accessible resources, nothing for pages to probe. Then puts manifest.json's
 * content_scripts back into the built manifest, pointing at those files.
 */
function selfContainedContentScripts(): Plugin {
  return {
    name: 'metadata-lens:content-scripts',
    apply: 'build',
    async closeBundle() {
      for (const [name, entry] of Object.entries(CONTENT_ENTRIES)) {
        await build({
          configFile: false,
          logLevel: 'warn',
          define: { 'process.env.NODE_ENV': '"production"' },
          plugins: [polyfillAsModule(CONTENT_SCRIPT_APIS)],
          build: {
            outDir: resolve(outDir, 'content'),
            emptyOutDir: false,
            minify: !process.env.NO_MINIFY, // NO_MINIFY=1 keeps names readable in profiles
            sourcemap,
            lib: { entry: resolve(root, entry), formats: ['iife'], name: 'metadataLens', fileName: () => `${name}.js` },
          },
        })
        const built = resolve(outDir, 'content', `${name}.js`)
        writeFileSync(built, COMPILE_HINT + readFileSync(built, 'utf8'))
        if (sourcemap) {
          // The hint is one more line at the top: the map's lines move down by one.
          const map = JSON.parse(readFileSync(`${built}.map`, 'utf8'))
          writeFileSync(`${built}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }))
        }
      }
      const file = resolve(outDir, 'manifest.json')
      const built = JSON.parse(readFileSync(file, 'utf8'))
      built.content_scripts = sourceManifest.content_scripts.map((cs) => ({ ...cs, js: cs.js.map(builtScript) }))
      writeFileSync(file, JSON.stringify(built, null, 2))
    },
  }
}

/**
 * The popup paints its first screen (the header and frame written in src/popup/index.html) before
 * any script has run. A stylesheet link would hold that paint until the file arrives, and it is
 * fetched after the scripts' module preloads; so the popup's CSS (a few kB) goes into its page.
 */
function popupCssInPage(): Plugin {
  return {
    name: 'metadata-lens:popup-css-in-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith('src/popup/index.html') || !ctx.bundle) return html
        const bundle = ctx.bundle
        return html.replace(/<link rel="stylesheet"[^>]*? href="\/?([^"]+\.css)"[^>]*>/g, (link, file: string) => {
          const asset = bundle[file]
          return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : link
        })
      },
    },
  }
}

export default defineConfig({
  plugins: [
    polyfillAsModule(),
    precomputedTooltips(),
    preact(),
    crx({ manifest: manifestFor(target), browser: target }),
    popupCssInPage(),
    selfContainedContentScripts(),
  ],
  define: {
    // The background registers and injects the bundled content scripts by these paths.
    __WHATSAPP_WEB_SCRIPT__: JSON.stringify(builtScript(CONTENT_ENTRIES['whatsapp-web'])),
    __DASHBOARDS_SCRIPT__: JSON.stringify(builtScript(CONTENT_ENTRIES.dashboards)),
    __ANNOTATE_ONCE_SCRIPT__: JSON.stringify(builtScript(CONTENT_ENTRIES['annotate-once'])),
    __PRIVACY_READER_SCRIPT__: JSON.stringify(builtScript(CONTENT_ENTRIES['privacy-reader'])),
    __NOTE_SCRIPT__: JSON.stringify(builtScript(CONTENT_ENTRIES.note)),
    __VIEW_DETECTORS_SCRIPT__: JSON.stringify(builtScript(CONTENT_ENTRIES['view-detectors'])),
  },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap,
    rollupOptions: {
      input: {
        library: resolve(root, 'src/library/index.html'),
        welcome: resolve(root, 'src/welcome/index.html'),
        privacy: resolve(root, 'src/privacy/index.html'),
      },
    },
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
})
