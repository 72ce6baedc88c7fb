/**
 * One schema description for both dialects (src/db/schema.ts): SQLite gets one step per statement and PostgreSQL one
 * per group, so the step numbers databases already record stay true. The counts below are what databases migrated
 * before the descriptions were shared record; regrouping a released module's statements would change them.
 */
import { describe, expect, it } from 'vitest'
import { pgSteps, sqliteSteps, type SchemaGroups } from '../src/db/schema.js'
import { SESSION_SCHEMA } from '../src/dialogue/session-store.js'
import { EXPIRING_STATE_SCHEMA } from '../src/channels/shared/expiring-state-store.js'
import { LEASE_SCHEMA } from '../src/db/lease-store.js'
import { TURN_LOG_SCHEMA } from '../src/staff/turn-log-store.js'
import { SUBSCRIPTION_SCHEMA } from '../src/staff/subscription-store.js'
import { ADMIN_SCHEMA } from '../src/staff/admin-store.js'
import { WEB_ACCOUNT_SCHEMA } from '../src/staff/web-account-store.js'
import { STAFF_WORD_SCHEMA } from '../src/staff/staff-word-store.js'

describe('one schema description for SQLite and PostgreSQL', () => {
  it('renders each dialect’s column types and steps from the same statements', () => {
    const groups: SchemaGroups = [[(t) => `CREATE TABLE a (id ${t.serialKey}, doc ${t.json}, ok ${t.bool}, at ${t.millis}, until ${t.moment})`, () => 'CREATE INDEX a_at ON a (at)'], [() => 'ALTER TABLE a ADD COLUMN b TEXT']]
    expect(sqliteSteps(groups)).toEqual([
      'CREATE TABLE a (id INTEGER PRIMARY KEY, doc TEXT, ok INTEGER, at INTEGER, until INTEGER)', 'CREATE INDEX a_at ON a (at)', 'ALTER TABLE a ADD COLUMN b TEXT',
    ])
    expect(pgSteps('a', groups)).toEqual({ module: 'a', migrations: [
      'CREATE TABLE a (id BIGSERIAL PRIMARY KEY, doc JSONB, ok BOOLEAN, at BIGINT, until TIMESTAMPTZ);\nCREATE INDEX a_at ON a (at)', 'ALTER TABLE a ADD COLUMN b TEXT',
    ] })
  })

  it('keeps the step counts databases already record for every shared module', () => {
    const modules = { SESSION_SCHEMA, EXPIRING_STATE_SCHEMA, LEASE_SCHEMA, TURN_LOG_SCHEMA, SUBSCRIPTION_SCHEMA, ADMIN_SCHEMA, WEB_ACCOUNT_SCHEMA, STAFF_WORD_SCHEMA }
    const counts = Object.fromEntries(Object.entries(modules).map(([name, groups]) => [name, [sqliteSteps(groups).length, pgSteps(name, groups).migrations.length]]))
    expect(counts).toEqual({
      SESSION_SCHEMA: [3, 1], EXPIRING_STATE_SCHEMA: [2, 1], LEASE_SCHEMA: [1, 1], TURN_LOG_SCHEMA: [5, 2],
      SUBSCRIPTION_SCHEMA: [3, 1], ADMIN_SCHEMA: [2, 1], WEB_ACCOUNT_SCHEMA: [2, 1], STAFF_WORD_SCHEMA: [1, 1],
    })
  })
})
