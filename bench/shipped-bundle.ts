/**
 * @module bench/shipped-bundle
 * Compiles bench entry files with the esbuild options of the build learnfinder
 * ships (bin/build-options.js, the same function bin/build-dist.js calls), so
 * `npm run bench` can time the JavaScript users run instead of the sources
 * through tsx. tsx compiles differently: esbuild's `keepNames` defines a
 * `__name` property on every named closure each time it is made, and a
 * `\p{…}` regex literal becomes a `new RegExp(…)` at each evaluation; the
 * shipped build (target node20) does neither.
 */
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../src/paths.js'
import { shippedBuildOptions } from '../bin/build-options.js'

/**
 * Bundles `entries` (paths from the package root) with the shipped options into a new folder `dist-bench-*`
 * directly below the package (where src/paths.ts expects compiled code), the bench's own dev dependencies left
 * outside; returns the folder (the caller removes it), or null when esbuild is not installed.
 */
export async function buildShippedBundle(entries: string[], extraExternal: string[] = ['@orama/orama']): Promise<string | null> {
  let esbuild: typeof import('esbuild')
  try {
    esbuild = await import('esbuild')
  } catch {
    return null
  }
  const outdir = mkdtempSync(join(PACKAGE_ROOT, 'dist-bench-'))
  await esbuild.build(shippedBuildOptions({ root: PACKAGE_ROOT, entryPoints: entries, outdir, extraExternal }))
  return outdir
}
