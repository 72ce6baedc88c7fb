/**
 * @module search/sqlite-lexical-store
 * Every SQL statement of the lexical (FTS5) index, so that only stores write
 * SQL: the tables and their migrations, the per-project writes the catalogue
 * hook makes inside the import's transaction, the BM25 query, document
 * frequencies, and the staged tables a large import swaps in.
 *
 * Unlike the other stores its methods are synchronous, on purpose: the index
 * is written by a hook inside the catalogue's own SQLite transaction (so an
 * import and its index commit or roll back together), and it is read on every
 * search. It is always a SQLite file local to the process; with the catalogue
 * on PostgreSQL each worker keeps its own copy here, rebuilt from the store.
 */
import type { Database, Statement } from 'better-sqlite3'
import { migrate } from '../db/migrate.js'
import { openWalChangeMark, type WalChangeMark } from '../db/wal-change-mark.js'

/** The catalogue's version and the version the lexical index reflects, as {@link SqliteLexicalStore.versions} reads them. */
export interface Versions { catalogue: number | undefined; lexical: string | undefined }

/** The search module's tables, applied with migrate(db, 'search', …). */
export const SEARCH_MIGRATIONS = [
  `CREATE VIRTUAL TABLE search_fts USING fts5(
     id UNINDEXED, title, summary, tags, labels, provider, region, extra, grams,
     tokenize = 'unicode61 remove_diacritics 0');
   CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
   CREATE TABLE search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // v2: rows keyed by an integer rowid (an UNINDEXED id column made every delete a full scan).
  `DROP TABLE search_vocab;
   DROP TABLE search_fts;
   CREATE VIRTUAL TABLE search_fts USING fts5(
     title, summary, tags, labels, provider, region, extra, grams,
     tokenize = 'unicode61 remove_diacritics 0');
   CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
   CREATE TABLE search_ids (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
   DELETE FROM search_state WHERE key = 'lexical_version';`,
  // v3: per-column vocabulary, so a word's document frequency ignores the bigram column ("教学点" holds the bigram 学点, not the word).
  `CREATE VIRTUAL TABLE search_vocab_col USING fts5vocab(search_fts, 'col');`,
]

/** The FTS5 columns, in table order (the BM25 column weights follow it). */
export const FTS_COLUMNS = ['title', 'summary', 'tags', 'labels', 'provider', 'region', 'extra', 'grams'] as const
/** One project's text, one string per FTS5 column. */
export type LexicalColumns = Record<string, string>

const COLUMN_LIST = FTS_COLUMNS.join(', ')
const COLUMN_PARAMS = FTS_COLUMNS.map((c) => `@${c}`).join(', ')

/** The lexical index's rows in SQLite; see the module comment for why it is synchronous. */
export class SqliteLexicalStore {
  private readonly rowOf: Statement<[string], { rowid: number }>
  private readonly newRow: Statement<[string]>
  private readonly dropRow: Statement<[number]>
  private readonly delFts: Statement<[number]>
  private readonly ins: Statement<[Record<string, unknown>]>
  private readonly setVersion: Statement<[string]>
  private readonly getVersion: Statement<[], { value: string }>
  private readonly query: Statement<[string, number], { id: string; score: number }>
  private readonly vocab: Statement<[string], { doc: number | null }>
  private readonly countDocs: Statement<[], { n: number }>
  private everyRow: Statement<[], Record<string, unknown>> | undefined
  // Prepared at first use: only a SQLite catalogue in this same file has the table.
  private catalogueVersion: Statement<[], { version: number }> | undefined
  private bothVersions: Statement<[], { catalogue: number | null; lexical: string | null }> | undefined
  // Opened at the first versions(); null when the file has none (in memory, not WAL) or after close().
  private changeMark: WalChangeMark | null | undefined
  private lastVersions: { mark: string; versions: Versions } | undefined

  /** Creates the tables if needed; `columnWeights` are BM25's, one per column of {@link FTS_COLUMNS}. */
  constructor(private readonly db: Database, columnWeights: readonly number[]) {
    migrate(db, 'search', SEARCH_MIGRATIONS)
    this.rowOf = db.prepare('SELECT rowid FROM search_ids WHERE id = ?')
    this.newRow = db.prepare('INSERT INTO search_ids (id) VALUES (?)')
    this.dropRow = db.prepare('DELETE FROM search_ids WHERE rowid = ?')
    this.delFts = db.prepare('DELETE FROM search_fts WHERE rowid = ?')
    this.ins = db.prepare(`INSERT INTO search_fts (rowid, ${COLUMN_LIST}) VALUES (@rowid, ${COLUMN_PARAMS})`)
    this.setVersion = db.prepare(`INSERT INTO search_state (key, value) VALUES ('lexical_version', ?)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
    this.getVersion = db.prepare(`SELECT value FROM search_state WHERE key = 'lexical_version'`)
    this.query = db.prepare(
      `SELECT s.id AS id, -f.score AS score FROM
         (SELECT rowid, bm25(search_fts, ${columnWeights.join(', ')}) AS score FROM search_fts
          WHERE search_fts MATCH ? ORDER BY score LIMIT ?) AS f
       JOIN search_ids AS s ON s.rowid = f.rowid ORDER BY f.score`)
    this.vocab = db.prepare("SELECT MAX(doc) AS doc FROM search_vocab_col WHERE term = ? AND col != 'grams'")
    this.countDocs = db.prepare('SELECT COUNT(*) AS n FROM search_ids')
  }

  /** Removes a project's row, if it has one. */
  remove(id: string): void {
    const row = this.rowOf.get(id)
    if (!row) return
    this.delFts.run(row.rowid)
    this.dropRow.run(row.rowid)
  }

  /** Adds a project's row (remove the old one first). */
  insert(id: string, columns: LexicalColumns): void {
    const rowid = Number(this.newRow.run(id).lastInsertRowid)
    this.ins.run({ rowid, ...columns })
  }

  /** Empties the index, then runs `fill` and records `version`, all in one transaction. */
  replaceAll(version: number, fill: () => void): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM search_fts').run()
      this.db.prepare('DELETE FROM search_ids').run()
      fill()
      this.setVersion.run(String(version))
    })()
  }

  /** Top `limit` rows for an FTS5 `match` expression, best first; BM25 made "higher is better". */
  search(match: string, limit: number): { id: string; score: number }[] {
    return this.query.all(match, limit)
  }

  /** Every row as FTS5 holds it (rowid, project id, column texts in table order): for the in-memory copy of a small index. */
  allRows(): { rowid: number; id: string; cols: string[] }[] {
    this.everyRow ??= this.db.prepare(`SELECT f.rowid AS rowid, s.id AS id, ${FTS_COLUMNS.map((c) => `f.${c} AS ${c}`).join(', ')}
      FROM search_fts AS f JOIN search_ids AS s ON s.rowid = f.rowid`)
    return this.everyRow.all().map((r) => ({ rowid: r.rowid as number, id: r.id as string, cols: FTS_COLUMNS.map((c) => (r[c] as string | null) ?? '') }))
  }

  /** How many rows hold `term` as a word, in its most common column (the bigram column aside). */
  documentFrequency(term: string): number {
    return this.vocab.get(term)?.doc ?? 0
  }

  /** How many projects are indexed. */
  count(): number {
    return this.countDocs.get()!.n
  }

  /** The catalogue version the index reflects, as recorded. */
  indexedVersion(): string | undefined {
    return this.getVersion.get()?.value
  }

  /** Records the catalogue version the index reflects. */
  recordVersion(version: number): void {
    this.setVersion.run(String(version))
  }

  /** The SQLite catalogue's own version in this same file (inside its import transaction: already bumped). */
  currentCatalogueVersion(): number | undefined {
    this.catalogueVersion ??= this.db.prepare('SELECT version FROM catalogue_meta WHERE id = 1')
    return this.catalogueVersion.get()?.version
  }

  /**
   * The SQLite catalogue's version in this same file and the version the index reflects, read by one statement:
   * a search checks both, and each read of its own costs a read transaction (a lock on the write-ahead log).
   * Between two commits to the file the same reading is returned without asking SQLite.
   */
  versions(): Versions {
    // The file's change mark (db/wal-change-mark): the rows are read again only after some commit, here or in
    // another process. Never inside an open transaction, whose own writes the mark does not show until it commits.
    if (this.changeMark === undefined) this.changeMark = openWalChangeMark(this.db)
    const mark = this.db.inTransaction ? undefined : this.changeMark?.read()
    if (mark !== undefined && this.lastVersions?.mark === mark) return this.lastVersions.versions
    this.bothVersions ??= this.db.prepare(`SELECT (SELECT version FROM catalogue_meta WHERE id = 1) AS catalogue,
      (SELECT value FROM search_state WHERE key = 'lexical_version') AS lexical`)
    const row = this.bothVersions.get()!
    const versions = { catalogue: row.catalogue ?? undefined, lexical: row.lexical ?? undefined }
    // A commit between the mark and the rows leaves a mark that no longer matches: the next call reads again.
    this.lastVersions = mark === undefined ? undefined : { mark, versions }
    return versions
  }

  /** Closes the file the change mark reads (the connection itself belongs to the caller). */
  close(): void {
    this.changeMark?.close()
    this.changeMark = null
    this.lastVersions = undefined
  }

  /** Creates empty staged tables beside the live ones (dropping an old stage). */
  startStage(): void {
    this.db.exec(`DROP TABLE IF EXISTS search_fts_next; DROP TABLE IF EXISTS search_ids_next;
      CREATE VIRTUAL TABLE search_fts_next USING fts5(${COLUMN_LIST}, tokenize = 'unicode61 remove_diacritics 0');
      CREATE TABLE search_ids_next (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);`)
  }

  /** Writes rows into the staged tables, in one short transaction of their own. */
  writeStage(rows: { id: string; cols: LexicalColumns }[]): void {
    const newRow = this.db.prepare('INSERT INTO search_ids_next (id) VALUES (?)')
    const ins = this.db.prepare(`INSERT INTO search_fts_next (rowid, ${COLUMN_LIST}) VALUES (@rowid, ${COLUMN_PARAMS})`)
    this.db.transaction(() => {
      for (const r of rows) ins.run({ rowid: Number(newRow.run(r.id).lastInsertRowid), ...r.cols })
    })()
  }

  /** Drops the staged tables. */
  dropStage(): void {
    this.db.exec('DROP TABLE IF EXISTS search_fts_next; DROP TABLE IF EXISTS search_ids_next;')
  }

  /** Replaces the live tables with the staged ones by renaming (milliseconds, inside the caller's transaction). */
  swapInStage(): void {
    this.db.exec(`DROP TABLE IF EXISTS search_vocab_col; DROP TABLE IF EXISTS search_vocab;
      DROP TABLE search_fts; DROP TABLE search_ids;
      ALTER TABLE search_fts_next RENAME TO search_fts;
      ALTER TABLE search_ids_next RENAME TO search_ids;
      CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
      CREATE VIRTUAL TABLE search_vocab_col USING fts5vocab(search_fts, 'col');`)
  }
}
