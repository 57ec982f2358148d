import { describe, expect, test } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { tmpdir } from 'node:os'
import { businessFixtures, readFixtureIndex, whatsappFixtures } from '../../e2e/shared'

// The end-to-end suites build one test per fixture from these indexes: an index that cannot be read
// must fail the run, never leave it with zero per-fixture tests.

function index(content: string | null, files: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-index-'))
  for (const f of files) writeFileSync(join(dir, f), '<p></p>')
  if (content !== null) writeFileSync(join(dir, 'index.json'), content)
  return relative(process.cwd(), join(dir, 'index.json'))
}
const list = (i: any) => i

describe('fixture indexes of the end-to-end suites', () => {
  test('the real indexes list fixtures', () => {
    expect(whatsappFixtures().length).toBeGreaterThan(5)
    expect(businessFixtures().length).toBeGreaterThan(3)
  })

  test('a missing index, an empty one, or one naming a missing file throws', () => {
    expect(() => readFixtureIndex(index(null), list)).toThrow(/missing/)
    expect(() => readFixtureIndex(index('[]'), list)).toThrow(/no fixtures/)
    expect(() => readFixtureIndex(index('{"fixtures": null}'), (i) => i.fixtures)).toThrow(/no fixtures/)
    expect(() => readFixtureIndex(index('[{"file": "gone.html"}]'), list)).toThrow(/gone.html/)
    expect(readFixtureIndex(index('[{"file": "here.html"}]', ['here.html']), list)).toEqual([{ file: 'here.html' }])
  })
})
