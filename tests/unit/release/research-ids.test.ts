// Every fact id the code and tests cite (RR-7, BZ-6, …) must exist in docs/research/facts.md, so
// a reader can follow each claim to its summary and source link.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
const FACT_ID = /\b(?:RR|LS|ST|PR|CU|GR|CM|CH|E2E|DM|VO|BK|LD|LL|CA|PP|MS|ADS|BZ|LE|RES)-\d+b?\b/g

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : []
  })
}

it('every fact id cited in src/ and tests/ is summarised in docs/research/facts.md', () => {
  const summarised = new Set(
    [...readFileSync(join(root, 'docs/research/facts.md'), 'utf8').matchAll(/^- \*\*([A-Z0-9]+-\d+b?)\*\*/gm)].map((m) => m[1]),
  )
  const cited = new Set([...files(join(root, 'src')), ...files(join(root, 'tests'))].flatMap((f) => readFileSync(f, 'utf8').match(FACT_ID) ?? []))
  expect(cited.size).toBeGreaterThan(20)
  expect([...cited].filter((id) => !summarised.has(id)).sort()).toEqual([])
})
