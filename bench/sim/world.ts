/**
 * @module bench/sim/world
 * What the simulator knows about a catalogue, computed from its rows only
 * (never from the bot): the active projects, which of them satisfy a set of
 * stated constraints, and the place names a learner may use. The invariants
 * in check.ts are judged against this, so they hold for any catalogue.
 */
import type { Project } from '../../src/catalogue/project.js'
import type { Regions } from '../../src/catalogue/regions.js'
import type { Taxonomy } from '../../src/catalogue/taxonomy.js'

/** The slot names a reply may say it relaxed (the contract with the dialogue engine). */
export const SLOTS = ['topic', 'audience', 'region', 'format', 'fee', 'time'] as const
/** One of {@link SLOTS}. */
export type SlotName = (typeof SLOTS)[number]

/** A place a learner names: a province, or a city inside one. */
export interface Place { province: string; city: string | null }

/** What the learner has stated so far; absent keys are not constrained. */
export interface Constraints {
  topic?: string
  audience?: string
  region?: Place
  format?: 'online' | 'offline' | 'hybrid'
  free?: true
}

/** The audience every project is open to; a learner never "states" it, and it satisfies any audience leniently. */
export const OPEN_AUDIENCE = 'general-public'

/** A catalogue as the simulator sees it. */
export class World {
  /** Active projects that have not ended by `today`: what a learner can still be offered. */
  readonly live: Project[]
  readonly byId: Map<string, Project>
  private readonly places = new Map<string, Place | 'national'>()

  constructor(
    projects: Project[],
    readonly taxonomy: Taxonomy,
    readonly regions: Regions,
    readonly today = new Date().toISOString().slice(0, 10),
  ) {
    const active = projects.filter((p) => p.status === 'active')
    this.byId = new Map(active.map((p) => [p.id, p]))
    this.live = active.filter((p) => !p.end_date || p.end_date >= today)
  }

  /** A project's 地区 cell as a place ('national' for 全国, null when unknown). */
  placeOf(p: Project): Place | 'national' | null {
    if (!p.region) return null
    let hit = this.places.get(p.region)
    if (!hit) {
      const [province, city] = p.region.trim().split(/\s+/)
      hit = province === '全国' ? 'national' : { province, city: city ?? null }
      this.places.set(p.region, hit)
    }
    return hit
  }

  /** True when the project is open to a learner in `want`: same place, one inside the other, nationwide, or online. */
  inRegion(p: Project, want: Place): boolean {
    if (p.format === 'online') return true
    const where = this.placeOf(p)
    if (where === 'national') return true
    if (!where || where.province !== want.province) return false
    return where.city === null || want.city === null || where.city === want.city
  }

  /**
   * Whether `p` satisfies `c`, leaving out the `relaxed` slots. `lenient`
   * also accepts a project open to the general public for any audience (used
   * when judging what was shown; the strict form decides what surely matches).
   */
  satisfies(p: Project, c: Constraints, relaxed: readonly string[] = [], lenient = false): boolean {
    const keep = (s: SlotName) => !relaxed.includes(s)
    if (c.topic && keep('topic') && !p.topics.includes(c.topic)) return false
    if (c.audience && keep('audience') && !p.audiences.includes(c.audience)
      && !(lenient && p.audiences.includes(OPEN_AUDIENCE))) return false
    if (c.region && keep('region') && !this.inRegion(p, c.region)) return false
    if (c.format && keep('format') && p.format !== c.format && p.format !== 'hybrid') return false
    if (c.free && keep('fee') && p.fee !== 0) return false
    return true
  }

  /** The live projects that satisfy every stated constraint. */
  matching(c: Constraints): Project[] {
    return this.live.filter((p) => this.satisfies(p, c))
  }

  /** The unstated slots of `p` a learner could add without losing `p` (for narrowing). */
  facetsOf(p: Project, c: Constraints): Constraints {
    const out: Constraints = {}
    const auds = p.audiences.filter((a) => a !== OPEN_AUDIENCE)
    if (!c.topic) out.topic = p.topics[0]
    if (!c.audience && auds.length) out.audience = auds[0]
    const where = this.placeOf(p)
    if (!c.region && p.format !== 'online' && where && where !== 'national') out.region = where
    if (!c.format) out.format = p.format
    if (!c.free && p.fee === 0) out.free = true
    return out
  }

  /** True when no live or archived text of the catalogue mentions any of `words` (out-of-scope check). */
  mentionsNone(words: string[]): boolean {
    const low = words.map((w) => w.toLowerCase())
    for (const p of this.byId.values()) {
      const text = [p.title, p.summary, p.title_en ?? '', p.summary_en ?? '', ...p.tags, ...Object.values(p.extra)].join(' ').toLowerCase()
      if (low.some((w) => text.includes(w))) return false
    }
    return true
  }

  /** The names a reply may use for a stated value (taxonomy labels, place names), for the reset-leak check. */
  namesOf(slot: keyof Constraints, c: Constraints): string[] {
    if (slot === 'topic' && c.topic) return labels(this.taxonomy, 'topics', c.topic)
    if (slot === 'audience' && c.audience) return labels(this.taxonomy, 'audiences', c.audience)
    if (slot === 'region' && c.region) {
      const prov = this.regions.province(c.region.province)
      const city = prov?.cities.find((x) => x.name === c.region?.city)
      const place = city ?? prov
      const names = place ? [place.name, ...place.aliases.filter((a) => /[^\x00-\x7f]/.test(a) && a.length >= 2)] : []
      if (!city && prov) names.push(prov.en)
      if (city) names.push(...city.aliases.filter((a) => /^[A-Z]/.test(a)))
      return names
    }
    return []
  }
}

function labels(taxonomy: Taxonomy, kind: 'topics' | 'audiences', id: string): string[] {
  const e = taxonomy.get(kind, id)
  return e ? [e.zh, e.en] : [id]
}
