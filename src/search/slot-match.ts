/**
 * @module search/slot-match
 * How a project measures up against the slots of a request. Explicit slots
 * are hard filters (the learner said "老年人", "线上", "免费", "杭州"), implied
 * ones only add a boost ("我65了" suggests, but does not require, projects for
 * the elderly). A nationwide or online project satisfies any region; a
 * project with no dates (常年开放) satisfies any time window.
 */
import type { Project } from '../catalogue/project.js'
import type { RegionRef, Regions } from '../catalogue/regions.js'
import { hasHardFilter, type Slots } from '../query/slots.js'

/** Boost per implied topic or audience a project has (added to the fused score). */
export const IMPLIED_BOOST = 0.12

/** Resolves a region text (a project's 地区 cell or a slot value) to a place, memoised. */
export type RegionResolver = (text: string | null) => RegionRef | null

/** A memoising resolver over `regions`; without regions it compares the names as text. */
export function createRegionResolver(regions?: Regions): RegionResolver {
  const cache = new Map<string, RegionRef | null>()
  return (text) => {
    if (!text) return null
    let ref = cache.get(text)
    if (ref === undefined) {
      ref = regions ? regions.resolve(text) : text === '全国' ? 'nationwide' : { province: text, city: null }
      cache.set(text, ref)
    }
    return ref
  }
}

function regionCovers(project: RegionRef, wanted: RegionRef): boolean {
  if (project === 'nationwide') return true
  if (wanted === 'nationwide') return false
  if (project.province !== wanted.province) return false
  // A province-wide project is open to every city in it; a city project only to that city (or its province).
  return project.city === null || wanted.city === null || project.city === wanted.city
}

/** True when the project is open to a learner in `region` ('全国' means: nationwide projects only). */
export function matchesRegion(p: Project, region: string, resolve: RegionResolver): boolean {
  if (p.format === 'online') return true
  const wanted = resolve(region)
  const where = resolve(p.region)
  if (!wanted || !where) return false
  return regionCovers(where, wanted)
}

/** True when the project's dates overlap [from, to]; projects without dates run all year. */
export function overlapsTime(p: Project, from: string, to: string): boolean {
  if (!p.start_date && !p.end_date) return true
  const start = p.start_date ?? '0000-01-01'
  const end = p.end_date ?? p.start_date ?? '9999-12-31'
  return start <= to && end >= from
}

/** True when the project's format serves the wanted one (hybrid serves both). */
export function matchesFormat(p: Project, format: string): boolean {
  return p.format === format || p.format === 'hybrid'
}

/** Whether the request has any hard filter at all (one rule, kept with the slots' schema). */
export { hasHardFilter }

/** The hard-filter predicate of `slots`: explicit topics/audiences (any of each), region, format, fee, time. */
export function hardFilter(slots: Slots, resolve: RegionResolver): (p: Project) => boolean {
  const topics = slots.topics.filter((t) => t.explicit).map((t) => t.id)
  const audiences = slots.audiences.filter((a) => a.explicit).map((a) => a.id)
  return (p) => {
    if (topics.length && !topics.some((t) => p.topics.includes(t))) return false
    if (audiences.length && !audiences.some((a) => p.audiences.includes(a))) return false
    if (slots.region && slots.region !== '全国' && !matchesRegion(p, slots.region, resolve)) return false
    if (slots.region === '全国' && !(p.format === 'online' || resolve(p.region) === 'nationwide')) return false
    if (slots.format && !matchesFormat(p, slots.format)) return false
    if (slots.free === true && p.fee !== 0) return false
    if (slots.time && !overlapsTime(p, slots.time.from, slots.time.to)) return false
    return true
  }
}

/** The boost from implied slots the project satisfies, and which they were (for --explain). */
export function slotBoost(p: Project, slots: Slots, perSlot = IMPLIED_BOOST): { boost: number; matched: string[] } {
  const matched: string[] = []
  let boost = 0
  // A topic inferred from an everyday word (related words) is weaker than one the learner's situation implies.
  for (const t of slots.topics) if (!t.explicit && p.topics.includes(t.id)) { matched.push(t.id); boost += t.related ? perSlot / 2 : perSlot }
  for (const a of slots.audiences) if (!a.explicit && p.audiences.includes(a.id)) { matched.push(a.id); boost += perSlot }
  return { boost, matched }
}
