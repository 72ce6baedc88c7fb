/**
 * @module catalogue/regions
 * China's provinces and their cities, read from `knowledge/regions.yaml`.
 * The importer checks a project's 地区 cell with it, and the bot finds where a
 * learner is ("我在成都", "杭州有没有线下的") with it, so a project filed under
 * "浙江省 杭州市" is found by someone who wrote "杭州", "hangzhou" or "浙江杭州".
 */
import { join } from 'node:path'
import { z } from 'zod'
import { UserError } from '../errors.js'
import { KNOWLEDGE_DIR } from '../paths.js'
import { parseKnowledgeYaml, readKnowledgeFile } from '../knowledge-file.js'
import { fold, toHalfWidth } from '../text/fold.js'
import { FlatTrie, NO_NODE } from '../text/flat-trie.js'

const citySchema = z.object({
  name: z.string().min(2),
  aliases: z.array(z.string().min(1)).default([]),
})

const provinceSchema = z.object({
  name: z.string().min(2),
  type: z.enum(['province', 'municipality', 'autonomous-region', 'sar']),
  aliases: z.array(z.string().min(1)).default([]),
  abbr: z.array(z.string().refine((s) => [...s].length === 1, 'an abbreviation is one character')).default([]),
  pinyin: z.string().regex(/^[a-z']+$/, 'pinyin is lower-case letters without tones or spaces'),
  en: z.string().min(1),
  capital: z.string().optional(),
  cities: z.array(citySchema).default([]),
})

const regionsSchema = z.object({
  nationwide: z.array(z.string().min(1)).min(1),
  ignore: z.array(z.string().min(2)).default([]),
  provinces: z.array(provinceSchema).min(1),
})

/** A prefecture-level city (or a municipality's district) as written in regions.yaml. */
export type City = z.infer<typeof citySchema>
/** A provincial-level division as written in regions.yaml. */
export type Province = z.infer<typeof provinceSchema>
/** A place by canonical names: a whole province (city null) or one city in it. */
export interface Place {
  province: string
  city: string | null
}
/** What a region word stands for: a place, or no restriction at all. */
export type RegionRef = Place | 'nationwide'
/** One place named inside a message; `index` is the position in the original text. */
export interface RegionMention {
  region: RegionRef
  matched: string
  index: number
}

/** The default regions file, shipped in the package's knowledge folder. */
export const DEFAULT_REGIONS_PATH = join(KNOWLEDGE_DIR, 'regions.yaml')

/** One character naming an administrative level, which a city or county cell may add to a short place name. */
const ADMIN_SUFFIX = /^[市县]$/u
const SEPARATORS = /[\s,，、/|;；:：\-·.。()（）]+/g
const LATIN = /[a-z0-9]/
/** What follows a place name when the place names a language or a cuisine: 话, 方言, 口音, 腔, 菜. */
const SPEECH_OF_PLACE = /^(?:话|話|方言|口音|腔|菜)/u

function keyOf(ref: RegionRef): string {
  return ref === 'nationwide' ? ref : `${ref.province}/${ref.city ?? ''}`
}

/** The loaded regions with name lookup; build it with {@link loadRegions}. */
export class Regions {
  readonly provinces: readonly Province[]
  readonly nationwide: readonly string[]
  /** Every term, abbreviations included: for whole cells and short answers. */
  private readonly exact = new Map<string, RegionRef>()
  /** Terms safe to look for inside sentences (no one-character abbreviations); null = not a place. */
  private readonly inText = new Map<string, RegionRef | null>()
  /**
   * The inText names of two characters or more by UTF-16 unit (text/flat-trie): a node's value, when not 0, is one more
   * than the index in `named` of what the name there names. From each position of a message one walk gives every name
   * starting there, instead of a slice and a look-up per length tried.
   */
  private readonly names = new FlatTrie(0x10000)
  private readonly named: (RegionRef | null)[] = []

  /** Builds the indexes; throws a UserError listing every word that names two places. */
  constructor(data: { nationwide: string[]; ignore?: string[]; provinces: Province[] }, source = 'regions') {
    this.provinces = data.provinces
    this.nationwide = data.nationwide
    const problems: string[] = []
    const add = (term: string, ref: RegionRef, inText: boolean) => {
      const key = fold(term)
      const prev = this.exact.get(key)
      if (prev && keyOf(prev) !== keyOf(ref)) {
        problems.push(`"${term}" names both ${this.label(prev)} and ${this.label(ref)}`)
        return
      }
      this.exact.set(key, ref)
      if (inText) this.inText.set(key, ref)
      // "Xi'an" reaches the matcher as "xi an" once punctuation became spaces.
      if (inText && /^[a-z]+(['’-][a-z]+)+$/.test(key)) this.inText.set(key.replace(/['’-]/g, ' '), ref)
    }
    for (const w of data.nationwide) add(w, 'nationwide', true)
    for (const p of data.provinces) {
      const ref: Place = { province: p.name, city: null }
      for (const t of [p.name, ...p.aliases, p.pinyin, p.en]) add(t, ref, true)
      for (const a of p.abbr) add(a, ref, false)
      if (p.capital && !p.cities.some((c) => c.name === p.capital)) {
        problems.push(`${p.name}: capital ${p.capital} is not one of its cities`)
      }
      for (const c of p.cities) {
        for (const t of [c.name, ...c.aliases]) add(t, { province: p.name, city: c.name }, true)
      }
    }
    // Words like 三明治 or 中山大学 hold a place name but are not places; the longer match wins.
    for (const w of data.ignore ?? []) {
      if (this.exact.has(fold(w))) problems.push(`"${w}" is listed under ignore but is a region name`)
      else this.inText.set(fold(w), null)
    }
    if (problems.length > 0) throw new UserError(`${source} is not a valid regions file`, problems)
    for (const [k, ref] of this.inText) {
      if (k.length < 2) continue
      let node = 0
      for (let n = 0; n < k.length; n++) node = this.names.add(node, k.charCodeAt(n))
      this.names.setValue(node, this.named.push(ref))
    }
  }

  /** The province with this canonical name, if any. */
  province(name: string): Province | undefined {
    return this.provinces.find((p) => p.name === name)
  }

  /**
   * What a whole cell or answer names: "杭州", "浙", "zhejiang", "浙江省 杭州市",
   * "浙江杭州", "全国". Null when it is not a region or names two that disagree.
   */
  resolve(text: string): RegionRef | null {
    const direct = this.exact.get(fold(text))
    if (direct) return direct
    const mentions = this.findAll(text)
    if (mentions.length === 0) return null
    let rest = text
    // A county-level city named by its prefecture's short name ("新疆维吾尔自治区 喀什市": 喀什 → 喀什地区) keeps its
    // 市/县: that suffix right after a mention is part of the name, not a word the cell adds.
    for (const m of [...mentions].reverse()) {
      const end = m.index + m.matched.length
      rest = rest.slice(0, m.index) + rest.slice(end + (ADMIN_SUFFIX.test(rest[end] ?? '') ? 1 : 0))
    }
    if (rest.replace(SEPARATORS, '') !== '') return null
    return combine(mentions.map((m) => m.region))
  }

  /** Every region named in a text, left to right, longest name first at each position. */
  findAll(text: string): RegionMention[] {
    // Half-width and lower case keep string positions, so indexes point into `text`.
    const s = toHalfWidth(text).toLowerCase()
    const out: RegionMention[] = []
    const ends: number[] = []
    for (let i = 0; i < s.length; i++) {
      // The names starting here, each as its length and its node's value, longest last: tried longest first.
      ends.length = 0
      for (let j = i, node = 0; j < s.length && (node = this.names.next(node, s.charCodeAt(j))) !== NO_NODE; j++) {
        if (this.names.value(node) !== 0) ends.push(j + 1 - i, this.names.value(node))
      }
      for (let e = ends.length - 2; e >= 0; e -= 2) {
        const len = ends[e]
        const ref = this.named[ends[e + 1] - 1]
        const before = s[i - 1] ?? ''
        const after = s[i + len] ?? ''
        if (LATIN.test(s[i]) && LATIN.test(before)) continue
        if (LATIN.test(s[i + len - 1]) && LATIN.test(after)) continue
        // A place's speech or food (广东话, 上海话, 四川菜, 潮州方言) names a language or a dish, not where one is.
        if (SPEECH_OF_PLACE.test(s.slice(i + len, i + len + 2))) continue
        if (ref !== null) out.push({ region: ref, matched: text.slice(i, i + len), index: i })
        i += len - 1
        break
      }
    }
    return out
  }

  /**
   * The first place a message mentions ("我在成都" → 四川省 成都市), made precise by
   * a city of the same province named later ("浙江杭州"). A nationwide word counts
   * only when no place is named, since "网上" often describes the course, not the place.
   */
  findIn(text: string): RegionMention | null {
    return this.pick(this.findAll(text))
  }

  /**
   * {@link findIn}'s choice among `mentions` (in text order): for a caller that has already found them and left out
   * those it reads as no place of the learner's (query/place-roles: where they came from), so the text is walked once.
   */
  pick(mentions: readonly RegionMention[]): RegionMention | null {
    const places = mentions.filter((m) => m.region !== 'nationwide')
    const first = places[0]
    if (!first) return mentions[0] ?? null
    const place = first.region as Place
    if (place.city !== null) return first
    const city = places.find((m) => {
      const r = m.region as Place
      return r.province === place.province && r.city !== null
    })
    return city ?? first
  }

  /** True when a project filed under `outer` is open to someone in `inner`. */
  covers(outer: RegionRef, inner: RegionRef): boolean {
    if (outer === 'nationwide') return true
    if (inner === 'nationwide') return false
    if (outer.province !== inner.province) return false
    return outer.city === null || outer.city === inner.city
  }

  /** How to write a region in a reply or a catalogue cell: "浙江省 杭州市" / "Hangzhou, Zhejiang". */
  label(ref: RegionRef, lang: 'zh' | 'en' = 'zh'): string {
    if (ref === 'nationwide') return lang === 'zh' ? '全国' : 'Nationwide'
    const p = this.province(ref.province)
    if (lang === 'zh') return ref.city ? `${ref.province} ${ref.city}` : ref.province
    const provinceEn = p?.en ?? ref.province
    if (!ref.city) return provinceEn
    const city = p?.cities.find((c) => c.name === ref.city)
    const latin = city?.aliases.find((a) => /^[a-z]/i.test(a))
    const cityEn = latin ? latin.replace(/(^|\s)[a-z]/g, (m) => m.toUpperCase()) : ref.city
    return `${cityEn}, ${provinceEn}`
  }
}

/** One region from several mentions of the same place, or null when they disagree. */
function combine(refs: RegionRef[]): RegionRef | null {
  if (refs.every((r) => r === 'nationwide')) return 'nationwide'
  if (refs.some((r) => r === 'nationwide')) return null
  const places = refs as Place[]
  const provinces = new Set(places.map((p) => p.province))
  const cities = new Set(places.map((p) => p.city).filter((c) => c !== null))
  if (provinces.size !== 1 || cities.size > 1) return null
  return { province: places[0].province, city: [...cities][0] ?? null }
}

/** Parses and validates regions YAML text; `source` names it in error messages. */
export function parseRegions(text: string, source = 'regions'): Regions {
  return new Regions(parseKnowledgeYaml(regionsSchema, text, source, 'regions file', import.meta.url), source)
}

/** Reads the regions file staff maintain (default `knowledge/regions.yaml`). */
export function loadRegions(path = DEFAULT_REGIONS_PATH): Regions {
  return parseRegions(readKnowledgeFile(path, 'regions file'), path)
}
