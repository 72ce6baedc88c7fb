/**
 * @module query/facet-reading
 * The ONE reading per message of HOW (format) and AT WHAT COST (fee) the learner wants to learn.
 * Before, the understander read the format and fee words two or three times over (the slot cue loop,
 * the format frames with a one-message memo, the fee frames) and the subject rules read the frames
 * again; each reader could drift from the others. Here the mentions are found once and every user
 * (the slots, the subject rules that drop a topic word inside "在手机上学", the need-word spans)
 * takes them from the reading passed down.
 */
import type { Format } from '../catalogue/project.js'
import { FEE_CUES, FORMAT_CUES } from './cues.js'
import { ENGLISH_FEE_CUES, ENGLISH_FORMAT_CUES } from './english-cues.js'
import { formatMentions, namedMixedSpans, readFormat } from './format-reading.js'
import { englishFrameSpans, readEnglishFormatFrames } from './english-format-reading.js'
import { costQuestionSpans, freeSpans, readFree } from './fee-reading.js'
import { candidateIndices, globalMatches } from '../text/regex-tools.js'

/** What one message says about format and fee, with where it said it. */
export interface FacetReading {
  format: Format | null
  free: boolean | null
  /** Where the way of learning was said: a topic word inside it ("手机" of "在手机上学") is no subject. */
  formatSpans: (readonly [number, number])[]
  /** Every span of a format or fee word, refused and alternative ones too: none of it is a need-word. */
  spans: [number, number][]
}

type FormatCues = readonly { format: Format | 'any'; pattern: RegExp }[]

/**
 * The cue words of one language whose every match is a span, with their prefilter. `formats` is how many of the
 * patterns, counted from the first, are format cues: `onlyFormats` reads just those.
 */
function cueSpans(formats: FormatCues, fees: { free: RegExp; notFree: RegExp }) {
  const patterns = [...formats.map((c) => c.pattern), fees.free, fees.notFree]
  const may = candidateIndices(patterns)
  return (text: string, onlyFormats = false): [number, number][] => {
    const out: [number, number][] = []
    for (const k of may(text)) {
      if (onlyFormats && k >= formats.length) continue
      for (const m of globalMatches(patterns[k], text)) if (m[0]) out.push([m.index!, m.index! + m[0].length])
    }
    return out
  }
}

/** The text with the medium goods are sold through blanked (same length): "selling tea online" says no way of learning. */
const withoutSoldThrough = (text: string) => text.replace(SOLD_THROUGH, (_m, sold: string, medium: string) => sold + ' '.repeat(medium.length))

/** A selling verb, up to four words, and the medium the goods are sold through. */
const SOLD_THROUGH = /(\b(?:sell|sells|selling|sold|market|marketing|promote|promoting|advertise|advertising|retail|retailing|trade|trading)(?: [a-z]+){0,4} )((?:online|on the internet|over the internet|through the internet|via the internet|on the web|on wechat|on douyin|on taobao|on tiktok|on pinduoduo|on kuaishou|on live ?streams?|by live ?stream(?:ing)?|via live ?stream(?:ing)?))\b/g

/**
 * The English reading: "either" is no filter and a named mixed course is mixed; then an online and an
 * in-person part joined in one course ("online and in class") make it mixed; then the first plain
 * format word decides; then the frames (english-format-reading: "by video", "go to a class").
 */
function englishFormat(said: string): { format: Format | null; span: readonly [number, number] | null } {
  // Where goods are sold is a subject, not how to learn ("selling our farm produce on the internet"): the medium is blanked.
  const text = withoutSoldThrough(said)
  let cue: { format: Format | null; span: readonly [number, number] } | null = null
  for (const c of ENGLISH_FORMAT_CUES) {
    const m = c.pattern.exec(text)
    if (m) { cue = { format: c.format === 'any' ? null : c.format, span: [m.index, m.index + m[0].length] }; break }
  }
  if (cue && cue.format === null) return cue
  const frame = readEnglishFormatFrames(text)
  // (A mixed frame holding the mixed cue says it with its mix word too, "online and offline mixed": the longer span.)
  const within = (a: readonly [number, number], b: readonly [number, number]) => b[0] <= a[0] && a[1] <= b[1]
  if (frame?.format === 'hybrid' && (cue?.format !== 'hybrid' || within(cue.span, frame.span))) return frame
  if (cue?.format === 'hybrid') return cue
  return cue ?? frame ?? { format: null, span: null }
}

/** True when an English message asks for free projects, null otherwise (a fee it accepts is no filter). */
function englishFree(text: string): boolean | null {
  if (ENGLISH_FEE_CUES.notFree.test(text)) return null
  return ENGLISH_FEE_CUES.free.test(text) ? true : null
}

/**
 * Builds the reader (the cue prefilters are compiled once). `text` is the normalised message;
 * `english` says which language's words to read it with.
 */
export function createFacetReader(): (text: string, english: boolean) => FacetReading {
  const zhCues = cueSpans(FORMAT_CUES, FEE_CUES)
  const enCues = cueSpans(ENGLISH_FORMAT_CUES, ENGLISH_FEE_CUES)
  return (text, english) => {
    if (english) {
      const { format, span } = englishFormat(text)
      const spans = enCues(text)
      if (span && !spans.some(([a, b]) => a <= span[0] && span[1] <= b)) spans.push([span[0], span[1]])
      // Every way of learning said, not only the one that decided: in "from home over the internet" the second
      // phrase holds no subject either (internet is no digital skill there).
      const sold = withoutSoldThrough(text)
      const formatSpans: (readonly [number, number])[] = [...enCues(sold, true), ...englishFrameSpans(sold)]
      if (span) formatSpans.push(span)
      const en: FacetReading = { format, free: englishFree(text), formatSpans, spans }
      // Chinese words in an English message, typed or read from pinyin ("mianfei" is 免费): the Chinese reading of
      // them says what the English words did not.
      return HAN.test(text) ? withChinese(en, chinese(text.replace(NOT_HAN, (c) => ' '.repeat(c.length)))) : en
    }
    return chinese(text)
  }
  function chinese(text: string): FacetReading {
    const mentions = formatMentions(text)
    const free = readFree(text)
    const formatSpans = mentions.map((m) => [m.start, m.end] as const)
    const spans = [...zhCues(text), ...formatSpans.map(([a, b]): [number, number] => [a, b]), ...namedMixedSpans(text), ...(free ? freeSpans(text) : costQuestionSpans(text))]
    return { format: readFormat(text, mentions), free, formatSpans, spans }
  }
}

const HAN = /\p{Script=Han}/u
const NOT_HAN = /[^\p{Script=Han}]/gu

/** The English reading with what its Chinese words add: a format or fee the English left open, and their spans. */
function withChinese(en: FacetReading, zh: FacetReading): FacetReading {
  return {
    format: en.format ?? zh.format,
    free: en.free ?? zh.free,
    formatSpans: [...en.formatSpans, ...zh.formatSpans],
    spans: [...en.spans, ...zh.spans],
  }
}
