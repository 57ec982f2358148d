import { build, defineConfig, runnerImport, type Plugin } from 'vite'
import preact from '@preact/preset-vite'
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve, basename } from 'node:path'
import sourceManifest from './manifest.json' with { type: 'json' }
import pkg from './package.json' with { type: 'json' }

// One source manifest (manifest.json), two builds. BROWSER=firefox applies Firefox's differences here.
const target = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome'
const root = import.meta.dirname
// OUT_DIR builds elsewhere (e.g. an unminified profiling build beside the tested one).
const outDir = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : resolve(root, 'dist', target)

export const GECKO_ID = 'metadata-lens@metadata-lens.dev'

/** Content scripts are bundled on their own (below); everything else goes through crxjs. */
const CONTENT_ENTRIES = {
  'whatsapp-web': 'src/content/whatsapp-web.ts',
  dashboards: 'src/content/dashboards.ts',
  'annotate-once': 'src/content/annotate-once.ts',
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
 * A content script shows only tooltip texts of its own site's categories. This swaps each
 * src/notes/tooltips-<site>.ts for a module with its precomputed table, so the notes themselves
 * (every field, four languages) and other sites' texts stay out of every page.
 */
function precomputedTooltips(): Plugin {
  const code = new Map<string, Promise<string>>()
  return {
    name: 'metadata-lens:precomputed-tooltips',
    load(id) {
      if (!/\/src\/notes\/tooltips-[\w-]+\.ts$/.test(id)) return null
      if (!code.has(id)) {
        code.set(
          id,
          runnerImport<{ buildTable(): unknown }>(id, { configFile: false, logLevel: 'warn' }).then(
            ({ module }) =>
              // JSON.parse of a string literal: V8 reads a large table faster this way than as an object literal.
              `const TABLE = JSON.parse(${JSON.stringify(JSON.stringify(module.buildTable()))});\n` +
              'export function tooltipFor(category, lang) { return TABLE.notes[lang]?.[category] }\n' +
              'export function overlayLabelsFor(lang) { return TABLE.labels[lang] }\n',
          ),
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
 */
function polyfillAsModule(): Plugin {
  const file = createRequire(import.meta.url).resolve('webextension-polyfill')
  const virtual = '\0webextension-polyfill-module'
  return {
    name: 'metadata-lens:polyfill-as-module',
    enforce: 'pre',
    resolveId: (id) => (id === 'webextension-polyfill' ? virtual : null),
    load(id) {
      if (id !== virtual) return null
      const umd = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n')
      return `const module = { exports: {} };\nconst exports = module.exports;\n${umd}\nexport default module.exports;\n`
    },
  }
}

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
          plugins: [polyfillAsModule(), precomputedTooltips()],
          build: {
            outDir: resolve(outDir, 'content'),
            emptyOutDir: false,
            minify: !process.env.NO_MINIFY, // NO_MINIFY=1 keeps names readable in profiles
            lib: { entry: resolve(root, entry), formats: ['iife'], name: 'metadataLens', fileName: () => `${name}.js` },
          },
        })
        const built = resolve(outDir, 'content', `${name}.js`)
        writeFileSync(built, COMPILE_HINT + readFileSync(built, 'utf8'))
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
    preact(),
    crx({ manifest: manifestFor(target), browser: target }),
    popupCssInPage(),
    selfContainedContentScripts(),
  ],
  define: {
    // The background registers and injects the bundled content scripts by these paths.
    __DASHBOARDS_SCRIPT__: JSON.stringify(builtScript(CONTENT_ENTRIES.dashboards)),
    __ANNOTATE_ONCE_SCRIPT__: JSON.stringify(builtScript(CONTENT_ENTRIES['annotate-once'])),
  },
  build: {
    outDir,
    emptyOutDir: true,
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
