import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteWebAccountStore } from '../src/staff/sqlite-web-account-store.js'
import { hashPassword, verifyPassword } from '../src/staff/web-password.js'
import { describeWebAccountStoreContract } from './contracts/web-account-store.contract.js'

describeWebAccountStoreContract(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lf-web-'))
  const db = openDatabase(join(dir, 'lf.db'))
  return { store: new SqliteWebAccountStore(db), close: async () => { db.close(); rmSync(dir, { recursive: true, force: true }) } }
})

describe('console passwords', () => {
  it('verify only the password they were made from, and never store it in clear', async () => {
    const hash = await hashPassword('正确的密码 correct')
    expect(hash).not.toContain('correct')
    expect(await verifyPassword('正确的密码 correct', hash)).toBe(true)
    expect(await verifyPassword('正确的密码 wrong', hash)).toBe(false)
    expect(await verifyPassword('x', 'garbage')).toBe(false)
  })
})
