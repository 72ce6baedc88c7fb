/**
 * @module staff/pending-upload-store
 * The contract for catalogue files an admin uploaded on Telegram that wait
 * for 确认导入 / 取消: checked rows kept until the admin presses a button,
 * so a restart or a second bot process can still finish the import. Async,
 * so a shared PostgreSQL implementation can follow the SQLite one
 * (sqlite-pending-upload-store.ts) without changing callers.
 */
import type { Project } from '../catalogue/project.js'

/** One checked upload waiting for its admin's answer. */
export interface PendingUpload {
  /** The admin who uploaded it; only they may confirm. */
  userId: string
  fileName: string
  projects: Project[]
  /** ISO time it was checked. */
  at: string
}

/** Checked uploads by the key their buttons carry. */
export interface PendingUploadStore {
  /** Keeps an upload under `key` (replacing one with the same key). */
  put(key: string, upload: PendingUpload): Promise<void>
  /** The upload under `key`, if still kept. */
  get(key: string): Promise<PendingUpload | undefined>
  /** Takes the upload away; true only for the one call that removed it, so a double press imports once. */
  remove(key: string): Promise<boolean>
  /** Drops uploads checked before `before`; returns how many. */
  purgeOlderThan(before: Date): Promise<number>
}
