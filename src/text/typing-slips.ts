/**
 * @module text/typing-slips
 * Slips of the hand rather than of the ear. Handwriting input, a quick glance at the candidate list and
 * speech-to-text all offer a character that looks like the one meant (兔费 for 免费, 己经 for 已经, 末来 for 未来),
 * and a key pressed twice types a character twice inside a word (免免费, 网网上, 长青青). text/repair reads slips by
 * sound; this reads them by shape and by a doubled key, towards the same vocabulary and under the same guards (a
 * real word is never changed, one slip per word). Each look-alike group is a set of everyday characters that
 * differ by a stroke or a dot, in simplified and traditional forms alike.
 */

/** Sets of characters told apart by a stroke, a dot or a radical's position. */
const GROUPS = [
  '免兔', '己已巳', '未末', '土士', '天夭', '王玉', '戊戌戍', '季李', '折拆析', '侯候',
  '拨拔', '即既', '帐账', '洒酒', '辨辩辫', '午牛', '问间', '线钱', '农衣', '习刁',
  '电由申甲', '技枝', '报扳', '班斑', '训驯', '职积', '课谋', '程呈', '费废', '网冈', '能熊',
  '書畫', '課謀', '費廢', '網綱', '學覺', '線錢', '報執', '訓馴', '職識', '電雷',
]

const ALIKE = new Map<string, string[]>()
for (const g of GROUPS) {
  const chars = [...g]
  for (const c of chars) ALIKE.set(c, [...(ALIKE.get(c) ?? []), ...chars.filter((o) => o !== c)])
}

/** One repair a run may take: characters start to end become `word`. */
export interface SlipCandidate {
  start: number
  end: number
  word: string
  score: number
  slip: true
}

/**
 * The vocabulary words a run of characters could be with one character changed for one that looks like it, or
 * with a character typed twice typed once, scored below a slip by sound of the same length. `isRepairable(start,
 * end)` holds the repairer's guards (the typed span is no real word, the change cuts through none); a doubled
 * character that `isWord` (看看, 娃娃, 刚刚) is no slip; `lengths` are the vocabulary's word lengths.
 *
 * @example slipCandidates([...'要兔费的'], new Set(['免费']), [2], () => true, () => false) // [{ start: 1, end: 3, word: '免费', … }]
 */
export function slipCandidates(
  chars: readonly string[],
  words: ReadonlySet<string>,
  lengths: readonly number[],
  isRepairable: (start: number, end: number) => boolean,
  isWord: (text: string) => boolean,
): SlipCandidate[] {
  const out: SlipCandidate[] = []
  for (let i = 1; i < chars.length; i++) {
    if (chars[i] !== chars[i - 1] || !/\p{Script=Han}/u.test(chars[i]) || isWord(chars[i] + chars[i])) continue
    for (const len of lengths) {
      if (len < 2 || len >= chars.length) continue
      // The word holds the character once, at i - 1: it starts at most len - 1 characters before.
      for (let start = Math.max(0, i - len); start <= i - 1 && start + len + 1 <= chars.length; start++) {
        const word = [...chars.slice(start, i), ...chars.slice(i + 1, start + len + 1)].join('')
        if (words.has(word) && isRepairable(start, start + len + 1)) out.push({ start, end: start + len + 1, word, score: len * 10 - 2, slip: true })
      }
    }
  }
  for (let i = 0; i < chars.length; i++) {
    const others = ALIKE.get(chars[i])
    if (!others) continue
    for (const len of lengths) {
      if (len < 2 || len > chars.length) continue
      for (let start = Math.max(0, i - len + 1); start <= i && start + len <= chars.length; start++) {
        const typed = chars.slice(start, start + len)
        if (words.has(typed.join(''))) continue
        for (const o of others) {
          const word = [...typed.slice(0, i - start), o, ...typed.slice(i - start + 1)].join('')
          if (words.has(word) && isRepairable(start, start + len)) out.push({ start, end: start + len, word, score: len * 10 - 2, slip: true })
        }
      }
    }
  }
  return out
}
