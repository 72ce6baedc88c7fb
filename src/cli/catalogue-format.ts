/**
 * @module cli/catalogue-format
 * How the staff commands (list, show, stats) print projects and taxonomy ids:
 * Chinese labels with the id beside them, so staff can read the output and
 * still copy the ids into flags.
 */
import type { Project } from '../catalogue/project.js'
import { loadTaxonomy, type Taxonomy, type TaxonomyKind } from '../catalogue/taxonomy.js'
import type { Lang } from '../dialogue/types.js'
import { feeText as learnerFeeText } from '../dialogue/project-text.js'
import { cliError, cliPrompts, cliText } from './cli-text.js'

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
  throw cliError(kind === 'topics' ? 'flag_unknown_topic' : 'flag_unknown_audience', { value, near: taxonomy.closest(kind, value, 3).join(', ') })
}

/** "免费" / "200元" / "费用没写": the learners' wording (dialogue/project-text.ts), so staff see what learners see. */
export function feeText(fee: number | null, lang: Lang): string {
  return learnerFeeText(cliPrompts(), lang, { fee } as Project)
}

/** "线上" / "online": the staff console's wording (prompts/<lang>/console.yaml), so staff read one word everywhere. */
export function formatText(format: Project['format'], lang: Lang): string {
  const key = `console.format_${format}`
  return cliPrompts().has(lang, key) ? cliPrompts().t(lang, key) : format
}

/** One line per project for `list`. */
export function projectLine(p: Project, lang: Lang): string {
  const where = [formatText(p.format, lang), p.region ?? undefined, feeText(p.fee, lang)].filter(Boolean).join(', ')
  const archived = p.status === 'archived' ? cliText(lang, 'project_archived_mark') : ''
  return cliText(lang, 'project_line', { id: p.id, title: p.title, provider: p.provider, where, archived })
}
