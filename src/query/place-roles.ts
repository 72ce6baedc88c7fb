/**
 * @module query/place-roles
 * Which of the places a Chinese message names is where the learner is. People say where they come from and what
 * they do there in the same breath as where they are: "我刚从东莞的工厂回来…人在广东", "我係澳門酒店房務員…喺貴州",
 * "我海南打鱼的，也算农民，我在甘肃这里". A place said as where the person came from, or as part of the words naming
 * their job, describes them; where they are is a place of its own (在…, …这边, or a place standing alone). Before,
 * the first place named won, so the list was filtered to the hometown and widened away from where the learner lives.
 * The roles are read by the words around each place, so any place of the regions file takes them.
 */
import type { RegionMention, Regions } from '../catalogue/regions.js'

/**
 * Words right before a place that say the person left it: "from" (从, 打, 自, 来自, 离开) and the home one grew up in
 * (老家, 家乡, 原籍, 祖籍), or where one was before (以前在, 原来在, 之前在, 过去在, 曾经在). 刚/才/是 may come between.
 */
const CAME_FROM = /(?:从|打|来自|离开|老家(?:是|在)?|家乡(?:是|在)?|原籍(?:是)?|祖籍(?:是)?|(?:以前|原来|之前|过去|早先|曾经|曾)(?:一直)?在)$/

/** Words right after a place that say the person came away from it or grew up there: 四川来的, 东莞回来, 湖南出来打工, 在湖北长大. */
const CAME_AWAY = /^(?:那边|那里|这边)?(?:来的|过来|回来|出来|来到|来这|来此|调来|嫁过来|嫁来|长大|出生|生的|生人)/

/**
 * A self-frame right before a place, with nothing of being there (在, 住): "我海南打鱼的", "我係澳門酒店房務員" (read as
 * 我是澳门…), "我是东莞工厂的工人". The place qualifies the job that follows, so it says who the person is.
 */
const SELF_BEFORE = /(?:^|[，,。；;！!？?\s])(?:我|俺|咱|本人)(?:们)?(?:是|系|就是|也是)?(?:一个|一名|个)?$/

/** After a place, words that make it where one is ("我杭州这边", "我是杭州的", "我海南人"), not a job's qualifier. */
const BEING_THERE = /^[省市区县镇乡]?(?:这边|这里|这儿|这块|那边|本地|当地|的[，,。；;！!？?\s]|的$|人|[，,。；;！!？?\s]|$)/

/** True when the place at `index` (of `length` characters) in `text` is said as where the learner came from. */
function cameFrom(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 6), index).replace(/(?:刚刚?|才|是|就是|都是)$/, '')
  return CAME_FROM.test(before) || CAME_AWAY.test(text.slice(index + length, index + length + 5))
}

/** Words of asking or wishing: a clause holding one after the place asks about the place ("我们杭州有什么课"). */
const ASKS = /[有吗呢哪啥课班学想要能]|什么|培训|可以/

/** True when the place qualifies the job the person names themself by ("我海南打鱼的", "我係澳門酒店房務員"). */
function qualifiesJob(text: string, index: number, length: number): boolean {
  if (!SELF_BEFORE.test(text.slice(Math.max(0, index - 8), index))) return false
  const after = text.slice(index + length)
  if (BEING_THERE.test(after)) return false
  const clause = after.split(/[，,。；;！!？?\s]/)[0]
  return !ASKS.test(clause)
}

/** Words right before a place that put the learner there now: 在, 住, 住在, 人在, 定居, 落户 (not 以前在, read above). */
const BEING_IN_BEFORE = /(?:在|住|住在|人在|定居在?|落户在?|待在|呆在|来到|搬到|搬来)$/
/** Words right after a place that put the learner there: 这边, 这里, 这儿, 本地. */
const BEING_IN_AFTER = /^(?:这边|这里|这儿|这块|本地)/

/**
 * English: where one moved away from ("back from", "moved here from", "grew up in", "born in", "hometown is"). A plain
 * "i'm from X" says where one lives, as English speakers in China use it, so it stays the learner's place.
 */
const EN_CAME_FROM = /\b(?:back from|moved (?:here |over )?from|moving from|left|leaving|grew up in|raised in|born in|hometown(?: is)?(?: in)?|home town(?: is)?(?: in)?|used to (?:live|work) in|previously in|formerly in)\s+(?:the\s+)?$/
/** English: a place as an adjective before a job ("a Macau hotel cleaner", "an Anhui farmer"). */
const EN_QUALIFIES = /\b(?:i'?m|i am|i was|im)\s+(?:a|an)\s+$/
/** English: where one is now ("in", "live in", "living in", "based in", "here in", "now in", "moved to"). */
const EN_HERE = /\b(?:in|at|near|around|moved to|move to|living|live|staying|based)\s+$/

/** True when the place at `index` is said as where the learner is now ("在深圳打工", "住在东莞", "甘肃这边", "living in Hangzhou"). */
function saidAsHere(text: string, index: number, length: number): boolean {
  if (/^[a-z]/i.test(text.slice(index, index + 1))) return EN_HERE.test(text.slice(Math.max(0, index - 12), index).toLowerCase())
  return BEING_IN_BEFORE.test(text.slice(Math.max(0, index - 3), index)) || BEING_IN_AFTER.test(text.slice(index + length, index + length + 2))
}

/**
 * Which places of a Chinese message may be the learner's, as a filter over the regions file's mentions: none they came
 * from or that qualifies their job ({@link isLearnersPlace}), and when one is said as where they are now ("湖南人在深圳打
 * 工", "我是四川的，在北京当保姆"), only such ones.
 */
export function learnersPlaces(text: string, mentions: readonly PlaceMention[]): (m: PlaceMention) => boolean {
  const kept = mentions.filter((m) => isLearnersPlace(text, m.index, m.matched))
  const here = kept.filter((m) => saidAsHere(text, m.index, m.matched.length))
  // (A city of the province said as here still makes it precise: "我在浙江，杭州的有吗".)
  const province = (m: PlaceMention) => (m.region === 'nationwide' ? null : m.region.province)
  const chosen = here.length ? kept.filter((k) => here.some((h) => h.index === k.index || (province(h) !== null && province(h) === province(k)))) : kept
  return (m) => chosen.some((k) => k.index === m.index)
}

/** A place the regions file finds in a message (catalogue/regions' RegionMention, as far as this module reads it). */
export interface PlaceMention {
  index: number
  matched: string
  region: 'nationwide' | { province: string }
}

/**
 * True when the place named at `index` (its words `matched`) in a Chinese message may be where the learner wants to
 * learn: not a place they came from ("从东莞回来", "老家河南", "四川来的") nor one qualifying their job ("我海南打鱼的").
 * Such a place still fills no need: the understander keeps its words out of the search terms.
 *
 * @example isLearnersPlace('我刚从东莞的工厂回来，人在广东', 3, '东莞') // false
 */
export function isLearnersPlace(text: string, index: number, matched: string): boolean {
  if (/^[a-z]/i.test(matched)) {
    const before = text.slice(Math.max(0, index - 24), index).toLowerCase()
    return !EN_CAME_FROM.test(before) && !EN_QUALIFIES.test(before)
  }
  return !cameFrom(text, index, matched.length) && !qualifiesJob(text, index, matched.length)
}

/**
 * The place of a message that is the learner's ({@link learnersPlaces}, first and made precise as catalogue/regions'
 * findIn does, from the one walk of the text), and the spans of the other places (where they came from, a second place): no need-words either.
 */
export function readPlaces(regions: Regions, text: string): { mention: RegionMention | null; away: [number, number][] } {
  const all = regions.findAll(text)
  const mention = regions.pick(all.filter(learnersPlaces(text, all)))
  const away = all.filter((m) => m.index !== mention?.index).map((m): [number, number] => [m.index, m.index + m.matched.length])
  return { mention, away }
}
