/**
 * @module staff/sqlite-pending-upload-store
 * The {@link PendingUploadStore} in the bot's SQLite database: each checked
 * upload's rows as JSON under the key its buttons carry.
 */
import type { Database } from 'better-sqlite3'
import { migrate } from '../db/migrate.js'
import type { Project } from '../catalogue/project.js'
import type { PendingUpload, PendingUploadStore } from './pending-upload-store.js'

interface Row {
  user_id: string
  file_name: string
  projects: string
  at: string
}

/** Pending uploads over the shared SQLite database (runs the 'staff-uploads' migrations). */
export class SqlitePendingUploadStore implements PendingUploadStore {
  constructor(private readonly db: Database) {
    migrate(db, 'staff-uploads', [
      `CREATE TABLE pending_uploads (key TEXT PRIMARY KEY, user_id TEXT NOT NULL, file_name TEXT NOT NULL,
         projects TEXT NOT NULL, at TEXT NOT NULL)`,
    ])
  }

  async put(key: string, upload: PendingUpload): Promise<void> {
    this.db
      .prepare(`INSERT INTO pending_uploads (key, user_id, file_name, projects, at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET user_id = excluded.user_id, file_name = excluded.file_name,
        projects = excluded.projects, at = excluded.at`)
      .run(key, upload.userId, upload.fileName, JSON.stringify(upload.projects), upload.at)
  }

  async get(key: string): Promise<PendingUpload | undefined> {
    const row = this.db.prepare('SELECT user_id, file_name, projects, at FROM pending_uploads WHERE key = ?').get(key) as Row | undefined
    return row ? { userId: row.user_id, fileName: row.file_name, projects: JSON.parse(row.projects) as Project[], at: row.at } : undefined
  }

  async remove(key: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM pending_uploads WHERE key = ?').run(key).changes > 0
  }

  async purgeOlderThan(before: Date): Promise<number> {
    return this.db.prepare('DELETE FROM pending_uploads WHERE at < ?').run(before.toISOString()).changes
  }
}
