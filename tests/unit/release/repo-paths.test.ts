// The repository stands alone: no file may point at a path of the machine it was written on (the
// research lives in docs/research/). Scans every file git tracks.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
// Spelled in pieces so this file does not match itself.
const MACHINE_PATHS = new RegExp(['/' + 'work/', 'shared/' + 'research', '\\.lib' + 'rary/'].join('|'))
const BINARY = /\.(png|jpe?g|gif|ico|zip|woff2?)$/

it('no tracked file names a path of a build machine', () => {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).trim().split('\n')
  const offending = files
    .filter((file) => !BINARY.test(file))
    .flatMap((file) =>
      readFileSync(resolve(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (MACHINE_PATHS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    )
  expect(offending).toEqual([])
})
