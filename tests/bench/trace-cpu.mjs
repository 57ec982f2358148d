// The first pass's CPU time as the renderer's thread clock counts it, for builds compared side by
// side on a busy machine (the profiler behind `npm run bench` counts wall time between samples, so
// other work on the machine moves its figures by a third). Loads the 5,000-message chat once per
// build and run, interleaved with the reference annotator, and prints medians per build and per
// kind of task (script start, the detection task, the marking slices, timers: placement and summary).
//   npm run build:chrome && OUT_DIR=/tmp/before npx vite build   # (on the older commit)
//   RUNS=5 node tests/bench/trace-cpu.mjs /tmp/before dist/chrome
// Counted: every trace event of the page's main thread that runs the extension's script (its
// evaluation less compiling, which the bench's profiler does not count either; its callbacks;
// microtasks after its own scheduler tasks). Tracing adds some overhead to both sides alike.
import { resolve } from 'node:path'
import { launchChromium } from '../e2e/harness/chromium.mjs'
import { startServer } from '../e2e/harness/server.mjs'
import { chatPage, REFERENCE_ANNOTATOR } from './chat-page.mjs'

const RUNS = Number(process.env.RUNS || 5)
const MESSAGES = Number(process.env.BENCH_MESSAGES || 5000)
const builds = process.argv.slice(2).map((dir) => resolve(dir))
if (!builds.length) builds.push(resolve('dist/chrome'))
const TASKS = ['EvaluateScript', 'FireIdleCallback', 'RunPostTaskCallback', 'TimerFire', 'FireAnimationFrame']

const server = await startServer({
  dynamic: (host, url) => {
    if (url.startsWith('/bench-reference.js')) return { body: REFERENCE_ANNOTATOR, type: 'text/javascript' }
    if (url.startsWith('/bench.html')) return { body: chatPage(MESSAGES, { referenceScript: url.includes('ref=1') }), type: 'text/html; charset=utf-8' }
    return null
  },
})

async function closeWelcomePage(driver) {
  for (const deadline = Date.now() + 10000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    const welcome = driver.context.pages().find((p) => p.url().includes('/src/welcome/'))
    if (welcome) return welcome.close()
  }
}

async function measure(build) {
  const reference = build === 'reference'
  const driver = await launchChromium({ port: server.port, withExtension: !reference, ...(reference ? {} : { extPath: build }) })
  if (!reference) await closeWelcomePage(driver)
  const ours = reference ? 'bench-reference.js' : 'chrome-extension://'
  const attr = reference ? 'data-reference-note' : 'data-privacy-note'
  try {
    const page = await driver.context.newPage()
    const cdp = await driver.context.newCDPSession(page)
    const events = []
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value))
    const complete = new Promise((r) => cdp.on('Tracing.tracingComplete', r))
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] },
      transferMode: 'ReportEvents',
    })
    await page.goto(`https://web.whatsapp.com/bench.html${reference ? '?ref=1' : ''}`)
    // Settled as in the bench: marks on the ticks, and their count unchanged for a second.
    await page.waitForFunction(
      ([a, n]) => {
        const count = document.querySelectorAll(`[${a}]`).length
        if (window.__count !== count) (window.__count = count), (window.__since = performance.now())
        return count >= n && performance.now() - window.__since > 1000
      },
      [attr, Math.floor((MESSAGES * 2) / 3)],
      { timeout: 60000, polling: 100 },
    )
    await cdp.send('Tracing.end')
    await complete
    const isOurs = (e) => (e.args?.data?.url ?? e.args?.fileName ?? '').includes(ours)
    const first = events.find((e) => e.ph === 'X' && isOurs(e) && (e.name === 'FunctionCall' || e.name === 'EvaluateScript'))
    const thread = events.filter((e) => e.ph === 'X' && e.pid === first.pid && e.tid === first.tid).sort((a, b) => a.ts - b.ts || b.dur - a.dur)
    // Top-level tasks with the events nested in them.
    const tasks = []
    let end = -1
    for (const e of thread) {
      if (e.ts >= end) tasks.push([e]), (end = e.ts + e.dur)
      else tasks[tasks.length - 1].push(e)
    }
    const parts = {}
    let total = 0
    for (const task of tasks) {
      if (!task.some(isOurs)) continue
      const kind = task.find((e) => TASKS.includes(e.name))?.name ?? 'other'
      let covered = -1
      for (const e of task.slice(1)) {
        if (e.ts < covered) continue
        let cpu
        if (e.name === 'EvaluateScript' && isOurs(e)) {
          const compile = task.filter((k) => k.name === 'v8.compile' && k.ts >= e.ts && k.ts < e.ts + e.dur).reduce((sum, k) => sum + (k.tdur ?? 0), 0)
          cpu = (e.tdur ?? 0) - compile
        } else if ((e.name === 'FunctionCall' && isOurs(e)) || e.name === 'RunMicrotasks') cpu = e.tdur ?? 0
        else continue
        covered = e.ts + e.dur
        total += cpu / 1000
        parts[kind] = (parts[kind] ?? 0) + cpu / 1000
      }
    }
    return { total, parts }
  } finally {
    await driver.close()
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const all = ['reference', ...builds]
const results = new Map(all.map((b) => [b, []]))
for (let i = 0; i < RUNS; i++) {
  // Alternate the order so drift on the machine hits all alike.
  for (const build of i % 2 ? [...all].reverse() : all) results.get(build).push(await measure(build))
  console.error(`run ${i + 1}/${RUNS}: ${all.map((b) => results.get(b)[i].total.toFixed(1)).join(' / ')} ms`)
}
await server.close()
const reference = median(results.get('reference').map((r) => r.total))
for (const build of all) {
  const runs = results.get(build)
  const total = median(runs.map((r) => r.total))
  const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.parts)))]
  const parts = kinds.map((k) => `${k} ${median(runs.map((r) => r.parts[k] ?? 0)).toFixed(1)}`).join(', ')
  console.log(`${build}: ${total.toFixed(1)} ms (${(total / reference).toFixed(1)}× the reference), ${Math.min(...runs.map((r) => r.total)).toFixed(1)}–${Math.max(...runs.map((r) => r.total)).toFixed(1)}; ${parts}`)
}
