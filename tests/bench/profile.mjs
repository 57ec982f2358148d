// Where does the extension spend its time? Profiles the first pass (`initial`) or one batch of
// 50 added messages (`batch`) on the benchmark's 5,000-message chat and prints the functions of
// the content script by inclusive and self time (WARM=n and BATCHES=n: see below). For readable
// names build unminified first:
//   NO_MINIFY=1 OUT_DIR=/tmp/x npx vite build && EXT_DIR=/tmp/x node tests/bench/profile.mjs batch
import { launchChromium } from '../e2e/harness/chromium.mjs'
import { startServer } from '../e2e/harness/server.mjs'
import { chatPage, messageRow } from './chat-page.mjs'
const srv = await startServer({ dynamic: (h, u) => u.startsWith('/bench.html') ? { body: chatPage(Number(process.env.BENCH_MESSAGES || 5000)), type: 'text/html' } : null })
const d = await launchChromium({ port: srv.port, ...(process.env.EXT_DIR ? { extPath: process.env.EXT_DIR } : {}) })
const page = await d.context.newPage()
const cdp = await d.context.newCDPSession(page)
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
const mode = process.argv[2] || 'batch'
if (mode === 'initial') await cdp.send('Profiler.start')
await page.goto('https://web.whatsapp.com/bench.html')
const MESSAGES = Number(process.env.BENCH_MESSAGES || 5000)
await page.waitForFunction((n) => document.querySelectorAll('[data-privacy-note]').length >= n, Math.floor((MESSAGES * 2) / 3), { timeout: 60000 })
await page.waitForFunction(() => { const n = document.querySelectorAll('[data-privacy-note]').length; if (window.__c !== n) { window.__c = n; window.__t = performance.now() } return performance.now() - window.__t > 1000 }, null, { timeout: 60000, polling: 100 })
if (mode === 'batch') {
  // WARM=n adds n batches before the profiled ones (the bench's batches 2–5 run on warm code);
  // BATCHES=n profiles n batches in one profile (more samples, same per-batch work).
  const addBatch = async (b) => {
    const rows = Array.from({ length: 50 }, (_, i) => messageRow(6000 + b * 50 + i)).join('')
    await page.evaluate((html) => { const h = document.createElement('div'); h.innerHTML = html; document.getElementById('bench-list').append(...h.children) }, rows)
    await page.waitForTimeout(400)
  }
  const warm = Number(process.env.WARM || 0)
  for (let b = 0; b < warm; b++) await addBatch(b)
  await cdp.send('Profiler.start')
  for (let b = warm; b < warm + Number(process.env.BATCHES || 1); b++) await addBatch(b)
}
const { profile } = await cdp.send('Profiler.stop')
// Only samples whose stack holds a content-script frame count, as in the benchmark. "self" is the
// leaf frame (native calls show up under their own name), "ours" the innermost content-script frame.
// A sample stands for the time to the next one, capped (1 ms as in run.mjs). On a busy machine
// CAP_MS=0.15 (just over the sampling interval) approximates CPU time instead of wall time.
const CAP_MS = Number(process.env.CAP_MS || 1)
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const isOurs = (n) => n.callFrame.url.includes('/content/')
const name = (n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`
const self = new Map()
const innermost = new Map()
const incl = new Map()
let total = 0
const add = (m, k, v) => m.set(k, (m.get(k) || 0) + v)
profile.samples.forEach((id, i) => {
  const dt = Math.min((profile.timeDeltas[i + 1] || 0) / 1000, CAP_MS) // capped as in run.mjs
  const chain = []
  for (let x = id; x !== undefined; x = parent.get(x)) chain.push(byId.get(x))
  const firstOurs = chain.find(isOurs)
  if (!firstOurs) return
  total += dt
  add(self, `${name(chain[0])}${isOurs(chain[0]) ? '' : ' <- ' + name(firstOurs)}`, dt)
  add(innermost, name(firstOurs), dt)
  const seen = new Set()
  for (const n of chain) if (isOurs(n) && !seen.has(name(n))) { seen.add(name(n)); add(incl, name(n), dt) }
})
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([key, v]) => `${v.toFixed(1)}\t${key}`).join('\n')
console.log(`TOTAL content-script CPU ${total.toFixed(1)} ms`)
if (process.env.DELTAS) {
  // How the time of our samples is spread over sample gaps: long gaps mean the thread (or the sampler) was descheduled.
  const buckets = { '<=0.15': [0, 0], '<=0.5': [0, 0], '<=2': [0, 0], '>2': [0, 0] }
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] || 0) / 1000
    let x = id
    let ours = false
    for (; x !== undefined; x = parent.get(x)) if (isOurs(byId.get(x))) { ours = true; break }
    if (!ours) return
    const k = dt <= 0.15 ? '<=0.15' : dt <= 0.5 ? '<=0.5' : dt <= 2 ? '<=2' : '>2'
    buckets[k][0]++
    buckets[k][1] += dt
  })
  console.log('DELTAS (samples, ms):', JSON.stringify(Object.fromEntries(Object.entries(buckets).map(([k, [n, t]]) => [k, [n, +t.toFixed(1)]]))))
}
console.log('\nINCLUSIVE\n' + top(incl, 35))
console.log('\nINNERMOST OWN FRAME (self + natives it calls)\n' + top(innermost, 25))
console.log('\nLEAF\n' + top(self, 25))
// The call tree of the content script, down to nodes of at least 0.5 ms.
const treeTime = new Map()
profile.samples.forEach((id, i) => {
  const dt = Math.min((profile.timeDeltas[i + 1] || 0) / 1000, CAP_MS)
  for (let x = id; x !== undefined; x = parent.get(x)) treeTime.set(x, (treeTime.get(x) || 0) + dt)
})
const lines = []
const walk = (node, depth) => {
  const t = treeTime.get(node.id) || 0
  if (t < Number(process.env.TREE_MIN || 0.5)) return
  const shown = isOurs(node) || depth > 0
  if (shown) lines.push(`${'  '.repeat(depth)}${t.toFixed(1)} ${name(node)}`)
  for (const c of node.children ?? []) walk(byId.get(c), shown ? depth + 1 : 0)
}
if (process.env.TREE) {
  walk(profile.nodes[0], 0)
  console.log('\nTREE\n' + lines.join('\n'))
}
await d.close(); await srv.close()
