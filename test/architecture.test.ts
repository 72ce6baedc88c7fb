/**
 * The house rules on layers, checked on every run: no import (type-only and dynamic ones included) runs from a
 * lower layer to a higher one, and no two source files import each other in a circle. A new top-level folder
 * under src/ fails until someone places it in LAYERS below, so the map stays complete. And no source file grows past
 * the house limit of 300 lines: a file that does is split along a real seam, not left to grow.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const SRC = join(ROOT, 'src')

/** The one map of layers, low (0) to high. Keys are paths under src/: a folder ("text/") or a file ("config.ts").
 * Top-level core files are shared by everyone: errors, paths, config (env via zod), prompts, knowledge files,
 * limits and logging sit below dialogue so every layer may read them. */
const LAYERS: Record<string, { layer: number; name: string }> = {
  'text/': { layer: 0, name: 'core' },
  'db/': { layer: 0, name: 'core' },
  'catalogue/': { layer: 0, name: 'core' },
  'query/': { layer: 0, name: 'core' },
  'search/': { layer: 0, name: 'core' },
  'llm/': { layer: 0, name: 'core' },
  'voice/': { layer: 0, name: 'core' },
  'errors.ts': { layer: 0, name: 'core' },
  'paths.ts': { layer: 0, name: 'core' },
  'config.ts': { layer: 0, name: 'core' },
  'knowledge-file.ts': { layer: 0, name: 'core' },
  'prompts.ts': { layer: 0, name: 'core' },
  'limits.ts': { layer: 0, name: 'core' },
  'dotenv.ts': { layer: 0, name: 'core' },
  'disk-cache.ts': { layer: 0, name: 'core' },
  'yaml-cache.ts': { layer: 0, name: 'core' },
  'log.ts': { layer: 0, name: 'core' },
  'logger.ts': { layer: 0, name: 'core' },
  'dialogue/': { layer: 1, name: 'dialogue' },
  'channels/': { layer: 2, name: 'channels' },
  'staff/': { layer: 3, name: 'staff' },
  'main.ts': { layer: 4, name: 'wiring' },
  'cli.ts': { layer: 4, name: 'wiring' },
  'cli/': { layer: 4, name: 'wiring' },
}

/** Edges that break the rule today and are being fixed on another branch; each must name who removes it. */
const ALLOWED_UPWARD: Record<string, string> = {
  // moved by house-core: `Lang` goes to src/text/lang.ts; remove these four lines when that lands.
  'src/llm/grounded-chat-model.ts -> src/dialogue/types.ts': 'moved by house-core',
  'src/prompts.ts -> src/dialogue/types.ts': 'moved by house-core',
  'src/query/types.ts -> src/dialogue/types.ts': 'moved by house-core',
  'src/query/understand.ts -> src/dialogue/types.ts': 'moved by house-core',
}

/** Where a file sits: its folder or file entry in LAYERS, or app-*.ts at the wiring layer. */
function layerOf(file: string): { layer: number; name: string } | undefined {
  const rel = relative(SRC, file).split('\\').join('/')
  if (/^app-[^/]+\.ts$/.test(rel)) return { layer: 4, name: 'wiring' }
  if (/^log[^/]*\.ts$/.test(rel)) return { layer: 0, name: 'core' }
  const top = rel.includes('/') ? `${rel.split('/')[0]}/` : rel
  return LAYERS[top]
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry) && !entry.endsWith('.d.ts') ? [path] : []
  })
}

/** Every relative specifier a file imports: static, `import type`, `export ... from` and dynamic `import()`. */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
  const specs: string[] = []
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) specs.push(m[1]!)
  return specs.filter((s) => s.startsWith('.'))
}

function resolveImport(from: string, spec: string): string {
  const target = resolve(dirname(from), spec)
  if (target.endsWith('.mjs')) return target.replace(/\.mjs$/, '.mts')
  // `./page.js` is written for a page.ts or a page.tsx (hono/jsx views).
  const ts = target.replace(/\.js$/, '.ts')
  const tsx = target.replace(/\.js$/, '.tsx')
  return !existsSync(ts) && existsSync(tsx) ? tsx : ts
}

const rel = (f: string) => relative(ROOT, f).split('\\').join('/')
const files = sourceFiles(SRC)
const graph = new Map<string, string[]>(files.map((f) => [f, importsOf(readFileSync(f, 'utf8')).map((s) => resolveImport(f, s))]))

describe('the layers of src/', () => {
  it('places every file under src/ in a layer', () => {
    const unplaced = files.filter((f) => !layerOf(f)).map((f) => `${rel(f)}: not in any layer — add its folder to LAYERS in test/architecture.test.ts (core, dialogue, channels, staff or wiring)`)
    expect(unplaced).toEqual([])
  })

  it('resolves every relative import to a file that exists', () => {
    const known = new Set(files)
    const missing = [...graph].flatMap(([f, targets]) => targets.filter((t) => !known.has(t)).map((t) => `${rel(f)} imports missing ${rel(t)}`))
    expect(missing).toEqual([])
  })

  it('has no import running from a lower layer up to a higher one', () => {
    const upward: string[] = []
    for (const [file, targets] of graph) {
      const from = layerOf(file)
      for (const target of targets) {
        const to = layerOf(target)
        if (!from || !to || to.layer <= from.layer) continue
        const edge = `${rel(file)} -> ${rel(target)}`
        if (edge in ALLOWED_UPWARD) continue
        upward.push(`${edge} (${from.name} imports ${to.name})`)
      }
    }
    expect(upward).toEqual([])
  })

  it('has no import cycle among files', () => {
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const stack: string[] = []
    const visit = (file: string): void => {
      state.set(file, 'open')
      stack.push(file)
      for (const target of graph.get(file) ?? []) {
        if (!graph.has(target)) continue
        const seen = state.get(target)
        if (seen === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].map(rel).join(' -> '))
        else if (!seen) visit(target)
      }
      stack.pop()
      state.set(file, 'done')
    }
    for (const file of files) if (!state.has(file)) visit(file)
    expect(cycles).toEqual([])
  })

  it('reads type-only and dynamic imports as well as plain ones', () => {
    const specs = importsOf(`import type { A } from './a.js'\nexport { b } from './b.js'\nconst c = await import('./c.js')\nimport './d.js'\nimport {\n  e,\n} from '../e.js'`)
    expect(specs.sort()).toEqual(['../e.js', './a.js', './b.js', './c.js', './d.js'])
  })
})

/** The house limit on a source file's length, in lines (as `wc -l` counts them). */
const MAX_LINES = 300

describe('the size of src/ files', () => {
  it('keeps every source file within 300 lines', () => {
    const long = files
      .map((f) => ({ file: rel(f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines (the limit is ${MAX_LINES}: split it along a real seam)`)
    expect(long).toEqual([])
  })
})
