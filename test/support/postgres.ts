/**
 * Test files' way onto PostgreSQL: `describeOnPostgres(name, (pg) => …)`
 * gives the file a fresh database on the run's cluster (dropped after), and
 * `pg.freshPool()` a pool on a new, empty schema in it, so every contract test
 * starts from nothing without paying for a database each. Skipped with the
 * reason in its name when TEST_POSTGRES=0; failing with one clear line when
 * the machine has no PostgreSQL.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, inject, it } from 'vitest'
import pg from 'pg'
import './postgres-global-setup.js'

/** The per-file database a PostgreSQL test file works in. */
export interface PgTestDatabase {
  /** The URL of this file's database (valid inside the describe's tests). */
  url(): string
  /** A pool on a new empty schema (its search_path), a URL reaching the same schema, and how to close the pool. */
  freshPool(): Promise<{ pool: pg.Pool; url: string; close: () => Promise<void> }>
}

const name = (prefix: string) => `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`

/** Registers `body`'s tests against a fresh database of the run's PostgreSQL cluster. */
export function describeOnPostgres(title: string, body: (db: PgTestDatabase) => void): void {
  const cluster = inject('postgres')
  if ('skip' in cluster) {
    describe.skip(`${title} (skipped: ${cluster.skip})`, () => {
      it('needs PostgreSQL', () => {})
    })
    return
  }
  if ('error' in cluster) {
    describe(title, () => {
      it('needs PostgreSQL', () => {
        throw new Error(cluster.error)
      })
    })
    return
  }
  const dbName = name('lf_test')
  const fileUrl = new URL(cluster.url)
  fileUrl.pathname = `/${dbName}`
  const admin = () => new pg.Client({ connectionString: cluster.url })
  describe(title, () => {
    beforeAll(async () => {
      const client = admin()
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${dbName}`)
      } finally {
        await client.end()
      }
    })
    afterAll(async () => {
      const client = admin()
      await client.connect()
      try {
        await client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
      } finally {
        await client.end()
      }
    })
    body({
      url: () => fileUrl.toString(),
      async freshPool() {
        const schema = name('s')
        const setup = new pg.Client({ connectionString: fileUrl.toString() })
        await setup.connect()
        await setup.query(`CREATE SCHEMA ${schema}`).finally(() => setup.end())
        const url = new URL(fileUrl)
        url.searchParams.set('options', `-c search_path=${schema}`)
        const pool = new pg.Pool({ connectionString: url.toString(), max: 4 })
        // Dropping the file's database at the end ends any connection still closing; that is no test failure.
        pool.on('error', () => {})
        return { pool, url: url.toString(), close: () => pool.end() }
      },
    })
  })
}
