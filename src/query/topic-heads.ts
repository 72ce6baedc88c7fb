/**
 * @module query/topic-heads
 * A topic said as a modifier and a general head rather than by its taxonomy word: the head alone is too general
 * (技术 is any technology, 技能 any skill), the construction says which topic. Three constructions, each read from
 * how Chinese builds such phrases, never from one phrase:
 *
 * - **Skill heads stacked or qualified** ("技术手艺", "手艺和技术", "实用技术", "有用的本事"): two general words for
 *   skill together, or one qualified only by how useful it is, name a trade in general, so vocational skills. A subject
 *   said right before the head ("农业实用技术", "剪纸手艺") is the head's modifier and speaks for the topic
 *   (term-matches `yields`).
 * - **-化 before a head** ("数字化技能" ≈ 数字技能, "信息化能力"): a taxonomy word built as modifier + head also
 *   reads with the adjectival 化 between them.
 * - **技能 and 技术 after a modifier** ("职业技术" ≈ 职业技能, "养殖技能" ≈ 养殖技术): after a modifier of two or
 *   more characters the two skill heads name the same kind of know-how, so a taxonomy word built on one also reads
 *   with the other.
 * - **Verb-object for a place's development** ("建设农村" ≈ 农村建设, "振兴咱农村" ≈ 乡村振兴, "发展乡村"): a
 *   taxonomy word built as place + verb of building up also reads reversed, with a possessive (咱, 我们) between
 *   the verb and the place, and with the everyday words for the countryside (农村, 乡村, 乡下, 村里) in place of
 *   each other.
 *
 * Text arrives simplified, in plain Mandarin (text/dialect), lower-cased.
 */
import type { Cue } from './cues.js'

const topic = (id: string, pattern: RegExp): Cue => ({ kind: 'topics', id, pattern, explicit: true, general: true })

/** General words for a skill or know-how: alone they say no topic. */
const SKILL_HEADS = '(?:技术|技能|手艺|本事|本领)'
/** Qualities that say only that a skill is worth having (实用, 管用, 过硬), not which. */
const USEFUL = '(?:实用|实在|有用|管用|好用|吃香|过硬|热门|挣钱|赚钱|能挣钱|能赚钱)'
/** Joining words between two heads ("技术和手艺"). */
const AND = '(?:和|与|跟|及|或|、|/)?'

/**
 * A general skill head naming a trade: stacked heads, a usefulness-qualified head, or 手艺 alone (a trade, 学门手艺;
 * the crafts of culture, 传统手艺, 民间手艺, are longer cues of culture-arts and win). Exported so term-matches
 * can let a subject said right before it speak instead.
 */
export const TRADE_HEAD = new RegExp(`${SKILL_HEADS}${AND}${SKILL_HEADS}|${USEFUL}的?${SKILL_HEADS}|手艺`)

/** Taxonomy heads that take the adjectival 化 after their modifier (数字化技能, 信息化办公). */
const NOUN_HEADS = ['技能', '技术', '知识', '能力', '素养', '常识', '应用', '操作', '生活', '办公', '服务', '管理']
/** Skill heads said in place of each other after their modifier (职业技能 ≈ 职业技术). */
const TWIN_HEADS: Readonly<Record<string, string>> = { 技能: '技术', 技术: '技能' }
/** Verbs of building a place up: a taxonomy word "place + verb" also reads "verb + place". */
const PLACE_VERBS = ['建设', '振兴', '发展', '治理']
/** Everyday words for the countryside, read in place of each other before or after such a verb. */
const COUNTRYSIDE = ['农村', '乡村', '乡下', '村里', '村子', '村庄']
/** A possessive or pointer between the verb and the place ("建设咱农村", "振兴我们村里"). */
const BETWEEN = ['', '咱', '咱们', '咱们的', '我们', '我们的', '俺们', '俺', '我', '我的', '咱的', '家乡', '家乡的', '这个', '我们这', '咱这']

/**
 * The other ways a taxonomy word built by one of the constructions above is said. The understander indexes them as
 * the word itself, so a mention of a variant counts as a mention of the word (its topic, its breadth).
 */
export function headVariants(han: string): string[] {
  const out = new Set<string>()
  for (const head of NOUN_HEADS) {
    const modifier = han.slice(0, -head.length)
    if (!han.endsWith(head) || [...modifier].length < 2 || modifier.endsWith('化')) continue
    out.add(`${modifier}化${head}`)
    const twin = TWIN_HEADS[head]
    if (twin) out.add(`${modifier}${twin}`).add(`${modifier}化${twin}`)
  }
  for (const verb of PLACE_VERBS) {
    const place = han.slice(0, -verb.length)
    if (!han.endsWith(verb) || !COUNTRYSIDE.includes(place)) continue
    for (const p of COUNTRYSIDE) {
      out.add(`${p}${verb}`)
      for (const b of BETWEEN) out.add(`${verb}${b}${p}`)
    }
  }
  out.delete(han)
  return [...out]
}

/** The cues of the skill-head construction. */
export const TOPIC_HEADS: readonly Cue[] = [
  topic('vocational-skills', TRADE_HEAD),
  // The countryside's own useful techniques ("农村实用技术", "农民实用技能培训") are farming, as extension services say.
  topic('rural-revitalization', new RegExp(`(?:${COUNTRYSIDE.join('|')}|农民|农业|种养)的?${USEFUL}的?${SKILL_HEADS}`)),
]
