/**
 * @module search/filter-sets
 * The projects passing a request's hard filters (explicit topics and audiences, region, format, fee, time),
 * worked out once per catalogue table and filter. Filters are few and repeat across messages worded every
 * which way ("适合老人的", "给我妈找个", "老年人…": all the elderly audience); testing every project of the
 * shortest posting list against the filter was a sixth of a search's ranking time at 1,000 projects. The table
 * is immutable (a new catalogue version is a new table), so the list is the same each time it is asked for.
 */
import type { Project } from '../catalogue/project.js'
import type { Slots } from '../query/slots.js'
import type { ProjectTable } from './project-table.js'
import { hardFilter, type RegionResolver } from './slot-match.js'

/** How many filters are remembered per table (the oldest goes first). */
const FILTERS_PER_TABLE = 128

/** A filter's candidates: the shortest posting list, and, when it is short, the projects passing the filter. */
export interface FilterSet {
  /** Ids of the shortest posting list the filter allows (every passing project is in it). */
  source: Iterable<string>
  size: number
  /** The passing ids in `source` order, as a list and a set; null when `source` is too long to list up front. */
  passing: readonly string[] | null
  passingSet: ReadonlySet<string> | null
  /** Whether a project passes the filter. */
  pass: (p: Project) => boolean
}

const byTable = new WeakMap<ProjectTable, { resolve: RegionResolver; sets: Map<string, FilterSet> }>()

/**
 * The {@link FilterSet} of `slots` on `table`: posting lists by topic, audience, format and fee, the shortest
 * taken, listed (and its passing ids kept) when it has at most `materializeBelow` ids.
 */
export function filterSet(table: ProjectTable, slots: Slots, resolve: RegionResolver, materializeBelow: number): FilterSet {
  const topics = slots.topics.filter((t) => t.explicit).map((t) => t.id)
  const audiences = slots.audiences.filter((a) => a.explicit).map((a) => a.id)
  // Order matters (the posting lists are joined in the order named), so the key keeps it.
  // (Joined by control characters no id, place, format or date holds; null apart from every string: JSON.stringify was a
  // visible part of a search.)
  const key = `${topics.join('\u0001')}\u0000${audiences.join('\u0001')}\u0000${slots.region ?? '\u0002'}\u0000${slots.format ?? '\u0002'}\u0000${
    slots.free === null ? 'n' : slots.free ? 't' : 'f'}\u0000${slots.time?.from ?? '\u0002'}\u0000${slots.time?.to ?? '\u0002'}\u0000${materializeBelow}`
  let memo = byTable.get(table)
  if (!memo || memo.resolve !== resolve) byTable.set(table, (memo = { resolve, sets: new Map() }))
  const known = memo.sets.get(key)
  if (known) return known
  const pass = hardFilter(slots, resolve)
  // Start from the shortest posting list; the predicate checks everything else.
  const lists: { ids: Iterable<string>; size: number }[] = [{ ids: table.byId.keys(), size: table.size }]
  if (topics.length) { const s = [...table.withTopics(topics)]; lists.push({ ids: s, size: s.length }) }
  if (audiences.length) { const s = [...table.withAudiences(audiences)]; lists.push({ ids: s, size: s.length }) }
  if (slots.format) { const l = table.withFormat(slots.format); lists.push({ ids: l, size: l.length }) }
  if (slots.free === true) lists.push({ ids: table.freeIds(), size: table.freeIds().length })
  const shortest = lists.reduce((a, b) => (b.size < a.size ? b : a))
  let passing: string[] | null = null
  let source = shortest.ids
  if (shortest.size <= materializeBelow) {
    passing = []
    source = [...shortest.ids] // a map's key iterator can be walked once only
    for (const id of source) if (pass(table.byId.get(id)!)) passing.push(id)
  }
  const set: FilterSet = { source, size: shortest.size, passing, passingSet: passing && new Set(passing), pass }
  // A long list is walked lazily by the caller; only short ones are worth keeping.
  if (passing) {
    if (memo.sets.size >= FILTERS_PER_TABLE) memo.sets.delete(memo.sets.keys().next().value!)
    memo.sets.set(key, set)
  }
  return set
}
