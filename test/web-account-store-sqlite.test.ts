import { describe, expect, it } from 'vitest'
import { describeInBothWriteModes } from './fixtures/sqlite-write-modes.js'
import { SqliteWebAccountStore } from '../src/staff/sqlite-web-account-store.js'
import { hashPassword, verifyPassword } from '../src/staff/web-password.js'
import { describeWebAccountStoreContract } from './contracts/web-account-store.contract.js'

describeInBothWriteModes(describeWebAccountStoreContract, (db, writes) => new SqliteWebAccountStore(db, undefined, writes))

describe('console passwords', () => {
  it('verify only the password they were made from, and never store it in clear', async () => {
    const hash = await hashPassword('正确的密码 correct')
    expect(hash).not.toContain('correct')
    expect(await verifyPassword('正确的密码 correct', hash)).toBe(true)
    expect(await verifyPassword('正确的密码 wrong', hash)).toBe(false)
    expect(await verifyPassword('x', 'garbage')).toBe(false)
  })
})
