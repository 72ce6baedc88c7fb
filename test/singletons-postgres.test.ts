/**
 * Singletons across real `serve` workers on one PostgreSQL: three workers
 * with WeChat on (wechaty-puppet-mock), the notifier and the log purge.
 * Exactly one worker runs each at any moment; when the WeChat holder is
 * killed with SIGKILL, another worker logs in within the lease time
 * (LEASE_TTL_MS is short here; the default 30 s keeps takeover under a minute).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { PG_MODULES } from '../src/app-pg-migrations.js'
import { pgMigrate } from '../src/db/pg-migrate.js'
import { SERVE_CATALOGUE_CSV, spawnServe, type ServeProcess } from './fakes/fake-bot-api-serve.js'
import { runCli } from './fixtures/run-cli.js'
import { describeOnPostgres } from './support/postgres.js'

const TTL_MS = 3000
const LEASES = ['wechat', 'notifier', 'purge']

const workers: ServeProcess[] = []
const dirs: string[] = []
afterAll(() => {
  for (const w of workers) w.kill()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

/** Whether this worker's WeChat runs now, by its own log: started after its last stop. */
const wechatRuns = (w: ServeProcess) => {
  const log = w.stderr()
  return log.lastIndexOf('wechat: started') > log.lastIndexOf('wechat: stopped')
}

describeOnPostgres('singletons on PostgreSQL', (db) => {
  it('runs WeChat, notices and the purge in exactly one worker, and moves WeChat within the lease time when its holder is killed', async () => {
    const { pool, url, close } = await db.freshPool()
    try {
      await pgMigrate(pool, PG_MODULES)
      const dir = mkdtempSync(join(tmpdir(), 'lf-singletons-'))
      dirs.push(dir)
      const csv = join(dir, 'catalogue.csv')
      writeFileSync(csv, SERVE_CATALOGUE_CSV)
      const imported = await runCli(['import', csv], { env: { DATABASE_URL: url } })
      expect(imported.err).toBe('')

      const env = {
        DATABASE_URL: url, DATABASE_POOL_MAX: '3', LOG_SALT: 'singleton test salt', LEASE_TTL_MS: String(TTL_MS),
        WECHAT_ENABLED: '1', WECHATY_PUPPET: 'wechaty-puppet-mock', STAFF_POLL_SECONDS: '1',
      }
      for (const name of ['w1', 'w2', 'w3']) {
        const wdir = mkdtempSync(join(tmpdir(), `lf-singleton-${name}-`))
        dirs.push(wdir)
        workers.push(spawnServe(join(wdir, 'cache.db'), env))
      }
      await Promise.all(workers.map((w) => w.waitForLog(/starting: /, 90_000)))

      // Sample, all along: the leases' holders are live workers, and at most one worker's WeChat runs.
      let alive = [...workers]
      const violations: string[] = []
      const sampler = setInterval(() => {
        const running = alive.filter(wechatRuns)
        if (running.length > 1) violations.push(`WeChat ran in ${running.length} workers at once`)
      }, 50)
      try {
        const holders = async () => {
          const res = await pool.query<{ name: string; holder: string }>('SELECT name, holder FROM leases WHERE expires_at > clock_timestamp()')
          return new Map(res.rows.map((r) => [r.name, r.holder]))
        }
        const workerOf = (holder: string | undefined) => alive.find((w) => holder?.includes(`:${w.child.pid}:`))

        // "starting" is logged before every singleton has asked for its lease: wait until each is held.
        await expect.poll(async () => {
          const held = await holders()
          return LEASES.filter((lease) => !workerOf(held.get(lease)))
        }, { timeout: 30_000 }).toEqual([])
        const before = await holders()
        for (const lease of LEASES) expect(workerOf(before.get(lease)), `the ${lease} lease`).toBeDefined()
        const holder = workerOf(before.get('wechat'))!
        await expect.poll(() => alive.filter(wechatRuns), { timeout: 30_000 }).toEqual([holder])

        holder.child.kill('SIGKILL')
        const killedAt = Date.now()
        await holder.exited
        alive = alive.filter((w) => w !== holder)
        // A survivor takes the lease once it expires and logs in to WeChat.
        await expect.poll(() => alive.filter(wechatRuns).length, { timeout: TTL_MS + 30_000, interval: 50 }).toBe(1)
        const tookOver = Date.now() - killedAt
        expect(tookOver).toBeLessThan(TTL_MS + TTL_MS / 3 + 10_000)
        const after = await holders()
        expect(workerOf(after.get('wechat'))).toBe(alive.find(wechatRuns))
        // The killed worker's other leases moved too (or were never its).
        await expect
          .poll(async () => { const now = await holders(); return LEASES.filter((l) => workerOf(now.get(l))) }, { timeout: TTL_MS + 30_000 })
          .toEqual(LEASES)
        console.log(`WeChat moved ${tookOver} ms after the SIGKILL (lease ${TTL_MS} ms)`)
      } finally {
        clearInterval(sampler)
      }
      expect(violations).toEqual([])
    } finally {
      for (const w of workers) w.kill()
      await Promise.all(workers.map((w) => w.exited))
      await close()
    }
  }, 180_000)
})
