/**
 * @module test/container/dockerfile
 * Reads the repository's Dockerfile into stages of instructions, so the
 * container-steps script runs exactly what the Dockerfile says and a test
 * fails when the Dockerfile uses an instruction the script cannot mirror.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../../src/paths.js'

/** The instructions the container-steps script knows how to mirror. */
export const MIRRORED = ['FROM', 'RUN', 'WORKDIR', 'COPY', 'ENV', 'VOLUME', 'EXPOSE', 'HEALTHCHECK', 'CMD'] as const

/** One Dockerfile instruction: its keyword, its flags (--from=build) and the rest of the line. */
export interface Instruction {
  keyword: string
  flags: Record<string, string>
  args: string
}

/** One FROM … AS name block. */
export interface Stage {
  image: string
  name: string
  steps: Instruction[]
}

/** Splits a Dockerfile into logical lines (comments dropped, `\` continuations joined). */
export function instructions(text: string): Instruction[] {
  const out: Instruction[] = []
  let pending = ''
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!pending && (line === '' || line.startsWith('#'))) continue
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' '
      continue
    }
    const full = (pending + line).trim()
    pending = ''
    const m = /^(\w+)\s+(.*)$/.exec(full)
    if (!m) throw new Error(`cannot read Dockerfile line: ${full}`)
    const flags: Record<string, string> = {}
    let args = m[2]
    for (let f = /^--([\w-]+)=(\S+)\s+/.exec(args); f; f = /^--([\w-]+)=(\S+)\s+/.exec(args)) {
      flags[f[1]] = f[2]
      args = args.slice(f[0].length)
    }
    out.push({ keyword: m[1].toUpperCase(), flags, args })
  }
  return out
}

/** Groups instructions by stage. */
export function stages(text: string): Stage[] {
  const result: Stage[] = []
  for (const ins of instructions(text)) {
    if (ins.keyword === 'FROM') {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(ins.args)
      if (!m) throw new Error(`cannot read FROM ${ins.args}`)
      result.push({ image: m[1], name: m[2] ?? String(result.length), steps: [] })
    } else {
      if (!result.length) throw new Error(`${ins.keyword} before FROM`)
      result[result.length - 1].steps.push(ins)
    }
  }
  return result
}

/** The repository's Dockerfile, parsed. */
export function readDockerfile(path = join(PACKAGE_ROOT, 'Dockerfile')): Stage[] {
  return stages(readFileSync(path, 'utf8'))
}

/** `CMD ["a", "b"]` → ['a', 'b']; shell form → ['sh', '-c', text]. */
export function commandOf(args: string): string[] {
  return args.trim().startsWith('[') ? (JSON.parse(args) as string[]) : ['sh', '-c', args]
}

/** `ENV A=1 B="x y"` → { A: '1', B: 'x y' }. */
export function envOf(args: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const m of args.matchAll(/(\w+)=("([^"]*)"|\S*)/g)) env[m[1]] = m[3] ?? m[2]
  return env
}
