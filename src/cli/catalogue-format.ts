/**
 * @module cli/catalogue-format
 * How the staff commands (list, show, stats) print projects and taxonomy ids:
 * Chinese labels with the id beside them, so staff can read the output and
 * still copy the ids into flags.
 */
import type { Project } from '../catalogue/project.js'
import { loadTaxonomy, type Taxonomy, type TaxonomyKind } from '../catalogue/taxonomy.js'
import { UserError } from '../errors.js'

/** The taxonomy, or undefined when the file is missing and the command can do without labels. */
export function optionalTaxonomy(path: string | undefined): Taxonomy | undefined {
  try {
    return loadTaxonomy(path ?? undefined)
  } catch (err) {
    if (path) throw err
    return undefined
  }
}

/** "数字技能 (digital-skills)", or the bare id when it is not in the taxonomy. */
export function labelled(taxonomy: Taxonomy | undefined, kind: TaxonomyKind, id: string): string {
  const zh = taxonomy?.get(kind, id)?.zh
  return zh ? `${zh} (${id})` : id
}

/** A --topic/--audience value given as an id or any label, as its id; UserError naming the closest labels otherwise. */
export function resolveFlag(taxonomy: Taxonomy | undefined, kind: TaxonomyKind, value: string): string {
  if (!taxonomy) return value
  const id = taxonomy.resolve(kind, value)
  if (id) return id
  const word = kind === 'topics' ? 'topic' : 'audience'
  throw new UserError(`unknown ${word} "${value}" — did you mean ${taxonomy.closest(kind, value, 3).join(', ')}?`)
}

/** "free", "200 CNY" or "fee not given". */
export function feeText(fee: number | null): string {
  return fee === null ? 'fee not given' : fee === 0 ? 'free' : `${fee} CNY`
}

/** One line per project for `list`. */
export function projectLine(p: Project): string {
  const where = [p.format, p.region ?? undefined, feeText(p.fee)].filter(Boolean).join(', ')
  return `${p.id}  ${p.title} — ${p.provider} (${where})${p.status === 'archived' ? ' [archived]' : ''}`
}
