/**
 * @module text/flat-trie
 * The shape of a trie kept in a few typed arrays instead of an object and a `Map` per node. Every message walks
 * three tries (the literal walk of every pattern table, the taxonomy terms, the typo repairer's sounds) from each
 * of its positions. Inside a search, between the ranking's own work, those scattered nodes and maps are cold:
 * the walks cost several times what they cost in a loop of walks alone. Here a node is a number, its first child
 * (most nodes have only one) sits in two arrays read side by side, and any other child is found in one shared
 * open-addressed table: a walk touches a few cache lines instead of an object, a map and its table per step.
 * What a node holds (slots, terms, sound entries) stays with the caller, indexed by the node's number.
 */

/** No node: what {@link FlatTrie.next} returns when no edge leaves `node` with that label. */
export const NO_NODE = -1

/**
 * A trie over non-negative integer labels (UTF-16 units, interned syllable ids). Node 0 is the root. Edges are
 * only ever added; a label's node is the same number for as long as the trie lives.
 *
 * @example
 * const trie = new FlatTrie(0x10000)
 * const a = trie.add(0, '学'.charCodeAt(0))
 * trie.next(0, '学'.charCodeAt(0)) === a // true
 */
export class FlatTrie {
  /** How many nodes there are (the root included). */
  size = 1
  /**
   * Per node, four numbers side by side (one cache line holds four nodes whole): the label of its first child (-1:
   * none yet), that child, 1 when it has children besides the first (found in the shared table), and the caller's
   * value for the node (0 until set).
   */
  private nodes = emptyNodes(64)
  /** The root's children by label below `rootWidth`: every position of every walk starts there. */
  private readonly rootNext: Int32Array
  /** Open-addressed table of the other edges, three numbers a place: parent (-1: empty place), label, child. */
  private table = new Int32Array(3 * 64).fill(-1)
  private tableUsed = 0

  /** `rootWidth`: labels below it are read from the root by an array (0x10000 for UTF-16 units). */
  constructor(rootWidth = 0) {
    this.rootNext = new Int32Array(rootWidth).fill(NO_NODE)
  }

  /** The node after `node` on `label`, or {@link NO_NODE}. */
  next(node: number, label: number): number {
    if (node === 0 && label < this.rootNext.length) return this.rootNext[label]
    const at = 4 * node
    if (this.nodes[at] === label) return this.nodes[at + 1]
    return this.nodes[at + 2] === 0 ? NO_NODE : this.lookUp(node, label)
  }

  /** The caller's number for `node` (0 until {@link setValue}). */
  value(node: number): number {
    return this.nodes[4 * node + 3]
  }

  /** Keeps a number with `node` (an offset into the caller's own arrays, say). */
  setValue(node: number, value: number): void {
    this.nodes[4 * node + 3] = value
  }

  /** The node after `node` on `label`, made when there is none yet. */
  add(node: number, label: number): number {
    const known = this.next(node, label)
    if (known !== NO_NODE) return known
    const child = this.size++
    if (4 * child >= this.nodes.length) {
      const grown = emptyNodes(this.nodes.length / 2)
      grown.set(this.nodes)
      this.nodes = grown
    }
    const at = 4 * node
    if (node === 0 && label < this.rootNext.length) this.rootNext[label] = child
    else if (this.nodes[at] === -1) {
      this.nodes[at] = label
      this.nodes[at + 1] = child
    } else {
      this.nodes[at + 2] = 1
      this.insert(node, label, child)
    }
    return child
  }

  private lookUp(node: number, label: number): number {
    const places = this.table.length / 3
    for (let h = slotFor(node, label) & (places - 1); ; h = (h + 1) & (places - 1)) {
      const parent = this.table[3 * h]
      if (parent === -1) return NO_NODE
      if (parent === node && this.table[3 * h + 1] === label) return this.table[3 * h + 2]
    }
  }

  private insert(node: number, label: number, child: number): void {
    let places = this.table.length / 3
    if (2 * (this.tableUsed + 1) > places) {
      const old = this.table
      this.table = new Int32Array(2 * old.length).fill(-1)
      this.tableUsed = 0
      for (let h = 0; h < old.length; h += 3) if (old[h] !== -1) this.insert(old[h], old[h + 1], old[h + 2])
      places = this.table.length / 3
    }
    let h = slotFor(node, label) & (places - 1)
    while (this.table[3 * h] !== -1) h = (h + 1) & (places - 1)
    this.table[3 * h] = node
    this.table[3 * h + 1] = label
    this.table[3 * h + 2] = child
    this.tableUsed++
  }
}

/** Room for `n` nodes: every first label -1 (no child yet), every other number 0. */
function emptyNodes(n: number): Int32Array {
  const nodes = new Int32Array(4 * n)
  for (let k = 0; k < nodes.length; k += 4) nodes[k] = -1
  return nodes
}

/** A table place for an edge (before masking): the two numbers mixed so that a parent's many labels spread over the table. */
function slotFor(node: number, label: number): number {
  let h = Math.imul(node, 0x9e3779b1) + label
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  return h ^ (h >>> 13)
}
