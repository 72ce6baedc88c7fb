/** Types of bin/build-options.js (plain JavaScript, run before anything is compiled). */
import type { BuildOptions } from 'esbuild'

export declare const SHIPPED_EXTERNAL: string[]
export declare function shippedBuildOptions(o: { root: string; entryPoints: string[]; outdir: string; extraExternal?: string[] }): BuildOptions
