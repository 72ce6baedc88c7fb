/**
 * @module search/project-table
 * The active projects held in memory for ranking: by id, by topic and by
 * audience (so explicit slots filter by set intersection instead of a scan),
 * with each project's normalised text computed on first need, to tell which
 * query words a candidate really contains (the evidence behind "nothing fits").
 */
import type { Project } from '../catalogue/project.js'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import { normalizeText } from '../text/normalize.js'

/** Active projects of one catalogue version. */
export class ProjectTable {
  readonly byId = new Map<string, Project>()
  private readonly byTopic = new Map<string, string[]>()
  private readonly byAudience = new Map<string, string[]>()
  private readonly byFormat = new Map<string, string[]>()
  private readonly free: string[] = []
  private readonly texts = new Map<string, string>()

  constructor(projects: Project[], readonly version: number, private readonly taxonomy: Taxonomy) {
    this.add(projects)
  }

  /**
   * Adds more of the version's active projects. A large table is filled a
   * slice at a time (the bot yields between slices), so learners are answered
   * while it is built; it is only used once complete.
   */
  add(projects: Iterable<Project>): void {
    for (const p of projects) {
      if (p.status !== 'active') continue
      this.byId.set(p.id, p)
      for (const t of p.topics) push(this.byTopic, t, p.id)
      for (const a of p.audiences) push(this.byAudience, a, p.id)
      push(this.byFormat, p.format, p.id)
      if (p.fee === 0) this.free.push(p.id)
    }
  }

  get size(): number {
    return this.byId.size
  }

  /** Ids of projects filed under any of these topics (or all projects when none are given); no duplicates. */
  withTopics(ids: string[]): Iterable<string> {
    return union(this.byTopic, ids) ?? this.byId.keys()
  }

  /** Ids of projects for any of these audiences (or all projects when none are given). */
  withAudiences(ids: string[]): Iterable<string> {
    return union(this.byAudience, ids) ?? this.byId.keys()
  }

  /** Ids of projects in this format or hybrid (which serves both). */
  withFormat(format: string): string[] {
    return [...(this.byFormat.get(format) ?? []), ...(format === 'hybrid' ? [] : this.byFormat.get('hybrid') ?? [])]
  }

  /** Ids of free projects. */
  freeIds(): readonly string[] {
    return this.free
  }

  /** How many active projects have this topic. */
  topicCount(id: string): number {
    return this.byTopic.get(id)?.length ?? 0
  }

  /** The project's normalised searchable text (title, summary, tags, labels, English), cached. */
  text(id: string): string {
    let t = this.texts.get(id)
    if (t === undefined) {
      const p = this.byId.get(id)
      if (!p) return ''
      const labels = [
        ...p.topics.flatMap((x) => { const e = this.taxonomy.get('topics', x); return e ? [e.zh, e.en] : [] }),
        ...p.audiences.flatMap((x) => { const e = this.taxonomy.get('audiences', x); return e ? [e.zh, e.en] : [] }),
      ]
      t = normalizeText([p.title, p.summary, p.tags.join(' '), labels.join(' '), p.provider, p.title_en ?? '', p.summary_en ?? '',
        ...Object.values(p.extra ?? {})].join(' '))
      this.texts.set(id, t)
    }
    return t
  }
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key)
  if (list) list.push(id)
  else map.set(key, [id])
}

function union(map: Map<string, string[]>, keys: string[]): Iterable<string> | null {
  if (keys.length === 0) return null
  if (keys.length === 1) return map.get(keys[0]) ?? []
  const out = new Set<string>()
  for (const k of keys) for (const id of map.get(k) ?? []) out.add(id)
  return out
}
