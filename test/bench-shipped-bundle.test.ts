import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PACKAGE_ROOT } from '../src/paths.js'
import { buildShippedBundle } from '../bench/shipped-bundle.js'
import { shippedBuildOptions } from '../bin/build-options.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** Bundles one throwaway entry file the way `npm run bench` bundles its search bench. */
async function bundle(source: string): Promise<{ dir: string; code: string }> {
  const src = mkdtempSync(join(tmpdir(), 'lf-shipped-'))
  made.push(src)
  const entry = join(src, 'entry.ts')
  writeFileSync(entry, source)
  const dir = (await buildShippedBundle([entry]))!
  made.push(dir)
  return { dir, code: readFileSync(join(dir, 'entry.js'), 'utf8') }
}

describe('the bench times the build learnfinder ships', () => {
  it('builds dist/ and the bench from one set of esbuild options', () => {
    const buildDist = readFileSync(join(PACKAGE_ROOT, 'bin/build-dist.js'), 'utf8')
    expect(buildDist).toMatch(/esbuild\.build\(shippedBuildOptions\(/)
    expect(buildDist.match(/esbuild\.build\(/g)).toHaveLength(1)
    const options = shippedBuildOptions({ root: PACKAGE_ROOT, entryPoints: ['src/cli.ts'], outdir: 'dist' })
    expect(options).toMatchObject({ bundle: true, splitting: true, format: 'esm', target: 'node20', minifySyntax: true })
    expect(options.keepNames).toBeUndefined()
  })

  it('compiles a named closure without a __name definition and keeps a \\p{…} pattern a literal, as dist/ does', async () => {
    const { code } = await bundle('export function hanRuns(text: string): string[] {\n  const isHan = (c: string) => /\\p{Script=Han}/u.test(c)\n  return [...text].filter(isHan)\n}\n')
    expect(code).not.toContain('__name')
    expect(code).not.toContain('new RegExp')
    expect(code).toContain('/\\p{Script=Han}/u')
  }, 60_000)

  it('puts the bundle directly below the package, so compiled code finds the knowledge files as dist/ does', async () => {
    const { dir } = await bundle(`import { PACKAGE_ROOT } from ${JSON.stringify(join(PACKAGE_ROOT, 'src/paths.js'))}\nconsole.log(PACKAGE_ROOT)\n`)
    expect(execFileSync(process.execPath, [join(dir, 'entry.js')], { encoding: 'utf8' }).trim()).toBe(PACKAGE_ROOT)
  }, 60_000)
})
