/**
 * @module bench/sim/rewrites
 * Meaning-preserving rewrites of a learner's message, for the metamorphic
 * invariants: a message said with a filler, a politeness wrapper, a final
 * particle, no punctuation (voice input), full-width letters, a repeated
 * word, its clauses in another order, in the other script, as a wish instead
 * of a question, or in other English case and contractions means the same to
 * a person, so it must mean the same to the bot. Written from how people talk,
 * never from the bot's word lists (bench/sim shares no vocabulary with src/).
 */
import * as OpenCC from 'opencc-js'

/** What a rewrite may use beyond the text: the parts of a request when the corpus knows them. */
export interface PhraseParts {
  /** The topic phrase of a request ("电脑入门"), when the phrase was built from one. */
  topic?: string
  /** The modifiers said with it ("线上的"), possibly empty. */
  mods?: string
  /** Clauses said before the request (audience, place). */
  lead?: string
}

/** One rewrite class: returns the rewritten text, or null when it does not apply to this text. */
export interface Rewrite {
  name: string
  lang: 'zh' | 'en'
  apply: (text: string, pick: <T>(xs: readonly T[]) => T, parts?: PhraseParts) => string | null
  /** Fields this rewrite may change: a wish said from the request's parts drops the template's own words, so its need-words differ. */
  mayChange?: string[]
}

const HAN = /\p{Script=Han}/u
/** Chinese for any text with a Han character; English for Latin text. */
export const langOf = (text: string): 'zh' | 'en' => (HAN.test(text) ? 'zh' : 'en')

const ZH_PUNCT = /[，,。.？?！!、；;：:~～…]+/g
const ZH_END = /([？?！!。.~～…]*)$/
/** Clause boundaries: punctuation or a space between words. */
const CLAUSE_SPLIT = /\s*[，,。；;、]\s*|\s+|(?<=[？?！!])\s*/

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** Inserts `word` before the final punctuation, so "有吗？" + 呀 reads "有吗呀？"-free: "有呀？" is not made. */
function beforeEnd(text: string, word: string): string {
  const m = ZH_END.exec(text)!
  return text.slice(0, m.index) + word + m[1]
}

/** Clauses of a message, punctuation dropped; at least one. */
function clauses(text: string): string[] {
  return text.split(CLAUSE_SPLIT).filter((c) => c && !/^[\p{P}\s]+$/u.test(c))
}

const isBareNumber = (text: string) => /^\s*[\d０-９一二三四五六七八九十]{1,2}\s*$/.test(text)

/** Full-width forms of ASCII letters, digits and punctuation. */
const fullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000')
/** Half-width forms of full-width ones. */
const halfWidth = (text: string) => text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')

const ZH_FILLERS = ['那个', '就是', '嗯', '啊', '这个这个', '嗯嗯', '那个那个', '就是说'] as const
const ZH_POLITE_LEADS = ['请问', '麻烦问一下', '您好，', '你好 ', '打扰一下，', '请问一下，'] as const
const ZH_POLITE_TAILS = ['，谢谢', ' 谢谢啦', '，麻烦了', '，谢谢您', ' 谢谢你哈'] as const
const ZH_PARTICLES = ['吧', '呢', '呀', '啦', '哈', '嘛', '喔', '咧'] as const
const ZH_WISH_LEADS = ['想学', '我想学', '想找'] as const

/** "有没有X的课" / "请问有X吗" → the X part, when the message is one such question. */
function askedThing(text: string): string | null {
  const t = text.replace(/[？?！!。.~～\s]+$/, '')
  const m = /^(?:请问|請問)?(?:有没有|有沒有|有冇|有无|有)(.{2,}?)(?:吗|嗎|呀|呢|啊)?$/.exec(t)
  return m && !/[，,\s]/.test(m[1]) ? m[1] : null
}

/** The Chinese rewrite classes. */
export const ZH_REWRITES: Rewrite[] = [
  { name: 'filler at the start', lang: 'zh', apply: (t, pick) => `${pick(ZH_FILLERS)} ${t}` },
  {
    name: 'filler inside',
    lang: 'zh',
    apply: (t, pick) => {
      // After a pause or after "I want" (我想|俺想), never inside a word (不要钱 keeps its 要).
      const at = /([我俺咱]想|[，,]\s*)/.exec(t)
      if (!at || at.index === 0) return null
      const end = at.index + at[0].length
      return `${t.slice(0, end)}${pick(ZH_FILLERS)}${t.slice(end)}`
    },
  },
  { name: 'politeness at the start', lang: 'zh', apply: (t, pick) => (/^(请问|麻烦|您好|你好)/.test(t) ? null : `${pick(ZH_POLITE_LEADS)}${t}`) },
  { name: 'thanks at the end', lang: 'zh', apply: (t, pick) => (isBareNumber(t) ? null : `${t.replace(/[。.]$/, '')}${pick(ZH_POLITE_TAILS)}`) },
  { name: 'final particle', lang: 'zh', apply: (t, pick) => (isBareNumber(t) ? null : beforeEnd(t, pick(ZH_PARTICLES))) },
  { name: 'punctuation removed (voice)', lang: 'zh', apply: (t) => (ZH_PUNCT.test(t) ? t.replace(ZH_PUNCT, '').replace(/\s+/g, '') || null : null) },
  { name: 'punctuation as spaces', lang: 'zh', apply: (t) => t.replace(ZH_PUNCT, ' ').replace(/\s+/g, ' ').trim() },
  { name: 'punctuation doubled', lang: 'zh', apply: (t, pick) => (/[，,？?！!]/.test(t) ? t.replace(/([，,？?！!])/g, '$1$1') : `${t}${pick(['？？', '！！', '。。。', '...'])}`) },
  { name: 'full-width letters and digits', lang: 'zh', apply: (t) => (/[!-~]/.test(t) ? fullWidth(t) : null) },
  { name: 'half-width punctuation', lang: 'zh', apply: (t) => (/[\uff01-\uff5e]/.test(t) ? halfWidth(t) : null) },
  { name: 'spaces removed', lang: 'zh', apply: (t) => (/\s/.test(t) ? t.replace(/(?<=[^a-zA-Z0-9])\s+|\s+(?=[^a-zA-Z0-9])/g, '') : null) },
  {
    name: 'word repeated',
    lang: 'zh',
    apply: (t) => {
      if (isBareNumber(t)) return null
      const lead = /^(有没有|有沒有|我想|想学|想學|请问|請問|那个|我要)/.exec(t)
      if (lead) return `${lead[1]}${t}`
      const cs = clauses(t)
      return cs.length > 1 ? `${cs[0]} ${t}` : null
    },
  },
  {
    name: 'clauses reordered',
    lang: 'zh',
    apply: (t, pick, parts) => {
      if (parts?.lead && parts.topic !== undefined) return null
      const cs = clauses(t)
      if (cs.length < 2) return null
      return [...cs.slice(1), cs[0]].join(pick(['，', ' ']))
    },
  },
  { name: 'simplified to traditional', lang: 'zh', apply: (t) => { const o = toTraditional(t); return o === t ? null : o } },
  { name: 'traditional to simplified', lang: 'zh', apply: (t) => { const o = toSimplified(t); return o === t ? null : o } },
  {
    name: 'question as a wish',
    lang: 'zh',
    mayChange: ['needs'],
    apply: (t, pick, parts) => {
      if (parts?.topic) {
        const core = `${parts.mods ?? ''}${parts.topic}`
        const said = pick([`${pick(ZH_WISH_LEADS)}${core}`, `${core}有吗`, `有没有${core}`, `${core}的有没有`])
        return parts.lead ? `${parts.lead}，${said}` : said
      }
      const x = askedThing(t)
      return x ? pick([`${pick(ZH_WISH_LEADS)}${x}`, `${x}有吗`]) : null
    },
  },
]

const EN_FILLERS = ['um ', 'uh ', 'like, ', 'so ', 'well, ', 'hmm '] as const
const EN_POLITE_LEADS = ['hi, ', 'hello ', 'please ', 'hi there, ', 'excuse me, '] as const
const EN_POLITE_TAILS = [' please', ' thanks', ', thank you', ' thx', ', cheers'] as const
const EN_PARTICLES = [' lah', ' la', ' ah', ' hor'] as const
const CONTRACTIONS: [RegExp, string][] = [
  [/\bI am\b/gi, "I'm"], [/\bdo not\b/gi, "don't"], [/\bwhat is\b/gi, "what's"], [/\bis there\b/gi, "is there"],
[/\bI would\b/gi, "I'd"], [/\bit is\b/gi, "it's"], [/\bthere is\b/gi, "there's"],
  [/\bcan not\b|\bcannot\b/gi, "can't"], [/\bwe are\b/gi, "we're"], [/\bwhen is\b/gi, "when's"], [/\bwhere is\b/gi, "where's"],
]
const EXPANSIONS: [RegExp, string][] = [
  [/\bI'm\b/gi, 'I am'], [/\bdon't\b/gi, 'do not'], [/\bwhat's\b/gi, 'what is'], [/\bI've\b/gi, 'I have'], [/\bI'd\b/gi, 'I would'],
  [/\bit's\b/gi, 'it is'], [/\bthere's\b/gi, 'there is'], [/\bcan't\b/gi, 'cannot'], [/\bwe're\b/gi, 'we are'],
  [/\bwhen's\b/gi, 'when is'], [/\bwhere's\b/gi, 'where is'], [/\bgrandma's\b/gi, 'grandma is'],
]
const replaceAll = (t: string, table: [RegExp, string][]) => table.reduce((s, [re, to]) => s.replace(re, to), t)

/** The English rewrite classes. */
export const EN_REWRITES: Rewrite[] = [
  { name: 'filler at the start', lang: 'en', apply: (t, pick) => `${pick(EN_FILLERS)}${t}` },
  { name: 'politeness at the start', lang: 'en', apply: (t, pick) => (/^(hi|hello|please)\b/i.test(t) ? null : `${pick(EN_POLITE_LEADS)}${t}`) },
  { name: 'thanks at the end', lang: 'en', apply: (t, pick) => (isBareNumber(t) ? null : `${t.replace(/[.!]$/, '')}${pick(EN_POLITE_TAILS)}`) },
  { name: 'final particle', lang: 'en', apply: (t, pick) => (isBareNumber(t) ? null : `${t.replace(/[?.!]+$/, '')}${pick(EN_PARTICLES)}`) },
  { name: 'punctuation removed (voice)', lang: 'en', apply: (t) => (/[,.?!;:]/.test(t) ? t.replace(/[,.?!;:](?!\d)/g, ' ').replace(/\s+/g, ' ').trim() : null) },
  { name: 'punctuation doubled', lang: 'en', apply: (t, pick) => (/[?!]/.test(t) ? t.replace(/([?!])/g, '$1$1') : `${t}${pick(['??', '!!', '...'])}`) },
  { name: 'upper case', lang: 'en', apply: (t) => (t === t.toUpperCase() ? null : t.toUpperCase()) },
  { name: 'title case', lang: 'en', apply: (t) => t.replace(/\b[a-z]/g, (c) => c.toUpperCase()) },
  { name: 'lower case', lang: 'en', apply: (t) => (t === t.toLowerCase() ? null : t.toLowerCase()) },
  { name: 'contractions made', lang: 'en', apply: (t) => { const o = replaceAll(t, CONTRACTIONS); return o === t ? null : o } },
  { name: 'contractions expanded', lang: 'en', apply: (t) => { const o = replaceAll(t, EXPANSIONS); return o === t ? null : o } },
  { name: 'curly apostrophes', lang: 'en', apply: (t) => (t.includes("'") ? t.replace(/'/g, '\u2019') : null) },
  { name: 'full-width letters and digits', lang: 'en', apply: (t) => fullWidth(t) },
  { name: 'spaces doubled', lang: 'en', apply: (t) => (/ /.test(t) ? t.replace(/ /g, '  ') : null) },
]

/** Every rewrite class for a language. */
export const rewritesFor = (lang: 'zh' | 'en'): Rewrite[] => (lang === 'zh' ? ZH_REWRITES : EN_REWRITES)
