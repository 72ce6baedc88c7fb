/**
 * @module catalogue/store-stats
 * Counts of the active catalogue by topic, audience, region and format: what
 * staff check after an import ("did every audience get projects?").
 */
import type { Database } from 'better-sqlite3'

/** Active projects counted several ways; keys are taxonomy ids, provinces and formats. */
export interface CatalogueStats {
  active: number
  archived: number
  byTopic: Record<string, number>
  byAudience: Record<string, number>
  /** By the first word of the region (usually the province); "(not given)" when empty. */
  byRegion: Record<string, number>
  byFormat: Record<string, number>
}

function tally(db: Database, sql: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const r of db.prepare<[], { k: string | null; n: number }>(sql).all()) out[r.k ?? '(not given)'] = r.n
  return out
}

/** Computes {@link CatalogueStats} over the active projects. */
export function catalogueStats(db: Database, counts: { active: number; archived: number }): CatalogueStats {
  const active = `FROM projects WHERE status = 'active'`
  const byRegion: Record<string, number> = {}
  for (const r of db.prepare<[], { region: string | null; n: number }>(`SELECT region, COUNT(*) AS n ${active} GROUP BY region`).all()) {
    const key = r.region?.trim().split(/\s+/)[0] || '(not given)'
    byRegion[key] = (byRegion[key] ?? 0) + r.n
  }
  return {
    ...counts,
    byTopic: tally(db, `SELECT j.value AS k, COUNT(*) AS n ${active.replace('FROM projects', "FROM projects, json_each(projects.data, '$.topics') AS j")} GROUP BY j.value ORDER BY n DESC`),
    byAudience: tally(db, `SELECT j.value AS k, COUNT(*) AS n ${active.replace('FROM projects', "FROM projects, json_each(projects.data, '$.audiences') AS j")} GROUP BY j.value ORDER BY n DESC`),
    byRegion,
    byFormat: tally(db, `SELECT format AS k, COUNT(*) AS n ${active} GROUP BY format ORDER BY n DESC`),
  }
}
