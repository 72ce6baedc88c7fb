/**
 * @module catalogue/row-validation
 * Checks one row of a catalogue file and builds the Project it describes.
 * Every reader (CSV, XLSX, JSON, YAML) hands rows to the same {@link RowCollector},
 * so the rules, the wording of problems and the duplicate-id check are the
 * same whatever format staff saved in.
 */
import type { Project } from './project.js'
import { projectSchema } from './project.js'
import type { Taxonomy, TaxonomyKind } from './taxonomy.js'
import type { CatalogueField } from './header-aliases.js'
import { chineseHeader } from './header-aliases.js'
import type { CatalogueProblem } from './catalogue-error.js'
import type { CellValue, Parsed } from './cell-values.js'
import {
  cellText, parseDate, parseFee, parseFormat, parseStatus, parseUrl, splitList,
} from './cell-values.js'

/** One row as a reader found it: the spreadsheet row number, its known cells (with the header as written) and unknown columns. */
export interface SourceRow {
  row: number
  cells: Map<CatalogueField, { header: string; value: CellValue }>
  extra: Record<string, string>
}

const ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/
const LIMITS: Partial<Record<CatalogueField, number>> = { title: 200, summary: 4000 }
const KIND_WORD: Record<TaxonomyKind, string> = { topics: 'topic', audiences: 'audience' }

/**
 * Why an id that fits {@link ID_PATTERN} still cannot be typed on the command
 * line (`learnfinder show <id>`), or null: one starting with "-" reads as an
 * option (--db), and "." or ".." read as folders.
 */
export function addressProblem(id: string): string | null {
  if (id.startsWith('-')) return 'starts with "-", so on the command line it would be read as an option'
  if (/^\.+$/.test(id)) return 'is only dots, which the command line reads as a folder'
  return null
}

/** Collects valid projects and every problem of one file, row by row. */
export class RowCollector {
  readonly projects: Project[] = []
  readonly problems: CatalogueProblem[] = []
  private readonly seen = new Map<string, number>()

  constructor(private readonly taxonomy: Taxonomy) {}

  /** Validates one row; a valid one is kept, problems are recorded. */
  add(src: SourceRow): void {
    const before = this.problems.length
    const project = this.build(src)
    if (project && this.problems.length === before) this.projects.push(project)
  }

  private problem(src: SourceRow, field: CatalogueField, reason: string): void {
    const header = src.cells.get(field)?.header ?? chineseHeader(field)
    this.problems.push({ row: src.row, column: header, reason })
  }

  private take<T>(src: SourceRow, field: CatalogueField, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value
    this.problem(src, field, parsed.reason)
    return undefined
  }

  private text(src: SourceRow, field: CatalogueField, required: boolean): string | null {
    const value = cellText(src.cells.get(field)?.value)
    if (!value) {
      if (required) this.problem(src, field, 'is empty; every project needs one')
      return null
    }
    const limit = LIMITS[field]
    const length = [...value].length
    if (limit && length > limit) {
      this.problem(src, field, `is ${length.toLocaleString('en')} characters long; at most ${limit.toLocaleString('en')} are allowed`)
      return null
    }
    return value
  }

  private id(src: SourceRow): string | null {
    const id = cellText(src.cells.get('id')?.value)
    if (!id) {
      this.problem(src, 'id', 'is empty; every project needs an id such as LF-0001')
      return null
    }
    if (!ID_PATTERN.test(id)) {
      const why = /\s/.test(id)
        ? 'contains spaces'
        : id.length > 64 ? `is ${id.length} characters long (at most 64)` : 'contains characters other than letters, digits, "-", "_" and "."'
      this.problem(src, 'id', `"${id}" ${why}; an id may hold only A-Z, a-z, 0-9, "-", "_" and "."`)
      return null
    }
    const unaddressable = addressProblem(id)
    if (unaddressable) {
      this.problem(src, 'id', `"${id}" ${unaddressable}; start the id with a letter or digit, e.g. LF-0001`)
      return null
    }
    const first = this.seen.get(id)
    if (first !== undefined) {
      this.problem(src, 'id', `"${id}" is used twice (first on row ${first}); every project needs its own id`)
      return null
    }
    this.seen.set(id, src.row)
    return id
  }

  private labels(src: SourceRow, field: 'topics' | 'audiences'): string[] {
    const raw = src.cells.get(field)?.value
    const items = splitList(raw)
    const word = KIND_WORD[field]
    const example = this.taxonomy.entries(field)[0]?.zh ?? ''
    if (items.length === 0) {
      const text = cellText(raw)
      this.problem(src, field, text
        ? `holds only separators ("${text}"); name at least one ${word}, e.g. ${example}`
        : `is empty; name at least one ${word}, e.g. ${example}`)
      return []
    }
    const ids: string[] = []
    for (const item of items) {
      const id = this.taxonomy.resolve(field, item)
      if (id) {
        if (!ids.includes(id)) ids.push(id)
        continue
      }
      const near = this.suggest(field, item)
      this.problem(src, field, `unknown ${word} "${item}"` + (near.length ? ` — did you mean ${near.join(', ')}?` : ''))
    }
    return ids
  }

  /**
   * Three known names for "did you mean": those of the entry closest to the
   * unknown label (in the label's script, Chinese or Latin), then the next
   * closest terms, so 老年 suggests 老年人, 老人, 长者 rather than 青年.
   */
  private suggest(kind: TaxonomyKind, label: string): string[] {
    const near = this.taxonomy.closest(kind, label, 6)
    const id = near[0] ? this.taxonomy.resolve(kind, near[0]) : null
    const entry = id ? this.taxonomy.get(kind, id) : undefined
    const latin = (s: string) => /^[\x00-\x7f]*$/.test(s)
    const own = entry
      ? (latin(label) ? [entry.en, entry.id, ...entry.synonyms.filter(latin)] : [entry.zh, ...entry.synonyms.filter((s) => !latin(s))])
      : []
    return [...new Set([...own, ...near])].slice(0, 3)
  }

  private build(src: SourceRow): Project | null {
    const get = (f: CatalogueField) => src.cells.get(f)?.value
    const id = this.id(src)
    const title = this.text(src, 'title', true)
    const provider = this.text(src, 'provider', true)
    const summary = this.text(src, 'summary', true)
    const topics = this.labels(src, 'topics')
    const audiences = this.labels(src, 'audiences')
    const format = this.take(src, 'format', parseFormat(get('format')))
    const fee = this.take(src, 'fee', parseFee(get('fee')))
    const start = this.take(src, 'start_date', parseDate(get('start_date')))
    const end = this.take(src, 'end_date', parseDate(get('end_date')))
    const url = this.take(src, 'url', parseUrl(get('url')))
    const status = this.take(src, 'status', parseStatus(get('status')))
    const titleEn = this.text(src, 'title_en', false)
    const summaryEn = this.text(src, 'summary_en', false)
    if (start && end && end < start) {
      this.problem(src, 'end_date', `${end} is before the start date ${start}`)
    }
    if (!id || !title || !provider || !summary || !topics.length || !audiences.length || !format ||
      fee === undefined || start === undefined || end === undefined || url === undefined || !status) {
      return null
    }
    const region = cellText(get('region'))
    const project: Project = {
      id, title, provider, summary, topics, audiences, format,
      region: region ? (/^(nationwide|national|全国范围|全国各地)$/i.test(region) ? '全国' : region) : null,
      fee,
      duration: cellText(get('duration')) || null,
      start_date: start,
      end_date: end,
      enroll: cellText(get('enroll')) || null,
      contact: cellText(get('contact')) || null,
      url,
      title_en: titleEn,
      summary_en: summaryEn,
      tags: splitList(get('tags')),
      status,
      extra: src.extra,
    }
    const checked = projectSchema.safeParse(project)
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0] ?? 'id') as CatalogueField
        this.problem(src, field, issue.message)
      }
      return null
    }
    return project
  }
}
