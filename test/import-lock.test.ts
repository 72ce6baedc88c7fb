/**
 * One import at a time per database: a second one while another process
 * imports is refused with one clear line (no stack trace) and changes
 * nothing; a lock left by a crashed import is taken over.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from './fixtures/run-cli.js'
import { SERVE_CATALOGUE_CSV } from './fakes/fake-bot-api-serve.js'

let dir: string
let db: string
let csv: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lf-lock-'))
  db = join(dir, 'lf.db')
  csv = join(dir, 'c.csv')
  writeFileSync(csv, SERVE_CATALOGUE_CSV)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const lockBy = (pid: number) =>
  writeFileSync(`${db}.import-lock`, JSON.stringify({ host: hostname(), pid, since: '2026-11-30T12:00:00.000Z' }))

describe('the import lock', () => {
  it('refuses an import while another live process holds the lock, naming it, and changes nothing', async () => {
    lockBy(process.ppid) // a process that certainly runs
    const run = await runCli(['import', csv, '--db', db])
    expect(run.code).toBe(1)
    expect(run.err).toContain(`another import into this database is running (process ${process.ppid}`)
    expect(run.err).not.toMatch(/\n\s+at /)
    const list = await runCli(['list', '--db', db])
    expect(list.out).not.toContain('CH-001')
  })

  it('takes over the lock of an import that died, and removes it afterwards', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!
    lockBy(dead)
    const run = await runCli(['import', csv, '--db', db])
    expect(run.code).toBe(0)
    expect(run.out).toContain('7 added')
    expect(existsSync(`${db}.import-lock`)).toBe(false)
  })
})
