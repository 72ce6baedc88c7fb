/**
 * @module query/unread-person
 * A learner who says who they are in words no reader knows ("我係揸小巴嘅，車行僱員", "我是卖菜的", "I work nights
 * at a car wash") still said who they are: the message is no request for every group's courses. This module finds
 * such a self-description by its frame alone (the clause that opens "我是/我在…上班/俺当…", "i m a…", "i work
 * as/for/in…") when nothing in the message was read as a group: what is left of the clause once its place, format,
 * fee and dates are taken out is the person, and the dialogue then prefers the projects open to everyone
 * (docs/dialogue-state.md, "A person the bot cannot read"). A place ("我在杭州"), a wish ("我是想问…", stopped by the
 * self-clause itself), talk about the asking ("我是来咨询的") or a level ("我是零基础") says no person.
 */
import { globalMatches } from '../text/regex-tools.js'
import { ownSelfClauses } from './person-subjects.js'

/** The frame that opens a self-clause: the speaker, a few adverbs, then the verb of being or doing. */
const FRAME = /^(?:我们|我|本人|俺|咱)(?:也|都|就|现在|目前|以前|原来|刚|今年|已经|一直|本身|平时)?(?:是|在|当|做|干|从事|属于)(?:个|一个|一名|一位|名|位)?/
/** Being somewhere is a person only with work done there ("我在车行上班"); "我在犹豫", "我在网上看到" say nothing of one. */
const WORK_THERE = /上班|工作|打工|干活|做事|做工|上工|当|做|干|跑|送|卖|开|教|帮工/
/**
 * Words after the frame that talk about the asking, the wish or the learner's level, not who they are: "我是来问问的",
 * "我是说…", "我是真心…", "我是零基础", "我是第一次".
 */
const NOT_A_PERSON = /^(?:挺|很|太|比较|特别|非常|有点|蛮|真|好|也|都|还|来|说|问|指|讲|觉得|认为|意思|不是|真心|诚心|认真|真的|特意|专门|随便|第一次|头一回|头一次|新手|小白|零基础|初学|刚入门|入门|外行|门外汉|这样|这个意思|那个意思)/
/** Han characters that are only grammar ("的", "了", "个"): no person in them. */
const GRAMMAR = /[的了个嘅哋啦呀啊吧呢嘛么哦喔咯]/g
const HAN = /\p{Script=Han}/u

/** English frames of the speaker's own work or kind: "i m a", "i am an", "i work (nights) as/for/in/at", "i drive a", "my job is". */
const ENGLISH_FRAME = /\b(?:(?:i m|i am|im) (?:an?|just an?|only an?)|i (?:work|worked|am working)(?: \w+)? (?:as|for|in|at|on)|i (?:run|own|drive|deliver|sell|clean|fix) (?:an?|the|my|our)|i do (?:\w+ )?(?:work|jobs?) (?:for|in|at|as)|my job is|i make (?:a|my) living)\b/g
/** English words after the frame that are no person: a level, a feeling, a fan, a place word said loosely. */
const ENGLISH_NOT_A_PERSON = /^(?:(?:bit|little|total|complete|absolute|real|big|huge|look|looking|search|searching|seeking|hunting)\b|beginner|newbie|novice|fan\b|lover\b|first timer|learner\b|home\b|the moment\b|a hurry|hurry\b|mess\b|question\b)/
/** English words for what is asked for: a phrase holding one is the request. */
const COURSE_WORDS = /\b(?:class|classes|clsses|course|courses|lesson|lessons|training|trainings|programm?es?|programs?|workshops?)\b/
/** A head that makes the phrase one about learning: the words before it are the subject ("an english learner"). */
const LEARNER_HEAD = /\b(?:learners?|students?|beginners?|novices?|newbies?|enthusiasts?|fans?|lovers?|hobbyists?|amateurs?|buffs?)\b/
/** Words that join or close an English clause: the self-description ends there. */
const ENGLISH_END = /\b(?:and|but|so|looking|want|wanting|wanna|would|could|can|any|what|which|where|how|is there|are there|do you|please|pls|kindly|interested|trying|hoping|keen|eager|into|learn|learning|study|studying|need|needing|who|that)\b/

const covered = (at: number, spans: readonly (readonly number[])[]) => spans.some(([a, b]) => a <= at && at < b)

/**
 * The words in which `normalized` says who the learner is, when a self-clause holds more than a place, a format,
 * a fee or a date (`slotSpans`, where those were read) and no group was read from the message; null when it says
 * no such thing. The caller asks only when the message's audiences came out empty.
 */
export function unreadPerson(normalized: string, english: boolean, slotSpans: readonly (readonly number[])[]): string | null {
  return english ? englishUnread(normalized, slotSpans) : chineseUnread(normalized, slotSpans)
}

function chineseUnread(text: string, slotSpans: readonly (readonly number[])[]): string | null {
  for (const [a, b] of ownSelfClauses(text)) {
    const clause = text.slice(a, b)
    const frame = FRAME.exec(clause)
    if (!frame) continue
    const start = a + frame[0].length
    const verb = frame[0].replace(/(?:个|一个|一名|一位|名|位)$/, '').slice(-1)
    if (verb === '在' && !WORK_THERE.test(text.slice(start, b))) continue
    // Doing, said without what one is ("我平时干活挺忙", "我做事慢"), is how life goes: "我做保洁的", "干装修的" end in 的.
    if ((verb === '做' || verb === '干') && !/的$/.test(clause)) continue
    if (NOT_A_PERSON.test(text.slice(start, b))) continue
    let left = ''
    for (let i = start; i < b; i++) if (!covered(i, slotSpans)) left += text[i]
    if ([...left.replace(GRAMMAR, '')].filter((c) => HAN.test(c)).length >= 2) return clause
  }
  return null
}

/** The English self-phrases of `text`: each frame, where its person phrase starts, and the phrase (five words at most). */
function englishSelfPhrases(text: string): { frame: string; from: number; at: number; phrase: string }[] {
  const out: { frame: string; from: number; at: number; phrase: string }[] = []
  if (!/\bi\b|\bim\b|\bmy job\b/.test(text)) return out
  for (const m of globalMatches(ENGLISH_FRAME, text)) {
    const start = m.index + m[0].length
    const rest = text.slice(start).replace(/^\s+/, '')
    if (ENGLISH_NOT_A_PERSON.test(rest)) continue
    const end = ENGLISH_END.exec(rest)
    const phrase = (end ? rest.slice(0, end.index) : rest).split(/\s+/).slice(0, 5).join(' ').trim()
    // Courses named inside it ("mi a look free rural classes") make it the request, not the person.
    if (COURSE_WORDS.test(phrase)) continue
    // A learner of something ("an english learner", "a piano student", "a computer beginner") names what they learn.
    if (LEARNER_HEAD.test(phrase)) continue
    out.push({ frame: m[0], from: m.index, at: text.indexOf(phrase, start), phrase })
  }
  return out
}

/**
 * Where an English message says what the speaker is or does for a living ("i m a cook at a restaurant", "i work as
 * a welder in a shipyard"), frame and phrase: the words there are who they are, so none is a need-word, and a
 * subject's word there (cook, welder, caregiver, "english teacher") is their job, not what they ask to learn. The
 * twin of the Chinese self-clauses (query/person-subjects' `selfDescriptionSpans`).
 */
export function englishSelfSpans(text: string): [number, number][] {
  return englishSelfPhrases(text).filter(({ phrase }) => phrase.length > 0).map(({ from, at, phrase }) => [from, at + phrase.length])
}

function englishUnread(text: string, slotSpans: readonly (readonly number[])[]): string | null {
  for (const { frame, at, phrase } of englishSelfPhrases(text)) {
    let left = ''
    for (let i = at; i >= 0 && i < at + phrase.length; i++) if (!covered(i, slotSpans)) left += text[i]
    const words = left.split(/\s+/).filter((w) => w.length >= 3 && !/^(?:the|our|my|his|her|their|this|that|local|some|one|here|there|now|city|town|from)$/.test(w))
    if (words.length) return `${frame} ${phrase}`.trim()
  }
  return null
}
