/**
 * @module staff/report
 * Turns the turn log into what staff want to know: what learners ask for
 * (topics, audiences, regions), which questions found nothing (grouped, so
 * "学开挖掘机 ×14" stands out), which projects are shown most and least, and
 * 👍/👎 per project. Rendered as Markdown (chat and terminal) or CSV.
 */
import { fold } from '../text/fold.js'
import type { LoggedTurn } from './turn-log-store.js'

/** A label with how often it occurred. */
export interface Count {
  key: string
  count: number
}

/** The figures of one report period. */
export interface Report {
  since: string
  turns: number
  users: number
  unmatchedTurns: number
  topics: Count[]
  audiences: Count[]
  regions: Count[]
  unmatched: (Count & { example: string })[]
  mostShown: (Count & { title: string })[]
  leastShown: (Count & { title: string })[]
  feedback: { projectId: string; title: string; up: number; down: number }[]
}

const FILLERS = /(我想|我要|想要|请问|有没有|有什么|能不能|可以|怎么|一下|课程|培训|项目|班|的|吗|呢|吧|啊|呀|了)/g

/** A grouping key for a question: folded, punctuation and polite filler words removed. */
export function questionKey(text: string): string {
  const key = fold(text)
    .replace(/[\p{P}\p{S}\s]+/gu, '')
    .replace(FILLERS, '')
  return key || fold(text)
}

function top(counts: Map<string, number>, n: number): Count[] {
  return [...counts.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, n)
}

/** The most frequent wording of a question; the shortest among equals. */
function commonest(variants: Map<string, number>): string {
  return [...variants.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0][0]
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

/**
 * Builds the report from logged turns. `projects` is the active catalogue
 * (id → title) so never-shown projects appear among the least shown; `label`
 * turns a taxonomy id into the words staff know.
 */
export function buildReport(
  turns: LoggedTurn[],
  options: { since: Date; projects: Map<string, string>; label?: (id: string) => string; top?: number },
): Report {
  const n = options.top ?? 10
  const label = options.label ?? ((id: string) => id)
  const topics = new Map<string, number>()
  const audiences = new Map<string, number>()
  const regions = new Map<string, number>()
  const unmatched = new Map<string, { count: number; variants: Map<string, number> }>()
  const shown = new Map<string, number>([...options.projects.keys()].map((id) => [id, 0]))
  const feedback = new Map<string, { up: number; down: number }>()
  const users = new Set<string>()
  let questionTurns = 0
  let unmatchedTurns = 0
  for (const t of turns) {
    users.add(t.userHash)
    if (t.feedback) {
      const f = feedback.get(t.feedback.projectId) ?? { up: 0, down: 0 }
      f[t.feedback.value]++
      feedback.set(t.feedback.projectId, f)
      continue
    }
    questionTurns++
    for (const s of t.slots?.topics ?? []) bump(topics, label(s.id))
    for (const s of t.slots?.audiences ?? []) bump(audiences, label(s.id))
    if (t.slots?.region) bump(regions, t.slots.region)
    for (const id of t.projectIds) if (shown.has(id)) bump(shown, id)
    if (!t.matched) {
      unmatchedTurns++
      const key = questionKey(t.text)
      const g = unmatched.get(key) ?? { count: 0, variants: new Map<string, number>() }
      g.count++
      bump(g.variants, t.text.trim())
      unmatched.set(key, g)
    }
  }
  const title = (id: string) => options.projects.get(id) ?? id
  const shownList = [...shown.entries()].map(([key, count]) => ({ key, count, title: title(key) }))
  return {
    since: options.since.toISOString(),
    turns: questionTurns,
    users: users.size,
    unmatchedTurns,
    topics: top(topics, n),
    audiences: top(audiences, n),
    regions: top(regions, n),
    unmatched: [...unmatched.entries()]
      .map(([key, g]) => ({ key, count: g.count, example: commonest(g.variants) }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
      .slice(0, n),
    mostShown: [...shownList].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).filter((p) => p.count > 0).slice(0, n),
    leastShown: [...shownList].sort((a, b) => a.count - b.count || a.key.localeCompare(b.key)).slice(0, n),
    feedback: [...feedback.entries()]
      .map(([projectId, f]) => ({ projectId, title: title(projectId), ...f }))
      .sort((a, b) => b.up + b.down - (a.up + a.down) || a.projectId.localeCompare(b.projectId)),
  }
}
