// Builds dist/snapshot.blob, the start-up snapshot that `learnfinder ask`, `search` and `show` start from
// (bin/snapshot-main.js says what is in it; bin/snapshot-stamp.js when it is used). Run by bin/build-dist.js
// after dist/ itself. The sources are bundled once more into one CommonJS file (a snapshot cannot load ES
// modules) with the shipped build's options, and two differences that keep its behaviour that of dist/:
// - each module's `import.meta.url` is the URL of the dist/ chunk the same module is in, so paths, the disk
//   cache's code keys and worker threads are those of dist/;
// - a package left outside the bundle (native code, channels) is loaded at its first use rather than when the
//   module importing it runs, so no native addon is loaded while the snapshot is built.
// Any failure leaves no blob, and the command runs dist/ as before.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { shippedBuildOptions, SHIPPED_EXTERNAL } from './build-options.js'
import { SNAPSHOT_BLOB, SNAPSHOT_BUNDLE, snapshotStamp } from './snapshot-stamp.js'

// A package outside the bundle, as a stand-in with the same export names, each read from the package (loaded
// through the runtime require the snapshot's main function installs) at its first use; a package whose export
// is a class or function is stood in for by a function that constructs or calls it.
const LAZY_EXTERNAL = `
var __lfRequire = null;
globalThis.__lfSnapshotStarted = () => { __lfRequire = require("node:module").createRequire(__lfBundleUrl); };
function __lfExternal(id, callable, names) {
  let real;
  const load = () => {
    if (real === undefined) {
      if (__lfRequire === null) throw new Error("learnfinder snapshot: " + id + " was used while the snapshot was built");
      real = __lfRequire(id);
    }
    return real;
  };
  const out = callable ? function (...args) { return new.target ? Reflect.construct(load(), args) : Reflect.apply(load(), this, args); } : {};
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(out, name)) Object.defineProperty(out, name, { enumerable: true, get: () => load()[name] });
  }
  return out;
}
`

/** esbuild plugin: every shipped external becomes a lazy stand-in (its export names read from it here). */
function lazyExternals(root) {
  const names = SHIPPED_EXTERNAL.map((p) => new RegExp('^' + p.replace(/[.+?^${}()|[\]\\/]/g, '\\$&').replace('*', '.+') + '$'))
  const requireHere = createRequire(join(root, 'package.json'))
  return {
    name: 'lazy-externals',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) =>
        names.some((re) => re.test(args.path)) ? { path: args.path, namespace: 'lf-external' } : undefined,
      )
      build.onLoad({ filter: /.*/, namespace: 'lf-external' }, (args) => {
        let real
        try {
          real = requireHere(args.path)
        } catch (err) {
          // An ES-module-only package cannot be required, at build or at run time: any module of the snapshot
          // importing it fails the build here.
          const message = `learnfinder snapshot: ${args.path} cannot be loaded from the snapshot (${err.code ?? err.message})`
          return { contents: `throw new Error(${JSON.stringify(message)})`, loader: 'js' }
        }
        const own = Object.getOwnPropertyNames(real).filter((n) => n !== '__esModule')
        const args2 = [JSON.stringify(args.path), typeof real === 'function', JSON.stringify(own)].join(', ')
        return { contents: `module.exports = __lfExternal(${args2})`, loader: 'js' }
      })
    },
  }
}

/** esbuild plugin: `import.meta.url` in a module is the URL of the dist/ chunk holding the same module. */
function distModuleUrls(root, chunkOf) {
  return {
    name: 'dist-module-urls',
    setup(build) {
      build.onLoad({ filter: /\.(m?[jt]sx?|cjs)$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8')
        if (!text.includes('import.meta.url')) return undefined
        const chunk = chunkOf.get(relative(root, args.path))
        if (!chunk) throw new Error(`${args.path} uses import.meta.url and is in no dist/ chunk`)
        const loader = /\.tsx$/.test(args.path) ? 'tsx' : /\.m?ts$/.test(args.path) ? 'ts' : 'js'
        return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(join(root, chunk)).href)), loader }
      })
    },
  }
}

/**
 * Builds dist/snapshot.cjs and dist/snapshot.blob for the package at `root`, given the metafile of the dist/
 * build; returns false (and leaves no blob) when any step fails.
 */
export async function buildSnapshot({ root, esbuild, distMetafile }) {
  const bundle = join(root, SNAPSHOT_BUNDLE)
  const blob = join(root, SNAPSHOT_BLOB)
  rmSync(blob, { force: true })
  const chunkOf = new Map()
  for (const [out, o] of Object.entries(distMetafile.outputs)) for (const input of Object.keys(o.inputs)) chunkOf.set(input, out)
  const base = shippedBuildOptions({ root, entryPoints: ['bin/snapshot-main.js'], outdir: 'dist' })
  try {
    await esbuild.build({
      ...base,
      outdir: undefined,
      outfile: SNAPSHOT_BUNDLE,
      splitting: false,
      format: 'cjs',
      external: [],
      plugins: [lazyExternals(root), distModuleUrls(root, chunkOf)],
      banner: { js: `var __lfBundleUrl = ${JSON.stringify(pathToFileURL(bundle).href)};\n${LAZY_EXTERNAL}` },
    })
  } catch (err) {
    console.error(`learnfinder: the start-up snapshot was not built (${err.message}); the command runs dist/`)
    return false
  }
  // Built and tried with no node options: it is used only by a plain `node` (bin/snapshot-stamp.js).
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  const run = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', bundle], { cwd: root, env, encoding: 'utf8' })
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
  // Stamped before it is tried: a snapshot that does not match its stamp hands the command to dist/ itself.
  const stampFile = join(root, 'dist', 'snapshot.json')
  writeFileSync(stampFile, JSON.stringify(snapshotStamp(root)))
  const tried = run.status === 0 ? spawnSync(process.execPath, ['--snapshot-blob', blob, 'version'], { cwd: root, env: { ...env, LEARNFINDER_SNAPSHOT_TRIAL: '1' }, encoding: 'utf8' }) : run
  if (tried.status !== 0 || tried.stdout.trim() !== `learnfinder ${version}`) {
    rmSync(blob, { force: true })
    rmSync(stampFile, { force: true })
    console.error(`learnfinder: the start-up snapshot was not built; the command runs dist/\n${(tried.stderr ?? '').trim()}`)
    return false
  }
  return true
}
