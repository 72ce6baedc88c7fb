/**
 * @module query/related-words
 * Everyday words and the catalogue's words for the same thing, read from
 * `knowledge/related-words.yaml` (staff edit it like the taxonomy's synonyms).
 * People write "摔跤", "看病", "顶嘴", "卖东西", "電子商務"; projects say "跌倒",
 * "就医", "亲子沟通", "电商". The understander adds the catalogue's words to a
 * query's search terms as alternatives of the everyday word, and when one of
 * them is a taxonomy topic word the topic becomes an implied slot (a boost,
 * never a filter: the learner did not name it).
 */
import { join } from 'node:path'
import { z } from 'zod'
import { UserError } from '../errors.js'
import { KNOWLEDGE_DIR } from '../paths.js'
import { parseKnowledgeYaml, readKnowledgeFile } from '../knowledge-file.js'
import { normalizeText } from '../text/normalize.js'
import { diskMemo } from '../disk-cache.js'

/** The default file, shipped in the package's knowledge folder. */
export const DEFAULT_RELATED_WORDS_PATH = join(KNOWLEDGE_DIR, 'related-words.yaml')

const entrySchema = z.object({
  say: z.array(z.string().min(1)).min(1),
  means: z.array(z.string().min(1)).min(1),
}).strict()

const fileSchema = z.object({ related: z.array(entrySchema) }).strict()

/** One entry: what people say, and the catalogue's words for it (normalised: simplified, lower case). */
export interface RelatedWordsEntry {
  say: string[]
  means: string[]
}

/** A loaded table; entries in file order. */
export interface RelatedWords {
  entries: RelatedWordsEntry[]
}

/** A loaded entry made ready for matching: a pattern over normalised text and the words it adds. */
export interface RelatedExpansion {
  pattern: RegExp
  words: string[]
}

/**
 * Parses and validates the YAML text of a related-words table. Every word is
 * normalised like a message (traditional → simplified, full-width → half-width,
 * lower case), so staff may write either form. `source` names it in errors.
 */
export function parseRelatedWords(text: string, source = 'related words'): RelatedWords {
  const data = parseKnowledgeYaml(fileSchema, text, source, 'related-words table', import.meta.url)
  const problems: string[] = []
  const entries = data.related.map((e, i) => {
    const say = e.say.map((w) => normalizeText(w)).filter(Boolean)
    const means = e.means.map((w) => normalizeText(w)).filter(Boolean)
    for (const w of say) if ([...w].length < 2) problems.push(`related.${i}.say: "${w}" is one character; it would match inside too many words`)
    if (say.length === 0 || means.length === 0) problems.push(`related.${i}: needs words in both "say" and "means"`)
    return { say, means }
  })
  if (problems.length > 0) throw new UserError(`${source} has words that cannot be used`, problems)
  return { entries }
}

/** Reads the related-words table staff maintain (default `knowledge/related-words.yaml`). */
export function loadRelatedWords(path = DEFAULT_RELATED_WORDS_PATH): RelatedWords {
  const text = readKnowledgeFile(path, 'related-words file')
  // Normalising every word takes a noticeable part of a start-up: kept on disk, keyed by the file's text.
  const code = [import.meta.url, new URL('../text/normalize.js', import.meta.url).href]
  return diskMemo('related-words', text, code, () => parseRelatedWords(text, path))
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * One pattern per entry. Chinese words match anywhere; Latin words match as
 * whole words, with an optional plural ending ("game" matches "games").
 */
export function relatedExpansions(related: RelatedWords): RelatedExpansion[] {
  return related.entries.map((e) => {
    const alts = e.say.map((w) => (/^[a-z0-9]/.test(w) ? `(?<![a-z0-9])${escape(w)}(?:s|es)?(?![a-z0-9])` : escape(w)))
    return { pattern: new RegExp(alts.join('|')), words: e.means }
  })
}
