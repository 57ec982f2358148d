import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { popupStartScripts, weigh } from '../../tools/weight.mjs'

// npm run weight and the build-output budgets count the popup's scripts before first render: the
// page's module script, its preloads and their static imports, never what is imported later.

let dist = ''
afterEach(() => rmSync(dist, { recursive: true, force: true }))

function write(path: string, text: string) {
  mkdirSync(join(dist, path, '..'), { recursive: true })
  writeFileSync(join(dist, path), text)
}

describe('popup scripts before first render', () => {
  it('follows static imports and preloads, not dynamic imports', () => {
    dist = mkdtempSync(join(tmpdir(), 'weight-test-'))
    write(
      'src/popup/index.html',
      '<script type="module" crossorigin src="/assets/main.js"></script><link rel="modulepreload" crossorigin href="/assets/pre.js">',
    )
    write('assets/main.js', 'import{a as b}from"./a.js";import"./side.js";const n=()=>import("./later.js");export{c}from"./c.js";')
    write('assets/a.js', 'import{x}from"./shared.js";')
    for (const file of ['pre', 'side', 'c', 'shared', 'later']) write(`assets/${file}.js`, `/*${file}*/`)
    expect(popupStartScripts(dist).sort()).toEqual(['assets/a.js', 'assets/c.js', 'assets/main.js', 'assets/pre.js', 'assets/shared.js', 'assets/side.js'])
    expect(weigh(dist, 'assets/a.js')).toMatchObject({ file: 'assets/a.js', bytes: 'import{x}from"./shared.js";'.length })
    expect(weigh(dist, 'assets/a.js').gz).toBeGreaterThan(20)
  })
})
