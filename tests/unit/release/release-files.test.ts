import { describe, expect, it } from 'vitest'
import { readReleaseVersion, releaseVersion, sourceFiles } from '../../../tests/tools/release-files.mjs'

describe('release version', () => {
  it('is the one version manifest.json and package.json agree on', () => {
    expect(releaseVersion({ version: '1.2.3' }, { version: '1.2.3' })).toBe('1.2.3')
    expect(readReleaseVersion()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('refuses versions that disagree', () => {
    expect(() => releaseVersion({ version: '1.2.3' }, { version: '1.2.4' })).toThrow(/differs/)
  })

  it('refuses a package version that is not semver', () => {
    expect(() => releaseVersion({ version: '1.2' }, { version: '1.2' })).toThrow(/semver/)
    expect(() => releaseVersion({ version: '01.2.3' }, { version: '01.2.3' })).toThrow(/semver/)
  })
})

describe('source archive files', () => {
  const files = sourceFiles()

  it('hold the lockfile, the build notes and the licence', () => {
    for (const file of ['package-lock.json', 'package.json', 'BUILDING.md', 'LICENSE', 'manifest.json', 'vite.config.ts', 'src/privacy/index.html']) {
      expect(files).toContain(file)
    }
  })

  it('leave out what the build and npm make', () => {
    expect(files.filter((f: string) => /(^|\/)(node_modules|dist)\//.test(f))).toEqual([])
  })
})
