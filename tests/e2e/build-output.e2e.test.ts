// The built extension (npm run build) as the browsers load it: which content script runs where.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'

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
  })

  test('every content script starts with V8’s compile-everything hint', () => {
    for (const file of ['whatsapp-web', 'dashboards', 'annotate-once']) {
      expect(read(build, `content/${file}.js`).split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad')
    }
  })
})
