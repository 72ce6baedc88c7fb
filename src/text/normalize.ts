/**
 * @module text/normalize
 * One canonical form for every piece of text that is compared or indexed:
 * simplified characters, half-width, lower case, punctuation as spaces. The
 * catalogue and the learner's message both go through it, so "人工智慧",
 * "ＡＩ課程！" and "ai课程" meet on the same words.
 */
import { createRequire } from 'node:module'
import type * as OpenCCModule from 'opencc-js'
import { diskMemo } from '../disk-cache.js'
import { toHalfWidth } from './fold.js'
import { toMainlandWords } from './regional-words.js'

// OpenCC (a 1.2 MB module whose converters build their dictionaries when made) is loaded only when needed:
// to find the traditional characters once per install (then kept on disk), and to convert a text that has some.
let openCC: typeof OpenCCModule | undefined
const loadOpenCC = (): typeof OpenCCModule => (openCC ??= createRequire(import.meta.url)('opencc-js') as typeof OpenCCModule)
// Taiwan phrases as well (人工智慧 → 人工智能, 軟體 → 软件). Only applied to text that
// had traditional characters, because on mainland text it would also turn 智慧养老 into 智能养老.
let phrasesToSimplified: ((text: string) => string) | undefined

/**
 * Traditional characters become simplified. Phrase conversion (OpenCC's Taiwan
 * phrases, then the Taiwan / Hong Kong / Macau vocabulary of regional-words.ts:
 * 資訊 → 信息, 長照 → 照护, 遙距 → 远程) is used only when the text contained
 * traditional characters.
 */
export function toSimplified(text: string): string {
  if (!hasTraditional(text)) return text
  // Hong Kong's own character forms (衞生, 枱, 粧, 敍) go to OpenCC's standard forms first: the Taiwan converter
  // leaves them as typed. (OpenCC's Hong Kong → mainland converter alone would lose the Taiwan phrases.)
  const hongKong = (hongKongForms ??= loadOpenCC().Converter({ from: 'hk', to: 't' }))
  const convert = (phrasesToSimplified ??= loadOpenCC().Converter({ from: 'twp', to: 'cn' }))
  return toMainlandWords(convert(hongKong(text)), true)
}
let hongKongForms: ((text: string) => string) | undefined

/** One flag per UTF-16 unit: 1 for a character OpenCC would change (all of them lie in the BMP CJK blocks). */
let traditional: Uint8Array | undefined

/** Fast check (no conversion) for characters OpenCC would change; most text has none. */
function hasTraditional(text: string): boolean {
  traditional ??= flagsOf(diskMemo('traditional-chars', 'cjk-blocks-hk', [import.meta.url], () => {
    // One pass over the CJK blocks finds every character the (character-level) converter maps.
    const found: number[] = []
    let block = ''
    const ranges: [number, number][] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]]
    for (const [a, b] of ranges) for (let c = a; c <= b; c++) block += String.fromCodePoint(c)
    // (Hong Kong's converter maps every character the standard one does, and Hong Kong's forms besides: 衞, 枱.)
    const converted = [...loadOpenCC().Converter({ from: 'hk', to: 'cn' })(block)]
    const original = [...block]
    original.forEach((ch, i) => {
      if (converted[i] !== ch) found.push(ch.codePointAt(0)!)
    })
    return found
  }))
  // (A character outside the BMP is two surrogate units, neither of them flagged, as its code point was never listed.)
  for (let i = 0; i < text.length; i++) if (traditional[text.charCodeAt(i)] === 1) return true
  return false
}

function flagsOf(codes: number[]): Uint8Array {
  const flags = new Uint8Array(0x10000)
  for (const c of codes) if (c < 0x10000) flags[c] = 1
  return flags
}

// Anything that is not a letter, a digit or a combining mark separates words.
// Kept inside words: "+" and "#" (c++, c#) and "." between digits (3.5).
const SEPARATORS = /(?:[^\p{L}\p{N}\p{M}+#.]|(?<!\d)\.|\.(?!\d))+/gu

/** The last few texts normalised, and their normal forms (bounded: cleared when full). */
const recentlyNormalized = new Map<string, string>()
const MAX_RECENT = 64

/**
 * The canonical form of a text: traditional → simplified, full-width →
 * half-width, lower case, punctuation and symbols to single spaces, trimmed.
 *
 * @example normalizeText('我想學ＡＩ，免費的！') // '我想学ai 免费的'
 */
export function normalizeText(text: string): string {
  // One message is normalised by several modules in turn (understanding, repair, segmenting, embedding).
  let out = recentlyNormalized.get(text)
  if (out === undefined) {
    const simplified = toSimplified(toHalfWidth(text.normalize('NFKC')))
    out = simplified
      .toLowerCase()
      .replace(SEPARATORS, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    if (recentlyNormalized.size >= MAX_RECENT) recentlyNormalized.clear()
    recentlyNormalized.set(text, out)
  }
  return out
}

