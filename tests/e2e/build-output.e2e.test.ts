// The built extension (npm run build) as the browsers load it: which content script runs where.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { BUDGETS, CONTENT_SCRIPTS, popupStartScripts, weigh } from '../tools/weight.mjs'
import { noteFor } from '../../src/notes'

const builds = ['chrome', 'firefox'] as const
const read = (build: string, path: string) => readFileSync(`dist/${build}/${path}`, 'utf8')

describe.each(builds)('%s build', (build) => {
  const manifest = JSON.parse(read(build, 'manifest.json'))

  test('WhatsApp Web and the dashboards each get their own content script', () => {
    expect(manifest.content_scripts).toEqual([
      { matches: ['https://web.whatsapp.com/*'], js: ['content/whatsapp-web.js'], run_at: 'document_idle' },
      {
        matches: ['https://business.facebook.com/*', 'https://developers.facebook.com/*'],
        js: ['content/dashboards.js'],
        run_at: 'document_idle',
      },
    ])
    // The WhatsApp Web script carries no dashboard detector, and the other way round.
    expect(read(build, 'content/whatsapp-web.js')).not.toContain('biz.message-status')
    expect(read(build, 'content/dashboards.js')).not.toContain('wa.receipts')
    // The drawers' detectors come on demand: their words (About's headings) are not in the script a page starts with.
    expect(read(build, 'content/whatsapp-web.js')).not.toContain('hakkımda')
    expect(read(build, 'content/view-detectors.js')).toContain('hakkımda')
  })

  test('every content script starts with V8’s compile-everything hint', () => {
    for (const file of ['whatsapp-web', 'dashboards', 'annotate-once', 'privacy-reader', 'note', 'view-detectors']) {
      expect(read(build, `content/${file}.js`).split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad')
    }
  })

  test('webextension-polyfill in the annotating scripts keeps its message wrappers, not those of devtools or tabs', () => {
    for (const file of ['whatsapp-web', 'dashboards', 'annotate-once']) {
      const code = read(build, `content/${file}.js`)
      expect(code, file).toContain('onMessage rejected reply') // runtime.onMessage's wrapper
      expect(code, file).not.toContain('getContent') // devtools.network.onRequestFinished's
      // Its API table holds only the methods the content scripts call (vite.config.ts, CONTENT_SCRIPT_APIS).
      expect(code, file).toContain('sendMessage:{minArgs:1,maxArgs:3}')
      expect(code, file).not.toContain('getBackgroundPage')
    }
  })

  test('the overlay’s stylesheet is minified into each annotating script, its :host rules still important', () => {
    for (const file of ['whatsapp-web', 'dashboards', 'annotate-once']) {
      const code = read(build, `content/${file}.js`)
      // The note's styles come with the tooltip: in the note script on WhatsApp Web, in the script elsewhere.
      expect(code.includes('.tooltip{'), file).toBe(file !== 'whatsapp-web')
      const host = /:host\{([^}]*)\}/.exec(code)?.[1] ?? ''
      for (const property of ['all', 'display', 'visibility', 'opacity', 'transform', 'clip-path']) {
        expect(host, file).toMatch(new RegExp(`(^|;)${property}:[^;]*!important`))
      }
      expect(code, file).not.toContain('all: initial leaves direction alone') // its comments are gone
    }
    expect(read(build, 'content/note.js')).toContain('.tooltip{')
  })

  // What a page downloads and evaluates. Budgets and how to see what weighs what: npm run weight
  // (tests/tools/weight.mjs); figures in docs/performance.md.
  test('each content script and the popup before first render stay within their gzipped budgets', () => {
    const dist = `dist/${build}`
    const over = CONTENT_SCRIPTS.map((file) => weigh(dist, file)).filter((w) => w.gz > BUDGETS[w.file as keyof typeof BUDGETS])
    expect(over).toEqual([])
    const popup = popupStartScripts(dist)
    // The page's module script and what it imports were found (a changed page would read as weightless).
    expect(popup.length).toBeGreaterThan(3)
    const popupGz = popup.reduce((sum, file) => sum + weigh(dist, file).gz, 0)
    expect(popupGz).toBeLessThanOrEqual(BUDGETS['popup before first render'])
  })

  test('tooltip texts and titles live in the background, Settings › Privacy words in the privacy reader only', () => {
    // A stretch of plain words, found alike in a JSON table inside a script (no quotes to escape).
    const plain = (text: string) => text.match(/[\p{L} ]{16,}/u)![0]
    const summary = plain(noteFor('read-receipt', 'de').summary)
    const background = readdirSync(`dist/${build}/assets`).filter((f) => f.endsWith('.js')).map((f) => read(build, `assets/${f}`))
    expect(background.some((code) => code.includes(summary))).toBe(true)
    // No content script carries any of a note's words, titles included: a page gets them from the background.
    const title = plain(noteFor('read-receipt', 'de').title)
    expect(background.some((code) => code.includes(title))).toBe(true)
    for (const file of CONTENT_SCRIPTS) {
      const code = read(build, file)
      expect(code, file).not.toContain(summary)
      expect(code, file).not.toContain(title)
      if (file === 'content/privacy-reader.js') continue
      expect(code, file).not.toContain(plain(noteFor('business-analytics', 'es').summary))
      expect(code, file).not.toContain('same as last seen')
      expect(code, file).not.toContain('standard-nachrichtendauer') // a sub-panel's title (privacy-words.ts)
    }
    expect(read(build, 'content/privacy-reader.js')).toContain('same as last seen')
    expect(read(build, 'content/privacy-reader.js')).toContain('standard-nachrichtendauer')
  })
})
