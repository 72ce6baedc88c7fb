/**
 * @module query/inner-subjects
 * The line between a general word for a topic and a subject said inside it.
 * "考个证", "学门手艺", "学点技术" ask for work skills as a whole, so their cue
 * names the vocational topic. But "考个潜水证", "考导游证", "学潜水技术" name a
 * subject of their own inside that frame: the certificate or the craft is the
 * subject's, and the general word only says what kind of course. When that
 * subject is no taxonomy word (not a topic's name, synonym or `family` word), the
 * frame says nothing about the topic: the cue is dropped and the subject stands
 * as a need-word, so a subject the catalogue does not teach gets the honest
 * "nothing" (dialogue/weigh-needs) instead of the family of a word it merely
 * sits in. A subject that is a taxonomy word (电工, 叉车, 月嫂) keeps its topic.
 */
import { isFunctionWord, segment } from '../text/segment.js'
import { isNeedWord } from './need-filter.js'
import { isFiller } from './word-spans.js'
import type { Match } from './term-matches.js'

/** Topics whose general cues ("考个证", "学门手艺") stand for work skills as a whole. */
const GENERAL_WORK_TOPICS: ReadonlySet<string> = new Set(['vocational-skills'])
/** The frame of a general work-skill cue: a learning verb and a measure word before, a certificate or craft after. */
const FRAME_BEFORE = /^(?:想|要|去)?(?:学|考|拿|办|学习|考取|报考)(?:个|一个|张|门|点|一门|一张|下|一下)?/
const FRAME_AFTER = /(?:证书|证照|证|执照|资格证|技术|手艺|技能|本事)$/

/** Words that say how good or what for, never what: 好点, 实用, 赚钱, 吃香, 正规, 国家认可, a trade to live on (吃饭的手艺, 养家的本事). */
const WHAT_KIND = /^(?:好|更好|实用|有用|管用|赚钱|挣钱|来钱|吃饭|糊口|养家|谋生|混饭|饭碗|营生|活路|找工作|找活|吃香|热门|稳定|简单|容易|轻松|正规|靠谱|体面|高薪|值钱|国家|官方|权威|含金量|正经|像样|拿得出手|新|别的|其他|其它|什么|啥|哪些|一些|几个)/

/** Inner words that are the frame's own kind again ("考技术证照", "考个职业资格证"): still work skills as a whole. */
const GENERIC_INNER = /^(?:技术|技能|职业|专业|手艺|资格|等级|上岗|操作|从业|执业|特种作业|工种|就业|岗位|结业|培训|合格)+$/

/** The words between a general work-skill cue's frame ("考个…证" → 潜水), or null when the cue is all frame. */
export function innerOfFrame(matched: string): string | null {
  const inner = matched.replace(FRAME_BEFORE, '').replace(FRAME_AFTER, '').replace(/的$/, '')
  // (Words saying what kind, "好点的技术", "赚钱的手艺", "正规的证": no subject of their own.)
  if (WHAT_KIND.test(inner) || GENERIC_INNER.test(inner) || inner === matched || [...inner].length < 2 || !/^\p{Script=Han}+$/u.test(inner)) return null
  // Only a word that could be a subject: not "啥", "好点的", "一些".
  const words = segment(inner).filter((w) => !isFunctionWord(w) && isNeedWord(w) && [...w].length >= 2)
  return words.length ? inner : null
}

/**
 * `matches` without the general work-skill cues that hold a subject the topic does not count as its own:
 * `knows(text, topic)` is true when `text` holds a taxonomy word of another topic (电工), or a name or `family`
 * word of this one (月嫂). One of its plain skills (厨师, 叉车) inside the frame is that skill, asked for itself.
 */
export function withoutFramedStrangers(matches: Match[], knows: (text: string, topic: string) => boolean, text = ''): Match[] {
  return matches.filter((m) => {
    if (m.kind !== 'topics' || !GENERAL_WORK_TOPICS.has(m.id ?? '')) return true
    // (A bare certificate word, cue or taxonomy name, "考证", holds the subject said before it.)
    // (Only a subject no term reads: "叉车考证" is the forklift's certificate, left to term-matches.)
    const named = matches.some((o) => o !== m && o.end <= m.start && o.end >= m.start - 4)
    const inner = (m.cue ? innerOfFrame(m.matched) : null) ?? (named ? null : subjectBefore(text, m) ?? craftBefore(text, m))
    return inner === null || knows(inner, m.id!)
  })
}

/** A learning verb, then a subject, right before a bare certificate cue ("想学潜水考证", "學揸車考牌" → 考证). */
const LEARN_THEN_SUBJECT = /(?:想|要|去|学|学习|练|报|报名|报读)(?:个|一个|门|点|下|一下)?((?:(?![的了着过上到在])\p{Script=Han}){2,5})$/u

/**
 * The subject said before a cue that is all frame ("潜水" in "想学潜水考证": learn diving and get certified), or
 * null. The cue then holds that subject as its inner word does in "考个潜水证".
 */
function subjectBefore(text: string, m: Match): string | null {
  if (!text || !FRAME_AFTER.test(m.matched) || m.matched.replace(FRAME_BEFORE, '').replace(FRAME_AFTER, '') !== '') return null
  const lead = LEARN_THEN_SUBJECT.exec(text.slice(Math.max(0, m.start - 8), m.start))
  const subject = lead?.[1].replace(/^(?:学习|学|练|去)/, '') ?? ''
  return [...subject].length >= 2 ? innerOfFrame(`学${subject}证`) : null
}

/**
 * The word glued right before a bare 手艺 ("湘绣手艺", "泥塑手艺"), or null: a craft of its own, which the trade
 * head only says is a craft, as "学湘绣" would. (Words saying what kind, "吃饭手艺", stay the trade: innerOfFrame.)
 */
function craftBefore(text: string, m: Match): string | null {
  if (!text || m.matched !== '手艺') return null
  const words = segment(text.slice(Math.max(0, m.start - 6), m.start))
  const last = words[words.length - 1] ?? ''
  return /^\p{Script=Han}{2,}$/u.test(last) && !isFunctionWord(last) && !isFiller(last) && isNeedWord(last) ? innerOfFrame(`学${last}手艺`) : null
}
