/**
 * @module query/subject-rules
 * Which mentions say what the learner wants to learn and which say who they are or how they learn: the rules that
 * turn raw mentions into a subject, plus the format and fee readings.
 */
import type { Match } from './term-matches.js'
import { withoutWishedSituations } from './person-subjects.js'

/** Looking on the child's behalf ("给他找", "给上中学的孩子找", "it's for my son"): the learner is the child. */
const ON_THE_CHILDS_BEHALF = /(给|帮)(他|她)(找|看看|看|报|选|挑)|给上[^，,。]{0,4}的(孩子|娃|儿子|女儿)(找|报|选|挑)|\bit'?\s?s for my (teenage |teen )?(son|daughter|kid|child)\b/

/** A course plainly for the child: "适合孩子的", "给孩子报的", "孩子学的…课". */
export const FOR_THE_CHILD = /(适合|给|让|针对|面向)(我家|我的)?(孩子|小孩|儿童|小朋友)|(孩子|小孩|儿童|小朋友)(的|学|上|报|参加)[^，,。]{0,6}(课|班|营)|\b(for|suitable for) (my |our )?(kids|children|child)\b/

/** A learning verb right before a topic word: the topic is asked for, even inside a description of the learner. */
const ASKED_FOR = /(学|想|要|会|搞|弄|整|懂)(?!校)|学$/

/** How slowly or hard the learner does a thing, right after it ("打字慢", "看手机费劲", "用电脑有点吃力"). */
const ABILITY_AFTER = /^(?:太|很|挺|比较|有点儿?|有些|特别|老是|总是|实在|还是)?(?:慢|不快|不利索|不灵光?|不熟练?|吃力|费劲|费力|困难|有困难|跟不上|不顺手)/

/** A Chinese person word made of a way of life and "person" (庄稼人, 种地的, 打鱼的): the life is who they are. */
export const PERSON_OF_A_LIFE = /^\p{Script=Han}+(人|的)$/u

/** The topic a role grows in: named inside the role ("在村小教数学"), it is still the request. */
const OWN_GROWTH: Readonly<Record<string, string>> = { 'rural-teachers': 'teacher-development' }

// The rules' tests are module functions, not closures made per message (under the tsx transform the bench and the
// tests run through, a named closure costs a property definition each time).
const within = (m: Match, a: number, b: number) => a <= m.start && m.end <= b
// (A dialect verb glued in front, "整手机" of "想整手机上能学的", still ends inside the format phrase.)
const tailIn = (m: Match, a: number, b: number) => m.start < a && a < m.end && m.end <= b && m.end - a >= 2
const overlapsAny = (m: Match, person: Match[]) => person.some((a) => m.start < a.end && a.start < m.end)
const inSubject = (a: Match, out: Match[]) => a.cue && !a.explicit && out.some((t) => t.kind === 'topics' && t.explicit && t.start <= a.start && a.end <= t.end)
// (A teacher's own teaching, "在村小教数学", is also what a teacher comes to improve.)
const inSituation = (m: Match, situation: Match[]) => situation.some((a) => a.start <= m.start && m.end <= a.end && a.end - a.start > m.end - m.start && OWN_GROWTH[a.id!] !== m.id)
const HAN = /\p{Script=Han}/u
const saidAsAbility = (m: Match, text: string) => HAN.test(m.matched) && ABILITY_AFTER.test(text.slice(m.end, m.end + 6)) && !ASKED_FOR.test(text.slice(Math.max(0, m.start - 3), m.start))
const isLife = (m: Match, situation: Match[], text: string) => m.kind === 'topics' && HAN.test(m.matched) && inSituation(m, situation) && !ASKED_FOR.test(text.slice(Math.max(0, m.start - 3), m.start))

/**
 * Topic words that say how or who, not what: a topic word inside the format
 * phrase ("在手机上就能学": 手机 is where they learn) is dropped, and a topic
 * word inside the words describing the learner, beside a subject named
 * elsewhere ("我是种地的，想学书法"), only ranks: it says who they are, not
 * what they want to learn.
 */
export function subjectOnly(matches: Match[], text: string, spans: readonly (readonly [number, number])[], lifeTopics: Match[] = []): Match[] {
  // (`spans`: where the way of learning was said, from query/facet-reading; in Chinese every phrase that says how,
  // "通过手机上课" as well as "线上的", holds no subject.)
  let out = matches.filter((m) => !(m.kind === 'topics' && spans.some(([a, b]) => within(m, a, b) || tailIn(m, a, b))))
  // A skill said with how hard it comes to the learner ("打字慢", "用电脑有点吃力") describes them: it ranks, never filters.
  out = out.map((m) => (m.kind === 'topics' && m.explicit && saidAsAbility(m, text) ? { ...m, explicit: false } : m))
  const person = out.filter((m) => m.kind === 'audiences' && m.id !== null)
  const namedElsewhere = out.some((m) => m.kind === 'topics' && m.explicit && !overlapsAny(m, person))
  if (namedElsewhere) out = out.map((m) => (m.kind === 'topics' && m.explicit && overlapsAny(m, person) ? { ...m, explicit: false } : m))
  // (English: beside a learner who said who they are, a relative inside a subject, "helping my children learn", is who
  // the subject is about, not another learner.)
  const people = out.filter((m) => m.kind === 'audiences' && m.id !== null && /^[a-z]/.test(m.matched))
  if (people.some((a) => !inSubject(a, out))) out = out.filter((m) => !people.includes(m) || !inSubject(m, out))
  // A topic word inside the words saying who the learner is ("在家种田的", "在乡下学校教娃娃的老师") is
  // their life, not their request (no topic at all, so a narrowing keeps the subject), unless a
  // learning verb stands right before it ("想学养猪").
  // (A taxonomy person word that is a topic word plus "person", "庄稼人", "种地的", is a situation too;
  // "电力职工" names a trade's workers, whose trade is still the subject.)
  const situation = out.filter((m) => m.kind === 'audiences' && m.id !== null && ((m.cue && !m.explicit) || (!m.cue && PERSON_OF_A_LIFE.test(m.matched))))
  lifeTopics.push(...out.filter((m) => isLife(m, situation, text)))
  out = out.filter((m) => !isLife(m, situation, text))
  // The reverse: a situation asked for ("想学养猪", "想整种果树养鸡鸭的") is what they want to learn, not who they
  // are: the one rule for it is query/person-subjects' wishedSituations.
  out = withoutWishedSituations(out, text)
  // An audience word naming who a topic is about ("老年人保健养生", "儿童编程") beside the learner's own
  // situation ("干社区工作的") says what the course covers, not who learns.
  const own = out.filter((m) => m.kind === 'audiences' && m.id !== null && m.cue)
  if (own.length) {
    const modifiers = new Set(out.filter((m) => m.kind === 'audiences' && !m.cue && m.id !== null && !own.some((o) => o.id === m.id)
      && out.some((t) => t.kind === 'topics' && (t.start === m.end || (text[m.end] === '的' && t.start === m.end + 1)))).map((m) => m.id))
    out = out.filter((m) => !(m.kind === 'audiences' && !m.cue && modifiers.has(m.id)))
  }
  // "给他找", "给上中学的孩子找": the course is for the child, so the learner is young, not a parent.
  if (ON_THE_CHILDS_BEHALF.test(text) && out.some((m) => m.kind === 'audiences' && m.id === 'parents' && m.cue)) {
    const at = out.find((m) => m.kind === 'audiences' && m.id === 'parents')!
    out = out.filter((m) => !(m.kind === 'audiences' && m.id === 'parents' && m.cue))
    if (!out.some((m) => m.kind === 'audiences' && m.id === 'youth')) out.push({ ...at, id: 'youth', explicit: false })
  }
  return out
}
