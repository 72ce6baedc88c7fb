/**
 * @module text/self-correction
 * A speaker who corrects themself mid-message ("我想学唱歌 哦不对 我是说跳舞",
 * "我在南昌 不对 我在赣州", "第一个 说错了 第二个怎么报名", "singing, no wait,
 * dancing") means only what comes after the correction. Voice input keeps both
 * halves, and the older grandparents who dictate say it this way all the time;
 * without this the bot reads both subjects, both places, both projects. The
 * clause right before the correction is what is taken back; earlier clauses
 * (who they are, where they live) still stand. A correction much shorter than
 * what it follows ("给我找个线上的唱歌课 哦不 线下的") replaces one word of it,
 * which no text rule can place: then only the correction words are dropped.
 */
import { candidateIndices, globalMatches } from './regex-tools.js'

/** A clause that takes back the one before it: 不对, 不是不是, 说错了, 口误, 哦不; "no wait", "sorry, I meant". */
const MARKER = /(?<=^|[\s,，。;；!！])(?:哦|噢|呃|啊|哎呀|哎)?(?:不对不对|不是不是|不对|不是|说错了|我说错了|说错|口误|更正一下|更正|打错了|打错字了|哦不|不不不|不不|不)(?:了|啊|呀|哈)?(?=[\s,，。;；!！]|$)|(?<=^|[\s,.;!])(?:no wait|sorry,? i meant?|oops,? i meant?|i meant|correction)(?=[\s,.;:!]|$)/gi
/** What opens the corrected words ("我是说…", "应该是…", "I mean …"): it says nothing itself. */
const CORRECTION_LEAD = /^(?:我是说|我的意思是|我要说的是|应该是|我是想说|是)|^(?:i mean|what i meant was)\s*/i
/** Clause separators. */
const CLAUSE = /[\s,，。;；!！]+/

/**
 * Whether a text can hold a correction marker at all, from its one walk of every table's strings (text/literal-walk):
 * most messages hold none, and the marker's lookbehind was otherwise tried at every position of every message.
 */
const mayMark = candidateIndices([MARKER])

/** `text` with the clause a self-correction takes back removed (see the module); unchanged without one. */
export function withoutSelfCorrection(text: string): string {
  let out = text
  // Several corrections in one message are undone from the last one back.
  for (let i = 0; i < 3; i++) {
    if (mayMark(out).length === 0) break
    const marks = globalMatches(MARKER, out)
    const m = marks.at(-1)
    if (!m) break
    const before = out.slice(0, m.index!).replace(/[\s,，。;；!！]+$/, '')
    const after = out.slice(m.index! + m[0].length).replace(/^[\s,，。;；:!！]+/, '').replace(CORRECTION_LEAD, '').trim()
    // Nothing before it (a correction of the bot, "不对，我要线下的") or nothing after it: not this rule's to read.
    if (!before || !after) break
    const cut = Math.max(...[...before.matchAll(new RegExp(CLAUSE.source, 'g'))].map((c) => c.index! + c[0].length), 0)
    const taken = before.slice(cut)
    const said = after.split(CLAUSE)[0] ?? ''
    const kept = [...said].length * 3 > [...taken].length ? before.slice(0, cut) : `${before} `
    out = `${kept}${after}`.trim()
  }
  return out
}

/**
 * The words that open a correction ("我是说…", "I mean…") say nothing of the learner: read as a self-description,
 * "我是说农产品销售" became "I am a salesperson" and lost its topic. So the marker (我是说, 我是讲, 我係話, 我的意思是,
 * 我是指, i mean / i meant) is taken out wherever it opens a clause; what follows is the correction, read like any
 * request. Kept beside {@link withoutSelfCorrection}: one module for how people correct themselves.
 */
const CORRECTION_MARKERS = /(?<=^|[\s，,。.!！?？、；;：:]|不对|不是|唔係|唔系|不係|对不起|抱歉|sorry)\s*(?:我是说|我是想说|我说的是|我想说的是|我要说的是|我指的是|我的意思是|我係話|我系话|我係講|我是讲(?![师课座解台])|我是指(?![导挥南标])|i mean(?:t)?|what i meant (?:was|is))(?=\s*[^\s，,。.!！?？])/giu

/** `text` without correction markers (unchanged when it has none). */
export function withoutCorrectionMarkers(text: string): string {
  return text.replace(CORRECTION_MARKERS, ' ').replace(/^\s+/, '')
}
