import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import { PACKAGE_ROOT } from '../src/paths.js'

const SKIP_DIRS = new Set(['node_modules', '.git', 'data', 'dist', 'coverage', 'test-output'])
const TEXT = new Set(['.ts', '.js', '.md', '.yaml', '.yml', '.json', '.sh', '.txt', '.example', ''])

/** Every text file the repository ships (what a fresh clone has, less generated folders). */
function repoFiles(dir = PACKAGE_ROOT): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...repoFiles(path))
    else if (TEXT.has(extname(name)) && statSync(path).size < 2_000_000) out.push(path)
  }
  return out
}

function inside(path: string): boolean {
  const rel = relative(PACKAGE_ROOT, path)
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep)
}

describe('the repository is self-contained', () => {
  const files = repoFiles()

  it('has no relative path that climbs out of the repository', () => {
    const outside: string[] = []
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/(?:^|[\s`'"(\[])((?:\.\.\/)+[\w.@-][\w./@-]*)/gm)) {
        if (!inside(resolve(dirname(file), m[1]))) outside.push(`${relative(PACKAGE_ROOT, file)}: ${m[1]}`)
      }
    }
    expect(outside).toEqual([])
  })

  it('names no notes folder that only the developers have', () => {
    const hits = files
      .filter((f) => !f.endsWith('repository-paths.test.ts'))
      .filter((f) => /shared\/(spec|design\.md|style\.md|hooks)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(PACKAGE_ROOT, f))
    expect(hits).toEqual([])
  })

  it('links from every markdown file only to files that exist in it', () => {
    const broken: string[] = []
    for (const file of files.filter((f) => f.endsWith('.md'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        const target = m[1]
        if (/^[a-z]+:/i.test(target)) continue
        const path = resolve(dirname(file), target)
        if (!inside(path) || !existsSync(path)) broken.push(`${relative(PACKAGE_ROOT, file)} → ${target}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('documents the catalogue format inside the repository, linked from the staff docs', () => {
    expect(existsSync(join(PACKAGE_ROOT, 'docs/catalogue-format.md'))).toBe(true)
    for (const doc of ['README.md', 'knowledge/README.md', 'docs/staff-import.md']) {
      expect(readFileSync(join(PACKAGE_ROOT, doc), 'utf8'), doc).toMatch(/catalogue-format\.md/)
    }
  })
})
