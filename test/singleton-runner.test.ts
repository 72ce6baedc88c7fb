/**
 * The singleton runner on real SQLite leases (two connections to one file,
 * as two processes would have): one runs the job, the other takes over when
 * the first stops, and a holder that loses its lease or cannot renew it stops
 * its job. Waits on the jobs' start and stop, never on fixed sleeps.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteLeaseStore } from '../src/db/sqlite-lease-store.js'
import type { LeaseStore } from '../src/db/lease-store.js'
import { createSingleton, type Singleton } from '../src/db/singleton-runner.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

const quiet = { info() {}, warn() {}, error() {} }

/** Lease stores on two connections to one fresh file; `later` reads a clock 10 s ahead. */
function twoConnections(): [LeaseStore, LeaseStore, LeaseStore] {
  const dir = mkdtempSync(join(tmpdir(), 'lf-singleton-'))
  const [a, b] = [openDatabase(join(dir, 'lf.db')), openDatabase(join(dir, 'lf.db'))]
  cleanups.push(() => { a.close(); b.close(); rmSync(dir, { recursive: true, force: true }) })
  return [new SqliteLeaseStore(a), new SqliteLeaseStore(b), new SqliteLeaseStore(b, () => new Date(Date.now() + 10_000))]
}

/** A singleton whose job records its state and announces each change. */
function worker(leases: LeaseStore, holder: string, ttlMs = 300) {
  const events: string[] = []
  let waiters: (() => void)[] = []
  const changed = () => { for (const w of waiters.splice(0)) w() }
  const s: Singleton = createSingleton({
    leases, name: 'wechat', holder, ttlMs, log: quiet,
    start: () => { events.push('start'); changed() },
    stop: () => { events.push('stop'); changed() },
  })
  cleanups.push(() => s.stop())
  const until = (what: string) =>
    new Promise<void>((resolve) => {
      const check = () => (events.at(-1) === what ? resolve() : waiters.push(check))
      check()
    })
  return { s, events, until }
}

describe('singleton runner', () => {
  it('runs the job in the one worker holding the lease and moves it when that worker stops', async () => {
    const [la, lb] = twoConnections()
    const w1 = worker(la, 'w1')
    const w2 = worker(lb, 'w2')
    await w1.s.start()
    await w2.s.start()
    expect(w1.events).toEqual(['start'])
    expect(w2.events).toEqual([])
    expect([w1.s.holding(), w2.s.holding()]).toEqual([true, false])
    await w1.s.stop()
    expect(w1.events).toEqual(['start', 'stop'])
    await w2.until('start')
    expect(w2.s.holding()).toBe(true)
    expect(await lb.holder('wechat')).toBe('w2')
  })

  it('stops the job when the lease is taken from it', async () => {
    const [la, , late] = twoConnections()
    const w1 = worker(la, 'w1')
    await w1.s.start()
    // Another worker's clock says the lease ran out: it takes it, and w1's next renewal finds it gone.
    expect(await late.acquire('wechat', 'w2', 60_000)).toBe(true)
    await w1.until('stop')
    expect(w1.s.holding()).toBe(false)
    expect(await la.holder('wechat')).toBe('w2')
  })

  it('stops the job before its lease can expire when the database stops answering', async () => {
    const [la] = twoConnections()
    let down = false
    const flaky: LeaseStore = {
      acquire: (...a) => la.acquire(...a),
      renew: (...a) => (down ? Promise.reject(new Error('connection refused')) : la.renew(...a)),
      release: (...a) => la.release(...a),
      holder: (n) => la.holder(n),
    }
    const w1 = worker(flaky, 'w1', 1500)
    await w1.s.start()
    down = true
    await w1.until('stop')
    expect(w1.s.holding()).toBe(false)
    // Stopped while the lease (1.5 s from the last renewal) had not yet run out for the others.
    expect(await la.holder('wechat')).toBe('w1')
  })
})
