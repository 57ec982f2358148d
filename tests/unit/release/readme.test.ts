import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'

// The README is for users and contributors: short, with the sections a newcomer looks for and the
// two commands CI and people rely on (issue 20). Measurements live in docs/performance.md.

const readme = readFileSync('README.md', 'utf8')
const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1])

describe('README', () => {
  test('is at most 12,000 bytes (so at most 12,000 characters however they are counted)', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(12_000)
  })

  test('has the sections a user and a contributor look for', () => {
    for (const section of ['Install', 'How to use', 'Commands', 'Permissions', 'Privacy promise', 'Source map', 'How to test']) {
      expect(headings).toContain(section)
    }
  })

  test('gives the build command for both browsers and the test command', () => {
    expect(readme).toMatch(/^npm ci && npm run build\b/m)
    expect(readme).toMatch(/^npm test\b/m)
  })

  test('shows a screenshot that exists in the repository', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1])
    expect(images.length).toBeGreaterThan(0)
    for (const path of images) expect(() => readFileSync(path)).not.toThrow()
  })

  test('leaves measurements to docs/performance.md', () => {
    expect(readme).toContain('docs/performance.md')
    expect(readme).not.toMatch(/\d+(\.\d+)?\s?ms\b/)
  })
})
