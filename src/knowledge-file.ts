/**
 * @module knowledge-file
 * The files staff edit by hand in knowledge/ (taxonomy, regions, related
 * words) are YAML checked by a zod schema. One reader turns a typo into a
 * clear message naming the file and every wrong field, instead of a crash
 * mid-conversation.
 */
import { readFileSync } from 'node:fs'
import { parseYamlCached } from './yaml-cache.js'
import { diskMemo } from './disk-cache.js'
import type { z } from 'zod'
import { UserError } from './errors.js'

/**
 * Parses YAML `text` and validates it with `schema`; `source` (a path or a
 * name) and `what` ("taxonomy") name it in the UserError thrown on any problem.
 * `schemaModule` is the `import.meta.url` of the module declaring `schema`:
 * the validated data is kept in the disk cache keyed by the text and by the
 * code that parses and validates it (this module, the schema's, the installed
 * packages), so a start that saw this exact text pass this schema before
 * skips zod (about 5% of a one-question `ask`). Only data that passed is kept:
 * a bad file is checked, and refused, at every start.
 */
export function parseKnowledgeYaml<S extends z.ZodTypeAny>(schema: S, text: string, source: string, what: string, schemaModule: string): z.infer<S> {
  return diskMemo('knowledge', `${what}\n${text}`, [import.meta.url, schemaModule], () => {
    let raw: unknown
    try {
      raw = parseYamlCached(text)
    } catch (err) {
      throw new UserError(`${source} is not valid YAML: ${(err as Error).message}`)
    }
    const result = schema.safeParse(raw)
    if (!result.success) {
      throw new UserError(`${source} is not a valid ${what}`, result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))
    }
    return result.data
  })
}

/** Reads a knowledge file's text, with a clear message when it cannot be read. */
export function readKnowledgeFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    throw new UserError(`cannot read the ${what} ${path}`)
  }
}
