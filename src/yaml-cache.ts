/**
 * @module yaml-cache
 * Parses YAML through the on-disk memo (see disk-cache), keyed by the file's
 * content, so a start-up does not re-parse the knowledge files and prompts
 * (about a third of a second for the taxonomy and regions alone, plus loading
 * the yaml library). What is cached is what the YAML parser returned, before
 * any validation; the knowledge files keep their validated data as well
 * (knowledge-file), so this entry is read when that one is missing. An edited
 * file has a new key.
 */
import { createRequire } from 'node:module'
import { diskMemo } from './disk-cache.js'

let parseYaml: ((text: string) => unknown) | null = null

/** The yaml library, loaded on the first cache miss only. */
function yamlParse(text: string): unknown {
  parseYaml ??= (createRequire(import.meta.url)('yaml') as { parse(text: string): unknown }).parse
  return parseYaml(text)
}

/**
 * What `yaml.parse(text)` returns, from the cache when this exact text was
 * parsed before. Throws the parser's own error for invalid YAML (never cached).
 */
export function parseYamlCached(text: string): unknown {
  return diskMemo('yaml', text, [import.meta.url], () => yamlParse(text))
}
