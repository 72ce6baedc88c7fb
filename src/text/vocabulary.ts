/**
 * @module text/vocabulary
 * The catalogue's own words, as targets for typo and pinyin repair: a learner
 * who types "zhineng shouji" or "只能手机" should land on the words the
 * projects actually use. Titles and tags count fully; summary words only
 * when several projects use them, so one odd word cannot attract repairs.
 */
import type { Project } from '../catalogue/project.js'
import { normalizeText } from './normalize.js'
import { segment } from './segment.js'

const HAN_WORD = /^\p{Script=Han}{2,8}$/u

/**
 * Chinese words of 2-8 characters from titles and tags, plus summary words
 * that appear in at least `minSummaryProjects` projects (default 2), most
 * frequent first (earlier words win repair ties).
 */
export function catalogueVocabulary(
  projects: readonly Pick<Project, 'title' | 'summary' | 'tags'>[],
  minSummaryProjects = 2,
): string[] {
  const counts = new Map<string, number>()
  const summaryCounts = new Map<string, number>()
  for (const p of projects) {
    const own = new Set<string>()
    for (const w of [...segment(p.title), ...p.tags.map(normalizeText)]) if (HAN_WORD.test(w)) own.add(w)
    for (const w of own) counts.set(w, (counts.get(w) ?? 0) + 1)
    for (const w of new Set(segment(p.summary))) if (HAN_WORD.test(w)) summaryCounts.set(w, (summaryCounts.get(w) ?? 0) + 1)
  }
  for (const [w, n] of summaryCounts) {
    if (n >= minSummaryProjects) counts.set(w, (counts.get(w) ?? 0) + n)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w)
}
