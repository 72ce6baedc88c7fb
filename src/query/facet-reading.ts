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
import { formatMentions, readFormat } from './format-reading.js'
import { freeSpans, readFree } from './fee-reading.js'
import { candidatesOf, globalMatches } from '../text/regex-tools.js'

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

/** The cue words of one language whose every match is a span, with their prefilter. */
function cueSpans(formats: FormatCues, fees: { free: RegExp; notFree: RegExp }) {
  const patterns = [...formats.map((c) => c.pattern), fees.free, fees.notFree]
  const may = candidatesOf(patterns)
  return (text: string): [number, number][] => {
    const out: [number, number][] = []
    const allowed = may(text)
    for (const [k, re] of patterns.entries()) {
      if (!allowed[k]) continue
      for (const m of globalMatches(re, text)) if (m[0]) out.push([m.index!, m.index! + m[0].length])
    }
    return out
  }
}

/** The English reading: the first format cue that matches decides, "either" is no filter. */
function englishFormat(text: string): { format: Format | null; span: readonly [number, number] | null } {
  for (const cue of ENGLISH_FORMAT_CUES) {
    const m = cue.pattern.exec(text)
    if (m) return { format: cue.format === 'any' ? null : cue.format, span: [m.index, m.index + m[0].length] }
  }
  return { format: null, span: null }
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
      return { format, free: englishFree(text), formatSpans: span ? [span] : [], spans: enCues(text) }
    }
    const mentions = formatMentions(text)
    const free = readFree(text)
    const formatSpans = mentions.map((m) => [m.start, m.end] as const)
    const spans = [...zhCues(text), ...formatSpans.map(([a, b]): [number, number] => [a, b]), ...(free ? freeSpans(text) : [])]
    return { format: readFormat(text, mentions), free, formatSpans, spans }
  }
}
