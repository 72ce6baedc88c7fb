import { describe, expect, it } from 'vitest'
import { FlatTrie, NO_NODE } from '../src/text/flat-trie.js'

/** The same strings in a plain object trie: what the flat one must answer like. */
function objectTrie(words: string[]) {
  type Node = Map<number, Node>
  const root: Node = new Map()
  for (const w of words) {
    let node = root
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i)
      if (!node.has(c)) node.set(c, new Map())
      node = node.get(c)!
    }
  }
  return root
}

describe('FlatTrie', () => {
  it('finds every edge it was given and no other, at the root and below it', () => {
    const words = ['学电脑', '学电工', '学', '老年人', '老年大学', '手机', '手机摄影', 'ai', 'app', '智能手机', '线上', '线下', '上课']
    for (const width of [0x10000, 0, 40]) {
      const trie = new FlatTrie(width)
      for (const w of words) {
        let node = 0
        for (let i = 0; i < w.length; i++) node = trie.add(node, w.charCodeAt(i))
      }
      // Every character of the words, and a few no word has.
      const labels = [...new Set([...words.join(''), '的', 'z', '\u0000'].map((c) => c.charCodeAt(0)))]
      const walk = (flat: number, plain: Map<number, unknown>): void => {
        for (const c of labels) {
          const child = trie.next(flat, c)
          const expected = plain.get(c) as Map<number, unknown> | undefined
          expect(child === NO_NODE).toBe(expected === undefined)
          if (expected) walk(child, expected)
        }
      }
      walk(0, objectTrie(words))
    }
  })

  it('gives the same node for a label added again and numbers nodes in the order they are made', () => {
    const trie = new FlatTrie()
    const a = trie.add(0, 7)
    const b = trie.add(a, 8)
    expect(trie.add(0, 7)).toBe(a)
    expect(trie.add(a, 8)).toBe(b)
    expect([a, b, trie.size]).toEqual([1, 2, 3])
  })

  it('keeps every edge through the growth of its arrays and table', () => {
    const trie = new FlatTrie()
    const made = new Map<string, number>()
    for (let p = 0; p < 300; p++) {
      for (let label = 0; label < 40; label++) made.set(`${p} ${label}`, trie.add(p, 1000 + label * 37))
    }
    for (const [key, child] of made) {
      const [p, label] = key.split(' ').map(Number)
      expect(trie.next(p, 1000 + label * 37)).toBe(child)
      expect(trie.next(p, 999)).toBe(NO_NODE)
    }
  })

  it('keeps a value with each node, zero until set', () => {
    const trie = new FlatTrie(0x10000)
    const a = trie.add(0, 0x5b66)
    const b = trie.add(a, 0x4e60)
    expect(trie.value(b)).toBe(0)
    trie.setValue(b, 42)
    trie.add(b, 1)
    expect([trie.value(a), trie.value(b)]).toEqual([0, 42])
  })
})
