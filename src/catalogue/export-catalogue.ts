/**
 * @module catalogue/export-catalogue
 * Writes the catalogue back out as a file staff can edit and import again.
 * CSV and XLSX use the Chinese headers and Chinese labels of the sample
 * spreadsheet (so staff see what they are used to); JSON uses the spec's
 * field names and ids. Every form re-imports as "all unchanged".
 */
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { stringifyCsvSafely } from '../text/csv-safe.js'
import type { Project } from './project.js'
import { PROJECT_FIELDS } from './project.js'
import type { Taxonomy, TaxonomyKind } from './taxonomy.js'
import { chineseHeader, type CatalogueField } from './header-aliases.js'
import { LIST_SEPARATORS } from './cell-values.js'
import { canonicalJson } from './store-schema.js'

/** The file formats `learnfinder export` writes. */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const
/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

const FORMAT_WORD = { online: '线上', offline: '线下', hybrid: '混合' } as const
const LIST_JOIN = '；'

/** The Chinese label of an id when it reads back as the same id; the id itself otherwise. */
function label(taxonomy: Taxonomy | undefined, kind: TaxonomyKind, id: string): string {
  const zh = taxonomy?.get(kind, id)?.zh
  return zh && !LIST_SEPARATORS.test(zh) && taxonomy!.resolve(kind, zh) === id ? zh : id
}

type TableCell = string | number | Date

/** One project's cells for a table export, in {@link PROJECT_FIELDS} order. */
function tableCells(p: Project, taxonomy: Taxonomy | undefined, asDates: boolean): TableCell[] {
  const date = (d: string | null): TableCell =>
    d === null ? '' : asDates ? new Date(`${d}T00:00:00Z`) : d
  const cell: Record<CatalogueField, TableCell> = {
    id: p.id, title: p.title, provider: p.provider, summary: p.summary,
    topics: p.topics.map((t) => label(taxonomy, 'topics', t)).join(LIST_JOIN),
    audiences: p.audiences.map((a) => label(taxonomy, 'audiences', a)).join(LIST_JOIN),
    format: FORMAT_WORD[p.format],
    region: p.region ?? '',
    fee: p.fee === null ? '' : p.fee === 0 ? '免费' : asDates ? p.fee : String(p.fee),
    duration: p.duration ?? '',
    start_date: date(p.start_date),
    end_date: date(p.end_date),
    enroll: p.enroll ?? '', contact: p.contact ?? '', url: p.url ?? '',
    title_en: p.title_en ?? '', summary_en: p.summary_en ?? '',
    tags: p.tags.join(LIST_JOIN),
    status: p.status === 'archived' ? '下线' : '有效',
  }
  return PROJECT_FIELDS.map((f) => cell[f])
}

/** Unknown columns kept from imports, in first-seen order: exported after the spec's columns. */
function extraHeaders(projects: Project[]): string[] {
  const seen = new Set<string>()
  for (const p of projects) for (const k of Object.keys(p.extra ?? {})) seen.add(k)
  return [...seen]
}

function tableRows(projects: Project[], taxonomy: Taxonomy | undefined, asDates: boolean): TableCell[][] {
  const extras = extraHeaders(projects)
  const header = [...PROJECT_FIELDS.map((f) => chineseHeader(f)), ...extras]
  const rows: TableCell[][] = [header]
  for (const p of projects) rows.push([...tableCells(p, taxonomy, asDates), ...extras.map((k) => p.extra?.[k] ?? '')])
  return rows
}

/**
 * CSV with a BOM (so Excel opens it as UTF-8), Chinese headers and labels;
 * cells that a spreadsheet would run as formulas are neutralised (the importer undoes it).
 */
export function exportCsv(projects: Project[], taxonomy?: Taxonomy): Buffer {
  const text = stringifyCsvSafely(tableRows(projects, taxonomy, false) as string[][], { bom: true, record_delimiter: '\r\n' })
  return Buffer.from(text, 'utf8')
}

/**
 * An .xlsx workbook with one sheet "项目目录": real date cells and numeric fees.
 * Written with exceljs's streaming writer, row by row, so a 100,000-project
 * export does not build the whole workbook model in memory.
 */
export async function exportXlsx(projects: Project[], taxonomy?: Taxonomy): Promise<Buffer> {
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<void>((resolve, reject) => { sink.on('end', resolve); sink.on('error', reject) })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false })
  const sheet = workbook.addWorksheet('项目目录')
  const dateColumns = [PROJECT_FIELDS.indexOf('start_date') + 1, PROJECT_FIELDS.indexOf('end_date') + 1]
  const rows = tableRows(projects, taxonomy, true)
  rows.forEach((cells, i) => {
    const row = sheet.addRow(cells)
    if (i === 0) row.font = { bold: true }
    else for (const col of dateColumns) if (cells[col - 1] instanceof Date) row.getCell(col).numFmt = 'yyyy-mm-dd'
    row.commit()
  })
  sheet.commit()
  await workbook.commit()
  await done
  return Buffer.concat(chunks)
}

/** JSON: an array of projects with the spec's field names and taxonomy ids. */
export function exportJson(projects: Project[]): Buffer {
  const items = projects.map((p) => JSON.parse(canonicalJson(p)) as unknown)
  return Buffer.from(JSON.stringify(items, null, 2) + '\n', 'utf8')
}

/** The catalogue as a file in `format`; `taxonomy` turns ids into Chinese labels for CSV and XLSX. */
export async function exportCatalogue(projects: Project[], format: ExportFormat, taxonomy?: Taxonomy): Promise<Buffer> {
  if (format === 'csv') return exportCsv(projects, taxonomy)
  if (format === 'xlsx') return exportXlsx(projects, taxonomy)
  return exportJson(projects)
}
