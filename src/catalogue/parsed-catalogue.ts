/**
 * @module catalogue/parsed-catalogue
 * What reading a catalogue file yields, and the table logic CSV and XLSX
 * share: a header row mapped to spec fields, then data rows handed to the
 * {@link RowCollector}. Kept apart from the format readers so each of them
 * only has to produce rows of cells.
 */
import type { Project } from './project.js'
import type { Taxonomy } from './taxonomy.js'
import type { CatalogueField } from './header-aliases.js'
import { REQUIRED_FIELDS, chineseHeader, columnTwice, fieldForHeader } from './header-aliases.js'
import { CatalogueError, countProblems, fileProblem, type CatalogueProblem, type CatalogueWarning } from './catalogue-error.js'
import { RowCollector, type SourceRow } from './row-validation.js'
import { cellText, type CellValue } from './cell-values.js'
import { FILE_LIMITS } from './file-limits.js'

/** A file that passed every check: its projects in file order, warnings for staff, and how many data rows it had. */
export interface ParsedCatalogue {
  projects: Project[]
  warnings: CatalogueWarning[]
  rows: number
}

/** How to read a catalogue file. */
export interface ReadOptions {
  taxonomy: Taxonomy
  /** XLSX only: the sheet to read instead of the first one. */
  sheet?: string
  /** Called now and then with rows read so far and the (estimated, for CSV) total. */
  onProgress?: (done: number, total: number) => void
}

/** Ends a read: throws one CatalogueError with every problem, or returns the catalogue. */
export function finishCatalogue(
  fileName: string, collector: RowCollector, rows: number, warnings: CatalogueWarning[],
): ParsedCatalogue {
  if (collector.problems.length > 0) {
    throw new CatalogueError(
      `${fileName} was not imported: ${countProblems(collector.problems.length)} found, nothing was changed`,
      collector.problems,
    )
  }
  if (rows === 0) throw fileProblem(fileName, 'it has a header row but no projects under it', 'no_projects')
  return { projects: collector.projects, warnings, rows }
}

/**
 * Stops a read that has already found {@link FILE_LIMITS}.problems problems:
 * staff fix those first, and a hostile file of a million bad rows cannot
 * fill memory with complaints.
 */
export function stopOnTooManyProblems(fileName: string, collector: RowCollector): void {
  if (collector.problems.length < FILE_LIMITS.problems) return
  throw new CatalogueError(
    `${fileName} was not imported: reading stopped after ${countProblems(collector.problems.length)}, nothing was changed`,
    collector.problems,
  )
}

type Column = { field: CatalogueField; header: string } | { extra: string } | null

/** Reads a table (rows of cells, header first) such as a CSV file or a worksheet. */
export class TableRows {
  readonly collector: RowCollector
  readonly warnings: CatalogueWarning[] = []
  private columns: Column[] | null = null
  /** The columns that hold spec fields, by position. */
  private fieldColumns: [number, { field: CatalogueField; header: string }][] = []
  private unnamedWarned = false
  /** Data rows seen (blank rows are skipped and not counted). */
  rows = 0

  constructor(private readonly fileName: string, taxonomy: Taxonomy) {
    this.collector = new RowCollector(taxonomy)
  }

  /** True once the header row has been read. */
  get hasHeader(): boolean {
    return this.columns !== null
  }

  /**
   * Feeds one row; the first non-blank row is the header. `cells` may have
   * holes (a workbook row with one cell at column XFD): only cells that are
   * there are visited.
   */
  push(cells: CellValue[], row: number): void {
    if (cells.every((c) => cellText(c) === '')) return
    if (!this.columns) {
      this.columns = this.readHeader(cells, row)
      this.columns.forEach((col, i) => { if (col && 'field' in col) this.fieldColumns.push([i, col]) })
      return
    }
    this.rows++
    const columns = this.columns
    const src: SourceRow = { row, cells: new Map(), extra: {} }
    for (const [i, col] of this.fieldColumns) if (i < cells.length) src.cells.set(col.field, { header: col.header, value: cells[i] ?? null })
    cells.forEach((cell, i) => {
      const col = columns[i]
      if (col && 'field' in col) return
      const text = cellText(cell)
      if (!text) return
      if (col) src.extra[col.extra] = text
      else if (i >= columns.length) {
        this.collector.problems.push({ row, column: `column ${i + 1}`, reason: `"${text}" is outside the table: the header row has only ${columns.length} columns`, code: 'outside_table', params: { text, columns: columns.length } })
      } else if (!this.unnamedWarned) {
        this.unnamedWarned = true
        this.warnings.push({ code: 'unnamed_column', params: { column: i + 1, row }, text: `column ${i + 1} has no header, so its cells were ignored (first on row ${row})` })
      }
    })
    this.collector.add(src)
    stopOnTooManyProblems(this.fileName, this.collector)
  }

  /** Ends the table: throws when it was empty or had problems. */
  finish(): ParsedCatalogue {
    if (!this.columns) throw fileProblem(this.fileName, 'the file is empty (no header row and no projects)', 'empty_table')
    return finishCatalogue(this.fileName, this.collector, this.rows, this.warnings)
  }

  private readHeader(cells: CellValue[], row: number): Column[] {
    const problems: CatalogueProblem[] = []
    const seen = new Map<CatalogueField, string>()
    const columns: Column[] = cells.map((cell) => {
      const header = cellText(cell)
      if (!header) return null
      const field = fieldForHeader(header)
      if (!field) {
        this.warnings.push({ code: 'unknown_column', params: { header }, text: `unknown column "${header}": kept as extra searchable text` })
        return { extra: header }
      }
      const earlier = seen.get(field)
      if (earlier) {
        problems.push(columnTwice(row, header, earlier, field))
      }
      seen.set(field, header)
      return { field, header }
    })
    for (const field of REQUIRED_FIELDS) {
      if (!seen.has(field)) {
        problems.push({ row, column: chineseHeader(field), reason: `required column is missing (header ${chineseHeader(field)} or ${field})`, code: 'column_missing', params: { header: chineseHeader(field), field } })
      }
    }
    if (problems.length) {
      throw new CatalogueError(
        `${this.fileName} was not imported: ${countProblems(problems.length)} in the header row, nothing was changed`,
        problems,
      )
    }
    return columns
  }
}
