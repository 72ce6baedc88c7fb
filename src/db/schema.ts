/**
 * @module db/schema
 * One description of a store's tables for both backends, so the SQLite and PostgreSQL schemas are no longer
 * written twice: a module's migrations are groups of statements written once, with the column types that differ
 * spelled by {@link ColumnTypes} (JSON is TEXT in SQLite and JSONB in PostgreSQL, and so on). PostgreSQL applies
 * each group as one step; SQLite applies each statement as one step, as its stores always have, so the step
 * numbers databases already record stay true in both. A new change is a new group at the end.
 */
import type { PgModuleMigrations } from './pg-migrate.js'

/** The column types the two backends spell differently. */
export interface ColumnTypes {
  /** A JSON document: TEXT in SQLite (the store parses it), JSONB in PostgreSQL. */
  json: string
  /** A row id the database assigns: SQLite's rowid alias, a BIGSERIAL in PostgreSQL. */
  serialKey: string
  /** A yes/no: 0/1 in SQLite, BOOLEAN in PostgreSQL. */
  bool: string
  /** Epoch milliseconds. */
  millis: string
  /** A moment the database itself compares with now: epoch ms in SQLite, TIMESTAMPTZ in PostgreSQL. */
  moment: string
}

const TYPES: Record<'sqlite' | 'postgres', ColumnTypes> = {
  sqlite: { json: 'TEXT', serialKey: 'INTEGER PRIMARY KEY', bool: 'INTEGER', millis: 'INTEGER', moment: 'INTEGER' },
  postgres: { json: 'JSONB', serialKey: 'BIGSERIAL PRIMARY KEY', bool: 'BOOLEAN', millis: 'BIGINT', moment: 'TIMESTAMPTZ' },
}

/** One statement, written once, with the types of the backend it is rendered for. */
export type SchemaStatement = (t: ColumnTypes) => string

/** A module's schema history: groups of statements, oldest first; never edit a group once released, add one. */
export type SchemaGroups = readonly (readonly SchemaStatement[])[]

/** The module's SQLite steps for db/migrate: one per statement, in order. */
export function sqliteSteps(groups: SchemaGroups): string[] {
  return groups.flatMap((group) => group.map((statement) => statement(TYPES.sqlite)))
}

/** The module's PostgreSQL steps for db/pg-migrate: one per group, its statements run together. */
export function pgSteps(module: string, groups: SchemaGroups): PgModuleMigrations {
  return { module, migrations: groups.map((group) => group.map((statement) => statement(TYPES.postgres)).join(';\n')) }
}
