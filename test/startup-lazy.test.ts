/**
 * What a one-question `learnfinder ask` need not load or build (docs/startup.md, "Loaded lazily"): each is paid
 * only by the process that uses it, so a start-up stays small as features are added.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createEnglishRepairer } from '../src/text/english-repair.js'

const SRC = resolve(import.meta.dirname, '..', 'src')

/** The source files and packages a module loads when it is imported: its static value imports, followed. */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    for (const [, kind, what, from] of readFileSync(file, 'utf8').matchAll(/^(import|export)\s+([^'`]*?)\s*from\s+'([^']+)'/gm)) {
      if (what.startsWith('type ') || (kind === 'export' && !what.includes('{') && !what.startsWith('*'))) continue
      if (!from.startsWith('.')) packages.add(from)
      else visit([resolve(dirname(file), from).replace(/\.js$/, '.ts'), resolve(dirname(file), from).replace(/\.js$/, '.tsx')].find(existsSync)!)
    }
  }
  visit(entry)
  return { files: new Set([...files].map((f) => relative(SRC, f))), packages }
}

describe('modules loaded lazily', () => {
  const ask = staticClosure(join(SRC, 'cli', 'ask.ts'))

  it('learnfinder ask reaches the app wiring, the dialogue and the staff layer when it starts', () => {
    // So the checks below are about the real graph, not an empty one.
    for (const f of ['main.ts', 'app-pg-worker.ts', 'staff/upload-worker.ts', 'dialogue/create-chat-engine.ts', 'query/understand.ts']) expect(ask.files).toContain(f)
  })

  it('learnfinder ask loads no pg: it is required at the first pool or LISTEN connection', () => {
    // `import pg from 'pg'` anywhere `ask` reaches loads pg and the undici it asks for (~0.1 s) on SQLite too.
    expect(ask.packages).not.toContain('pg')
  })

  it('learnfinder ask loads no catalogue file reader: an upload imports them when it reads a file', () => {
    expect([...ask.files].filter((f) => f.startsWith('catalogue/read-'))).toEqual([])
    expect(ask.packages).not.toContain('yaml')
  })
})

describe('tables built lazily', () => {
  it('the English typing-slip repairer reads its word lists at the first text that asks, not when it is made', () => {
    let read = false
    const everyday = function* () { read = true; yield* ['about', 'learn', 'courses'] }
    const repair = createEnglishRepairer(everyday())
    expect(read).toBe(false)
    expect(repair('laern abiut coruses').text).toBe('learn about courses')
    expect(read).toBe(true)
    expect(repair.knows('learn')).toBe(true)
  })

  it('a repairer first asked through knows or splitGlued builds the same index', () => {
    const words = ['online', 'course', 'free', 'class']
    expect(createEnglishRepairer(words).knows('online')).toBe(true)
    expect(createEnglishRepairer(words).splitGlued('onlinecourse')).toBe('online course')
    expect(createEnglishRepairer(words).knows('onlin')).toBe(false)
  })
})
