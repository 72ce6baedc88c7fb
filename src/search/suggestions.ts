/**
 * @module search/suggestions
 * What a message with no need at all gets ("有什么好学的"): one running project per topic in turn, biggest topics
 * first. Vague messages are frequent, so the lists are made once per catalogue table and day.
 */
import type { Project } from '../catalogue/project.js'
import type { ProjectTable } from './project-table.js'
import type { SearchHit } from './types.js'
import type { RetrieverParts } from './hybrid-retriever.js'

/** Per catalogue table and day: the running projects by first topic, biggest topics first (vague messages are frequent). */
const suggestionCache = new WeakMap<ProjectTable, { today: string; lists: Project[][] }>()
function projectsByTopic(table: ProjectTable, today: string): Project[][] {
  const cached = suggestionCache.get(table)
  if (cached?.today === today) return cached.lists
  const byTopic = new Map<string, Project[]>()
  for (const p of table.byId.values()) {
    if (p.end_date && p.end_date < today) continue
    const list = byTopic.get(p.topics[0])
    if (list) list.push(p)
    else byTopic.set(p.topics[0], [p])
  }
  const lists = [...byTopic.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).map(([, l]) => l)
  suggestionCache.set(table, { today, lists })
  return lists
}

/** Suggestions for a message with no need at all ("有什么好学的"): one per topic in turn, biggest topics first. */
export function suggestions(parts: RetrieverParts, k: number, exclude: string[], today: string): SearchHit[] {
  const skip = new Set(exclude)
  const lists = projectsByTopic(parts.table, today)
  const cursor = lists.map(() => 0)
  const out: SearchHit[] = []
  while (out.length < k && cursor.some((c, i) => c < lists[i].length)) {
    lists.forEach((list, i) => {
      while (cursor[i] < list.length && out.length < k) {
        const p = list[cursor[i]++]
        if (skip.has(p.id) || !parts.isActive(p.id)) continue
        out.push({ project: p, score: 0, scores: { lexical: null, vector: null, slot: 0, fused: 0 } })
        break
      }
    })
  }
  return out
}
