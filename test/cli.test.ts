import { describe, expect, it } from 'vitest'
import { runCli } from './fixtures/run-cli.js'

describe('the learnfinder command', () => {
  it('lists every command with --help', async () => {
    const r = await runCli(['--help'])
    expect(r.code).toBe(0)
    for (const name of ['serve', 'ask', 'search', 'import', 'export', 'report']) expect(r.out).toContain(`  ${name}`)
  })

  it('rejects an unknown command with a hint and exit code 2', async () => {
    const r = await runCli(['imprt', '--lang', 'en'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/unknown command "imprt"/)
    expect((await runCli(['imprt'])).err).toMatch(/没有“imprt”这个命令/)
    expect(r.err).not.toMatch(/\n\s+at /)
  })
})

describe('learnfinder --version', () => {
  it('prints the package version', async () => {
    const r = await runCli(['--version'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^learnfinder \d+\.\d+\.\d+\n$/)
  })
})
