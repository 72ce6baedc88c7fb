/**
 * @module search/catalogue-vocabulary
 * The catalogue's own words for the typo repairer, in a file of its own so
 * the index-build worker thread can compute them without loading the whole
 * search service.
 */
import type { Project } from '../catalogue/project.js'
import { segment } from '../text/segment.js'
import { diskMemo } from '../disk-cache.js'

/**
 * Catalogue words typos may be repaired towards: tags and title words, most frequent first (from at most
 * 20,000 projects, evenly sampled), then the English words of titles and summaries (the English typo
 * repair's own words, and words the pinyin repair must leave alone).
 */
export function catalogueVocabulary(projects: Project[], limit = 4000): string[] {
  const step = Math.max(1, Math.floor(projects.length / 20000))
  const sample: Project[] = []
  for (let i = 0; i < projects.length; i += step) sample.push(projects[i])
  // Segmenting every title is a noticeable part of a start-up: kept on disk, keyed by the titles and tags.
  const input = `${limit}\n${sample.map((p) => `${p.title}\t${p.tags.join('\t')}\t${p.title_en ?? ''}\t${p.summary_en ?? ''}`).join('\n')}`
  const code = [import.meta.url, new URL('../text/segment.js', import.meta.url).href]
  return diskMemo('catalogue-vocabulary', input, code, () => {
    const counts = new Map<string, number>()
    for (const p of sample) {
      for (const w of [...p.tags, ...segment(p.title)]) {
        if ([...w].length >= 2 && /\p{Script=Han}/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1)
      }
    }
    const english = new Map<string, number>()
    for (const p of sample) {
      for (const w of `${p.title_en ?? ''} ${p.summary_en ?? ''}`.toLowerCase().match(/[a-z]{3,}/g) ?? []) english.set(w, (english.get(w) ?? 0) + 1)
    }
    const byCount = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w)
    return [...byCount(counts).slice(0, limit), ...byCount(english).slice(0, limit)]
  })
}
