import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { main } from '../src/cli.js'

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(argv: string[], env: Record<string, string | undefined> = {}) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (c) => (out += c))
  stderr.on('data', (c) => (err += c))
  const code = await main(argv, { stdout, stderr, stdin: new PassThrough(), env })
  return { code, out, err }
}

describe('the learnfinder command', () => {
  it('lists every command with --help', async () => {
    const r = await runCli(['--help'])
    expect(r.code).toBe(0)
    for (const name of ['serve', 'ask', 'search', 'import', 'export', 'report']) expect(r.out).toContain(`  ${name}`)
  })

  it('rejects an unknown command with a hint and exit code 2', async () => {
    const r = await runCli(['imprt'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/unknown command "imprt"/)
    expect(r.err).not.toMatch(/\n\s+at /)
  })
})
