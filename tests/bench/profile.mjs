// Where does the extension spend its time? Profiles the first pass (`initial`) or one batch of
// 50 added messages (`batch`) on the benchmark's 5,000-message chat and prints the functions of
// the content script by inclusive and self time. For readable names build unminified first:
//   NO_MINIFY=1 OUT_DIR=/tmp/x npx vite build && EXT_DIR=/tmp/x node tests/bench/profile.mjs batch
import { launchChromium } from '../e2e/harness/chromium.mjs'
import { startServer } from '../e2e/harness/server.mjs'
import { chatPage, messageRow } from './chat-page.mjs'
const srv = await startServer({ dynamic: (h, u) => u.startsWith('/bench.html') ? { body: chatPage(5000), type: 'text/html' } : null })
const d = await launchChromium({ port: srv.port, ...(process.env.EXT_DIR ? { extPath: process.env.EXT_DIR } : {}) })
const page = await d.context.newPage()
const cdp = await d.context.newCDPSession(page)
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
const mode = process.argv[2] || 'batch'
if (mode === 'initial') await cdp.send('Profiler.start')
await page.goto('https://web.whatsapp.com/bench.html')
await page.waitForFunction(() => document.querySelectorAll('[data-privacy-note]').length >= 3333, null, { timeout: 60000 })
await page.waitForFunction(() => { const n = document.querySelectorAll('[data-privacy-note]').length; if (window.__c !== n) { window.__c = n; window.__t = performance.now() } return performance.now() - window.__t > 1000 }, null, { timeout: 60000, polling: 100 })
if (mode === 'batch') {
  await cdp.send('Profiler.start')
  const rows = Array.from({ length: 50 }, (_, i) => messageRow(6000 + i)).join('')
  await page.evaluate((html) => { const h = document.createElement('div'); h.innerHTML = html; document.getElementById('bench-list').append(...h.children) }, rows)
  await page.waitForTimeout(400)
}
const { profile } = await cdp.send('Profiler.stop')
const self = new Map()
const byId = new Map(profile.nodes.map(n => [n.id, n]))
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) || 0) + (profile.timeDeltas[i + 1] || 0) / 1000) })
// inclusive time per function
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const incl = new Map()
profile.samples.forEach((id, i) => { const dt = (profile.timeDeltas[i + 1] || 0) / 1000; const seen = new Set(); for (let x = id; x !== undefined; x = parent.get(x)) { const n = byId.get(x); const k = `${n.callFrame.functionName || '(anon)'} :${n.callFrame.lineNumber}`; if (!n.callFrame.url.includes('content-script') || seen.has(k)) continue; seen.add(k); incl.set(k, (incl.get(k) || 0) + dt) } })
console.log('INCLUSIVE\n' + [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1)}\t${k}`).join('\n'))
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}\t${k}`).join('\n'))
await d.close(); await srv.close()
