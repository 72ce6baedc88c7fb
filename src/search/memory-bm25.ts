/**
 * @module search/memory-bm25
 * FTS5's BM25, answered from memory for a small catalogue. At a few hundred
 * projects a round trip through SQLite (parse the MATCH expression, walk the
 * index, sort, join the ids) was a third of a first-sight search. This holds
 * the very rows FTS5 indexed (read back from its table) as per-column token
 * lists and computes what `bm25(search_fts, …weights)` computes, in the same
 * order of floating-point operations, so the hits and their order are the
 * same: tokens as the unicode61 tokenizer cuts them (letters, numbers and
 * private-use characters; everything else separates), phrases as consecutive
 * tokens of one column, `grams : (…)` phrases only in the bigram column,
 * ties in rowid order. test/search-memory-bm25.test.ts holds it to FTS5.
 */

/** One FTS5 row: its rowid, the project id, and its column texts in table order. */
export interface Bm25Row {
  rowid: number
  id: string
  cols: string[]
}

/** A phrase of the query: its text, and the one column it is limited to (null: any column). */
export interface Bm25Phrase {
  text: string
  column: number | null
}

/** FTS5's bm25() constants (fts5_aux.c). */
const K1 = 1.2
const B = 0.75

const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u

/** The tokens unicode61 (remove_diacritics 0) makes of a text: runs of letters, numbers and private-use characters, folded to lower case. */
export function unicode61Tokens(text: string): string[] {
  const out: string[] = []
  let cur = ''
  for (const ch of text) {
    const c = ch.charCodeAt(0)
    const token = c < 128 ? (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : TOKEN_CHAR.test(ch)
    if (token) cur += ch
    else if (cur) {
      out.push(cur.toLowerCase())
      cur = ''
    }
  }
  if (cur) out.push(cur.toLowerCase())
  return out
}

/**
 * Where a token occurs, one entry per instance in row, column, position order: parallel typed arrays (no object
 * per instance, and the search loop reads them directly instead of calling back once per instance).
 */
interface Postings {
  rows: Int32Array
  cols: Int32Array
  pos: Int32Array
}

/** A phrase's rows, each once in row order, and its weighted frequency in each. */
interface RowWeights {
  rows: Int32Array
  w: Float64Array
}

const NO_POSTINGS: Postings = { rows: new Int32Array(0), cols: new Int32Array(0), pos: new Int32Array(0) }

/** The rows of a small FTS5 table in memory; see the module comment for why it exists. */
export class MemoryBm25 {
  private readonly postings = new Map<string, Postings>()
  /** Tokens per row, all columns (FTS5's xColumnSize(-1)). */
  private readonly rowSize: number[]
  private readonly avgdl: number
  /** Scratch for {@link search}: each row's slot among the rows a search hit, -1 between searches. */
  private readonly slotOf: Int32Array
  /** {@link inColumn}'s lists, by column and token. */
  private readonly columnPostings = new Map<string, Postings>()
  /** Scratch for {@link search}: each hit row's weighted frequency per phrase, all zero between searches. */
  private freq = new Float64Array(0)
  /** {@link rowWeights} of one-token phrases, by column (any column first) then token (the catalogue's vocabulary bounds it). */
  private readonly weightsOf: Map<string, RowWeights>[] = []
  /** Phrase texts' tokens, by text (a word-level table, bounded). */
  private readonly tokensOf = new Map<string, string[]>()

  /** Indexes `rows` (any order: hits are ordered by rowid at equal scores) with BM25 column `weights`. */
  constructor(private readonly rows: readonly Bm25Row[], private readonly weights: readonly number[]) {
    this.rows = [...rows].sort((a, b) => a.rowid - b.rowid)
    this.rowSize = []
    let total = 0
    const lists = new Map<string, number[]>()
    this.rows.forEach((r, row) => {
      let size = 0
      r.cols.forEach((text, col) => {
        const tokens = unicode61Tokens(text ?? '')
        tokens.forEach((t, pos) => {
          const list = lists.get(t)
          if (list) list.push(row, col, pos)
          else lists.set(t, [row, col, pos])
        })
        size += tokens.length
      })
      this.rowSize.push(size)
      total += size
    })
    for (const [t, list] of lists) {
      const n = list.length / 3
      const p: Postings = { rows: new Int32Array(n), cols: new Int32Array(n), pos: new Int32Array(n) }
      for (let i = 0; i < n; i++) {
        p.rows[i] = list[3 * i]
        p.cols[i] = list[3 * i + 1]
        p.pos[i] = list[3 * i + 2]
      }
      this.postings.set(t, p)
    }
    this.avgdl = total / this.rows.length
    this.slotOf = new Int32Array(this.rows.length).fill(-1)
  }

  /** How many rows are held. */
  get size(): number {
    return this.rows.length
  }

  /** The top `limit` rows for phrases joined by OR, best first, with BM25 made "higher is better" as the store returns it. */
  search(phrases: readonly Bm25Phrase[], limit: number): { id: string; score: number }[] {
    const n = this.rows.length
    if (n === 0 || phrases.length === 0 || limit <= 0) return []
    // Per matched row, each phrase's weighted frequency: its instances' column weights added one by one
    // in column then position order (the order FTS5 adds them in); per phrase, how many rows it is in.
    // Rows get a slot of `count` numbers the first time a phrase hits them (flat, reused scratch: no per-row object).
    const count = phrases.length
    const slotOf = this.slotOf
    const weights = this.weights
    const hitRows: number[] = []
    const need = n * count
    if (this.freq.length < need) this.freq = new Float64Array(need)
    const freq = this.freq
    const idf: number[] = []
    for (let i = 0; i < count; i++) {
      // One entry per row the phrase is in, its weighted frequency summed as the instances come (see rowWeights).
      const { rows, w } = this.rowWeights(phrases[i])
      for (let j = 0; j < rows.length; j++) {
        const row = rows[j]
        let slot = slotOf[row]
        if (slot < 0) {
          slot = slotOf[row] = hitRows.length
          hitRows.push(row)
        }
        freq[slot * count + i] = w[j]
      }
      const hit = rows.length
      const v = Math.log((n - hit + 0.5) / (hit + 0.5))
      idf.push(v <= 0.0 ? 1e-6 : v)
    }
    const hits = hitRows.length
    const scores = new Float64Array(hits) // FTS5's bm25(): lower is better
    for (let slot = 0; slot < hits; slot++) {
      const row = hitRows[slot]
      slotOf[row] = -1
      const D = this.rowSize[row]
      const o = slot * count
      let score = 0.0
      for (let i = 0; i < count; i++) {
        const f = freq[o + i]
        score += idf[i] * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * D) / this.avgdl)))
      }
      scores[slot] = -1.0 * score
    }
    freq.fill(0, 0, hits * count)
    return this.best(hitRows, scores, limit)
  }

  /**
   * The `limit` best slots (lowest score, then lowest row: rows are held in rowid order) as hits, best first. Only
   * those that can make the cut are sorted with a comparator: a native sort of the bare scores finds the cut.
   */
  private best(hitRows: readonly number[], scores: Float64Array, limit: number): { id: string; score: number }[] {
    const hits = hitRows.length
    let slots: number[]
    if (hits > limit) {
      const cut = scores.slice().sort()[limit - 1]
      slots = []
      for (let slot = 0; slot < hits; slot++) if (scores[slot] <= cut) slots.push(slot)
    } else {
      // (A plain loop: Array.from with a map function is several times slower in V8.)
      slots = new Array<number>(hits)
      for (let slot = 0; slot < hits; slot++) slots[slot] = slot
    }
    slots.sort((a, b) => scores[a] - scores[b] || hitRows[a] - hitRows[b])
    const out: { id: string; score: number }[] = []
    for (let i = 0; i < slots.length && i < limit; i++) out.push({ id: this.rows[hitRows[slots[i]]].id, score: -scores[slots[i]] })
    return out
  }

  /**
   * The rows a phrase is in, each once (row order) with its weighted frequency: the column weights of its
   * instances in that row added one by one from 0 in column then position order, the very additions the search
   * made instance by instance, so the same number bit for bit. Kept per token for one-token phrases.
   */
  private rowWeights(phrase: Bm25Phrase): RowWeights {
    const tokens = this.tokens(phrase.text)
    const kept = tokens.length === 1 ? (this.weightsOf[(phrase.column ?? -1) + 1] ??= new Map()) : null
    const known = kept?.get(tokens[0])
    if (known) return known
    const { rows, cols } = this.instances(phrase)
    const weights = this.weights
    const outRows: number[] = []
    const outW: number[] = []
    let last = -1
    for (let j = 0; j < rows.length; j++) {
      if (rows[j] !== last) {
        outRows.push(rows[j])
        outW.push(0)
        last = rows[j]
      }
      outW[outW.length - 1] += weights[cols[j]] ?? 1.0
    }
    const made: RowWeights = { rows: Int32Array.from(outRows), w: Float64Array.from(outW) }
    kept?.set(tokens[0], made)
    return made
  }

  /** A token's postings in one column (the bigram column's share of a common word), kept once read. */
  private inColumn(token: string, postings: Postings, column: number): Postings {
    const key = `${column}\u0000${token}`
    let list = this.columnPostings.get(key)
    if (!list) {
      const keep: number[] = []
      for (let j = 0; j < postings.rows.length; j++) if (postings.cols[j] === column) keep.push(j)
      list = { rows: Int32Array.from(keep, (j) => postings.rows[j]), cols: Int32Array.from(keep, (j) => postings.cols[j]), pos: Int32Array.from(keep, (j) => postings.pos[j]) }
      this.columnPostings.set(key, list)
    }
    return list
  }

  /** The phrase's tokens, remembered per text. */
  private tokens(text: string): string[] {
    let tokens = this.tokensOf.get(text)
    if (!tokens) {
      if (this.tokensOf.size >= 10000) this.tokensOf.clear()
      this.tokensOf.set(text, (tokens = unicode61Tokens(text)))
    }
    return tokens
  }

  /** Every instance of the phrase (its row and column), in row, column, position order. */
  private instances(phrase: Bm25Phrase): Pick<Postings, 'rows' | 'cols'> {
    const tokens = this.tokens(phrase.text)
    if (tokens.length === 0) return NO_POSTINGS
    const first = this.postings.get(tokens[0])
    if (!first) return NO_POSTINGS
    const column = phrase.column
    // Postings were added row by row, column by column, token by token: already in that order.
    if (tokens.length === 1) return column === null ? first : this.inColumn(tokens[0], first, column)
    const rest = tokens.slice(1).map((t) => this.postings.get(t))
    if (rest.some((l) => !l)) return NO_POSTINGS
    // Later tokens of the phrase, as "row/col/pos" sets, to check that they follow.
    const at = rest.map((l) => {
      const set = new Set<string>()
      for (let j = 0; j < l!.rows.length; j++) set.add(`${l!.rows[j]}/${l!.cols[j]}/${l!.pos[j]}`)
      return set
    })
    const rows: number[] = []
    const cols: number[] = []
    for (let j = 0; j < first.rows.length; j++) {
      const row = first.rows[j]
      const col = first.cols[j]
      const pos = first.pos[j]
      if (column !== null && col !== column) continue
      if (at.every((set, k) => set.has(`${row}/${col}/${pos + k + 1}`))) { rows.push(row); cols.push(col) }
    }
    return { rows: Int32Array.from(rows), cols: Int32Array.from(cols) }
  }
}
