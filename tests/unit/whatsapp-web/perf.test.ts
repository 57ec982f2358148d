// Performance smoke test (happy-dom is much slower than a browser; bounds are generous and only catch
// accidental quadratic work or whole-document scans on subtree calls). Real numbers: npm run bench.
import { describe, expect, it } from 'vitest'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { loadFixture } from '../../fixtures/whatsapp/load'

function bigChat(rows: number): Document {
  const doc = loadFixture('g2024-es-group.html')
  const list = doc.querySelector('[role="application"]')!
  const templates = Array.from(list.querySelectorAll(':scope > [role="row"]'))
  const frag = doc.createDocumentFragment()
  for (let i = 0; i < rows; i++) frag.appendChild(templates[i % templates.length]!.cloneNode(true))
  list.appendChild(frag)
  return doc
}

describe('performance', () => {
  const ROWS = 5000
  const doc = bigChat(ROWS)

  it(`full scan of a ${ROWS}-message chat stays linear and bounded`, { timeout: 60_000 }, () => {
    const times: Record<string, number> = {}
    let total = 0
    for (const d of whatsappWebSite.detectors) {
      const t0 = performance.now()
      d.find(doc)
      times[d.id] = Math.round(performance.now() - t0)
      total += times[d.id]!
    }
    console.log(`full scan ${ROWS} rows:`, times, 'total', total, 'ms')
    expect(total).toBeLessThan(15000)
  })

  it('subtree scans of single added rows are cheap (no whole-document work)', { timeout: 30_000 }, () => {
    const rows = Array.from(doc.querySelectorAll('[role="application"] > [role="row"]')).slice(-200)
    const t0 = performance.now()
    for (const row of rows) for (const d of whatsappWebSite.detectors) d.find(row)
    const per = (performance.now() - t0) / rows.length
    console.log(`subtree scan: ${per.toFixed(2)} ms per row (all detectors)`)
    expect(per).toBeLessThan(20)
  })

  it('facts() on a big chat is bounded', { timeout: 30_000 }, () => {
    const t0 = performance.now()
    whatsappWebSite.facts(doc)
    const ms = performance.now() - t0
    console.log(`facts: ${ms.toFixed(1)} ms`)
    expect(ms).toBeLessThan(3000)
  })
})
