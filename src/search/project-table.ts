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
import { mentionsInSense } from '../query/word-senses.js'

/** Active projects of one catalogue version. */
export class ProjectTable {
  readonly byId = new Map<string, Project>()
  private readonly byTopic = new Map<string, string[]>()
  private readonly byAudience = new Map<string, string[]>()
  private readonly byFormat = new Map<string, string[]>()
  private readonly free: string[] = []
  private readonly texts = new Map<string, string>()
  /** Each project's row (insertion order), for {@link wordIn}'s cells. */
  private readonly rowOf = new Map<string, number>()
  /** Per word, per row: 0 not yet looked at, 1 absent from the row's text, 2 present. */
  private readonly presence = new Map<string, Uint8Array>()
  private presenceCells = 0
  /** Per word asked: whether any project teaches it (see {@link teaches}). */
  private readonly taught = new Map<string, boolean>()

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
      if (!this.byId.has(p.id)) this.rowOf.set(p.id, this.rowOf.size)
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

  /**
   * A test of whether a project's {@link text} contains `word` (as `text(id).includes(word)`), each answer
   * remembered: the same need-words come back message after message, and ranking asks them of the same
   * projects, so a substring search of a project's whole text becomes a look-up.
   */
  wordIn(word: string): (id: string) => boolean {
    // A large catalogue's answers would cost more memory than they save (rows × words); it searches each time.
    if (this.rowOf.size > PRESENCE_MAX_ROWS) return (id) => this.text(id).includes(word)
    let cells = this.presence.get(word)
    if (!cells) {
      if (this.presenceCells + this.rowOf.size > PRESENCE_CELLS) { this.presence.clear(); this.presenceCells = 0 }
      this.presence.set(word, (cells = new Uint8Array(this.rowOf.size)))
      this.presenceCells += cells.length
    }
    const known = cells
    return (id) => {
      const row = this.rowOf.get(id)
      if (row === undefined || row >= known.length) return this.text(id).includes(word)
      let v = known[row]
      if (v === 0) known[row] = v = this.text(id).includes(word) ? 2 : 1
      return v === 2
    }
  }

  /**
   * True when some project of this table teaches `word`: mentions it in its plain sense (query/word-senses: not
   * only as a danger, 识别钓鱼链接, or inside a compound, self-driving). Answered once per word per table, that is
   * once per catalogue load, so asking it message after message costs a look-up.
   */
  teaches(word: string): boolean {
    let yes = this.taught.get(word)
    if (yes === undefined) {
      const w = normalizeText(word)
      yes = false
      for (const id of this.byId.keys()) if (this.text(id).includes(w) && mentionsInSense(this.text(id), w)) { yes = true; break }
      if (this.taught.size > TAUGHT_MAX) this.taught.clear()
      this.taught.set(word, yes)
    }
    return yes
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

/** At most this many remembered word-in-project answers per table (about 32 MB); then they start over. */
const PRESENCE_CELLS = 32_000_000
/** At most this many remembered "is it taught" answers per table; then they start over. */
const TAUGHT_MAX = 50_000

/** Tables of more projects than this do not remember them. */
const PRESENCE_MAX_ROWS = 20_000

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
