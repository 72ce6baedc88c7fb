/** .ci/postgres.sh, the throwaway cluster CI and the `postgres` test project start, on a machine without PostgreSQL. */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SCRIPT = fileURLToPath(new URL('../.ci/postgres.sh', import.meta.url))

describe('.ci/postgres.sh', () => {
  it('stops with one line saying what to install when there are no PostgreSQL binaries', () => {
    const r = spawnSync('bash', [SCRIPT, 'start'], { encoding: 'utf8', env: { ...process.env, PG_BINDIR: '/nonexistent/bin' } })
    expect(r.status).toBe(3)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/PostgreSQL binaries not found .*postgresql package.*TEST_POSTGRES=0/)
  })

  it('explains its usage for an unknown action', () => {
    const r = spawnSync('bash', [SCRIPT, 'restart'], { encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/usage: .* start\|stop/)
  })
})
