// What a release is made of: the version both manifests must agree on, and the files the source
// archive holds (everything needed to rebuild the extension, nothing that the build makes).
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { zipFiles } from './zip.mjs'

/** Files and folders a rebuild needs (BUILDING.md says how), plus the licence and the policy texts. */
export const SOURCE_PATHS = [
  'src', '_locales', 'assets',
  'manifest.json', 'package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts',
  'BUILDING.md', 'README.md', 'LICENSE', 'PRIVACY.md', 'CHANGELOG.md',
]
const SKIPPED = /(^|\/)(node_modules|dist|\.git|\.DS_Store)(\/|$)|\.log$/
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/

/** The release version, or an error saying why there is none. */
export function releaseVersion(packageJson, manifestJson) {
  const { version } = packageJson
  if (!SEMVER.test(version ?? '')) throw new Error(`package.json version "${version}" is not semver (major.minor.patch)`)
  if (manifestJson.version !== version) {
    throw new Error(`manifest.json version "${manifestJson.version}" differs from package.json "${version}": set both to the same version`)
  }
  return version
}

export function readReleaseVersion(root = process.cwd()) {
  const read = (file) => JSON.parse(readFileSync(resolve(root, file), 'utf8'))
  return releaseVersion(read('package.json'), read('manifest.json'))
}

/** Repository-relative paths of the source archive's files, sorted. */
export function sourceFiles(root = process.cwd()) {
  const out = []
  const walk = (rel) => {
    if (SKIPPED.test(rel)) return
    const abs = join(root, rel)
    if (statSync(abs).isDirectory()) for (const name of readdirSync(abs)) walk(`${rel}/${name}`)
    else out.push(rel)
  }
  for (const path of SOURCE_PATHS) {
    if (!existsSync(join(root, path))) throw new Error(`${path} is missing: the source archive needs it`)
    walk(path)
  }
  return out.sort()
}

/** Writes the source archive to `file`; returns its entries' names. */
export function writeSourceArchive(file, root = process.cwd()) {
  const names = sourceFiles(root)
  writeFileSync(file, zipFiles(names.map((name) => ({ name, data: readFileSync(join(root, name)) }))))
  return names
}
