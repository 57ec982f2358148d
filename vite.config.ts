import { defineConfig } from 'vite'
import preact from '@preact/preset-vite'
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin'
import { resolve } from 'node:path'
import sourceManifest from './manifest.json' with { type: 'json' }
import pkg from './package.json' with { type: 'json' }

// One source manifest (manifest.json), two builds. BROWSER=firefox applies Firefox's differences here.
const target = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome'

export const GECKO_ID = 'metadata-lens@metadata-lens.dev'

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const base = { ...sourceManifest, version: pkg.version }
  if (browser === 'chrome') return base as ManifestV3Export
  const { service_worker, ...background } = base.background
  return {
    ...base,
    // Firefox runs MV3 backgrounds as event pages (background scripts), not service workers.
    background: { ...background, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions needs Firefox 140 (desktop) / 142 (Android).
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(target), browser: target })],
  build: {
    outDir: resolve(import.meta.dirname, 'dist', target),
    emptyOutDir: true,
    rollupOptions: {
      input: { library: resolve(import.meta.dirname, 'src/library/index.html') },
    },
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
})
