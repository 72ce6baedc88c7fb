/**
 * @module text/substring-index
 * Which of many texts contain a word, as `text.includes(word)` answers it, without reading every text: per
 * UTF-16 code unit (a Chinese character), the rows whose text holds it (built once), intersected for the word's
 * units from the rarest up, and only the rows left are read. Chinese has no spaces to cut words at, so a catalogue's "words" are any
 * substrings (学电 inside 大学电脑 included): postings per character keep exactly that meaning.
 */

/** At most this many remembered row numbers (4 bytes each, about 16 MB); then the memo starts over. */
const MEMO_CELLS = 4_000_000

/**
 * The rows (0-based, ascending) of `texts` whose text contains a given word.
 *
 * @example const index = new SubstringIndex(['家用电器安全', '电工证']); index.rows('电') // Int32Array [0, 1]
 */
export class SubstringIndex {
  private readonly postings = new Map<number, Int32Array>()
  private readonly memo = new Map<string, Int32Array>()
  private memoCells = 0

  constructor(private readonly texts: readonly string[]) {
    // Two passes, each unit listed once per text (`seen`: the last row it was met in, plus one): count, then fill.
    const counts = new Int32Array(65536)
    const seen = new Int32Array(65536)
    const eachUnit = (visit: (c: number, row: number) => void) => {
      seen.fill(0)
      for (let row = 0; row < texts.length; row++) {
        const text = texts[row]
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i)
          if (seen[c] !== row + 1) { seen[c] = row + 1; visit(c, row) }
        }
      }
    }
    eachUnit((c) => { counts[c]++ })
    const lists: (Int32Array | undefined)[] = []
    const filled = new Int32Array(65536)
    eachUnit((c, row) => { (lists[c] ??= new Int32Array(counts[c]))[filled[c]++] = row })
    lists.forEach((list, c) => { if (list) this.postings.set(c, list) })
  }

  /** How many texts there are. */
  get size(): number {
    return this.texts.length
  }

  /** The rows whose text contains `word`, ascending; the same answer as filtering every text by `includes`. */
  rows(word: string): Int32Array {
    let found = this.memo.get(word)
    if (found === undefined) {
      found = this.lookUp(word)
      if (this.memoCells + found.length > MEMO_CELLS) { this.memo.clear(); this.memoCells = 0 }
      this.memo.set(word, found)
      this.memoCells += found.length
    }
    return found
  }

  /** How many texts contain `word`. */
  count(word: string): number {
    return this.rows(word).length
  }

  private lookUp(word: string): Int32Array {
    if (word === '') return Int32Array.from(this.texts.keys())
    const lists: Int32Array[] = []
    for (let i = 0; i < word.length; i++) {
      const list = this.postings.get(word.charCodeAt(i))
      if (!list) return new Int32Array(0)
      if (!lists.includes(list)) lists.push(list)
    }
    lists.sort((a, b) => a.length - b.length)
    let rows = lists[0]
    for (let i = 1; i < lists.length && rows.length; i++) rows = intersect(rows, lists[i])
    // One code unit: its postings are the answer. Longer: the rows holding every unit, read for the word.
    return word.length === 1 ? rows : rows.filter((row) => this.texts[row].includes(word))
  }
}

/** The rows in both ascending lists, ascending: `small` walked, `large` searched by galloping from the last hit. */
function intersect(small: Int32Array, large: Int32Array): Int32Array {
  const out: number[] = []
  let lo = 0
  for (const row of small) {
    let step = 1
    let hi = lo
    while (hi < large.length && large[hi] < row) { lo = hi + 1; hi += step; step *= 2 }
    lo = lowerBound(large, row, lo, Math.min(hi, large.length))
    if (lo >= large.length) break
    if (large[lo] === row) out.push(row)
  }
  return Int32Array.from(out)
}

/** The first index in `list[lo, hi)` (ascending) whose value is not below `value`; `hi` when there is none. */
function lowerBound(list: Int32Array, value: number, lo = 0, hi = list.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid] < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Whether ascending `rows` (an answer of {@link SubstringIndex.rows}) holds `row`. */
export function holdsRow(rows: Int32Array, row: number): boolean {
  const at = lowerBound(rows, row)
  return at < rows.length && rows[at] === row
}
