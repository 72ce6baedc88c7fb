/**
 * @module catalogue/read-xlsx
 * Reads a catalogue workbook with exceljs: the first sheet or the one staff
 * name with `--sheet`. The whole workbook is loaded at once: exceljs's
 * streaming reader cuts UTF-8 characters at chunk boundaries (Chinese text
 * turns into "�"), and correct text matters more than memory here; CSV is
 * the format that streams. Excel date cells arrive as dates, formulas as their
 * results, rich text as plain text, and a damaged or old-format workbook
 * is refused with what to do about it.
 */
import ExcelJS from 'exceljs'
import { fileProblem } from './catalogue-error.js'
import { fieldForHeader } from './header-aliases.js'
import { TableRows, type ParsedCatalogue, type ReadOptions } from './parsed-catalogue.js'
import type { CellValue } from './cell-values.js'

const PROGRESS_EVERY = 1000

/** A cell as the row validator understands it; `preferLink` takes a hyperlink's target over its display text. */
function excelValue(value: ExcelJS.CellValue, preferLink: boolean): CellValue {
  if (value === null || value === undefined) return null
  if (value instanceof Date || typeof value !== 'object') return value
  if ('richText' in value) return value.richText.map((t) => t.text).join('')
  if ('hyperlink' in value) {
    const text = typeof value.text === 'string' ? value.text : excelValue(value.text as ExcelJS.CellValue, false)
    if (preferLink && !/^https?:\/\//i.test(String(text ?? '')) && /^https?:\/\//i.test(value.hyperlink)) return value.hyperlink
    return text ?? value.hyperlink
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return excelValue((value as { result?: ExcelJS.CellValue }).result ?? null, preferLink)
  }
  if ('error' in value) return String(value.error)
  return String(value)
}

async function openWorkbook(data: Buffer, fileName: string): Promise<ExcelJS.Workbook> {
  if (data.length === 0) throw fileProblem(fileName, 'the file is empty (no header row and no projects)')
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    throw fileProblem(fileName, 'this is an old Excel 97-2003 (.xls) workbook; open it in Excel and save it as .xlsx or CSV UTF-8')
  }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer)
  } catch {
    throw fileProblem(fileName, 'the workbook cannot be opened: it is damaged or not really an .xlsx file. Open it in Excel, save it again as .xlsx (or CSV UTF-8) and import that file')
  }
  return workbook
}

/** Reads the chosen sheet of an .xlsx workbook held in `data`. */
export async function readXlsx(data: Buffer, fileName: string, options: ReadOptions): Promise<ParsedCatalogue> {
  const workbook = await openWorkbook(data, fileName)
  const names = workbook.worksheets.map((w) => w.name)
  const sheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet)
  if (!sheet) {
    const list = names.length ? names.map((n) => `"${n}"`).join(', ') : 'none'
    throw fileProblem(fileName, options.sheet === undefined
      ? 'the workbook has no sheets'
      : `the workbook has no sheet named "${options.sheet}"; its sheets are ${list}`)
  }
  const table = new TableRows(`${fileName} (sheet "${sheet.name}")`, options.taxonomy)
  const total = sheet.rowCount
  let linkColumn = -1
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1)
    const cells = values.map((v, i) => excelValue(v, i === linkColumn))
    const wasHeader = !table.hasHeader
    table.push(cells, rowNumber)
    if (wasHeader && table.hasHeader) {
      linkColumn = cells.findIndex((c) => typeof c === 'string' && fieldForHeader(c) === 'url')
    }
    if (options.onProgress && rowNumber % PROGRESS_EVERY === 0) options.onProgress(rowNumber, total)
  })
  options.onProgress?.(total, total)
  return table.finish()
}
