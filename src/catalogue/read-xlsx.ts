/**
 * @module catalogue/read-xlsx
 * Reads a catalogue workbook row by row: the first sheet, or the one staff
 * name with `--sheet`. The sheet is inflated and parsed as a stream, so a
 * workbook of hundreds of thousands of rows never has to be held in memory
 * whole (exceljs's loader builds the full model, and its streaming reader
 * cuts Chinese characters at chunk boundaries). Excel date cells arrive as
 * dates, formulas as their results, and a damaged or old-format workbook is
 * refused with what to do about it.
 */
import { CatalogueError, fileProblem } from './catalogue-error.js'
import { TableRows, type ParsedCatalogue, type ReadOptions } from './parsed-catalogue.js'
import type { CellValue } from './cell-values.js'
import { entryStream, entryText, InflateBudget, zipEntries, ZipFormatError, type ZipSource } from './zip-reader.js'
import {
  attr, columnIndex, dateStyles, excelDate, firstInner, innerElements, openTags, streamElements, stringItemText, xmlText,
} from './xlsx-xml.js'
import { FILE_LIMITS, FileLimitError, limitProblem } from './file-limits.js'

const PROGRESS_EVERY = 1000
const DAMAGED = 'the workbook cannot be opened: it is damaged or not really an .xlsx file. Open it in Excel, save it again as .xlsx (or CSV UTF-8) and import that file'

/** True for the first bytes of an old Excel 97-2003 (.xls, OLE2) file. */
export function isOldExcel(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0
}

interface SheetRef { name: string; path: string }

function sheetsOf(workbookXml: string, relsXml: string): SheetRef[] {
  const targets = new Map<string, string>()
  for (const attrs of openTags(relsXml, 'Relationship')) {
    const target = attr(attrs, 'Target') ?? ''
    targets.set(attr(attrs, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`)
  }
  return [...openTags(workbookXml, 'sheet')].map((attrs) => ({
    name: attr(attrs, 'name') ?? '',
    path: targets.get(attr(attrs, 'r:id') ?? '') ?? '',
  }))
}

/**
 * The cells of one `<row>`, placed by their column letters. Empty cells stay
 * holes in the array, so one cell far to the right costs one entry, not
 * thousands; a cell past column XFD is refused.
 */
function rowCells(inner: string, shared: string[], isDate: boolean[], date1904: boolean): CellValue[] {
  const cells: CellValue[] = []
  let next = 0
  for (const { attrs, inner: body } of innerElements(inner, 'c')) {
    const ref = attr(attrs, 'r')
    const col = ref ? columnIndex(ref) : next
    if (col >= FILE_LIMITS.columns) throw new FileLimitError('columns', { at: 'cell', ref: ref ?? '' })
    next = col + 1
    const type = attr(attrs, 't') ?? 'n'
    const raw = body ? firstInner(body, 'v') : undefined
    let value: CellValue = null
    if (type === 'inlineStr') value = stringItemText(firstInner(body, 'is') ?? '')
    else if (raw === undefined) value = null
    else if (type === 's') value = shared[Number(raw)] ?? ''
    else if (type === 'str' || type === 'e') value = xmlText(raw)
    else if (type === 'b') value = raw !== '0'
    else if (type === 'd') value = new Date(xmlText(raw))
    else {
      const n = Number(raw)
      value = isDate[Number(attr(attrs, 's') ?? 0)] && Number.isFinite(n) ? excelDate(n, date1904) : n
    }
    if (value !== null) cells[col] = value
  }
  return cells
}

/** The row number of a `<row>`: its r attribute, else the one after the last; past Excel's last row, refused. */
function rowNumberOf(attrs: string, previous: number): number {
  const r = attr(attrs, 'r')
  const n = r === undefined ? previous + 1 : Number(r)
  if (!Number.isInteger(n) || n < 1) throw new ZipFormatError(`bad row number "${r}"`)
  if (n > FILE_LIMITS.rows) throw new FileLimitError('rows', { at: 'row', row: Number(r ?? n) })
  return n
}

/** Reads the chosen sheet of the .xlsx workbook in `src`. */
export async function readXlsx(src: ZipSource, fileName: string, options: ReadOptions): Promise<ParsedCatalogue> {
  try {
    if (src.size === 0) throw fileProblem(fileName, 'the file is empty (no header row and no projects)', 'empty_table')
    const head = await src.read(0, 4)
    if (isOldExcel(head)) throw fileProblem(fileName, 'this is an old Excel 97-2003 (.xls) workbook; open it in Excel and save it as .xlsx or CSV UTF-8', 'old_xls')
    let entries
    try {
      entries = await zipEntries(src)
    } catch {
      throw fileProblem(fileName, DAMAGED, 'xlsx_damaged')
    }
    // One budget for the whole file: each part read is bounded, and so are all of them together.
    const budget = new InflateBudget()
    const text = async (path: string) => { const e = entries.get(path); return e ? entryText(src, e, budget) : '' }
    const workbookXml = await text('xl/workbook.xml')
    const sheets = sheetsOf(workbookXml, await text('xl/_rels/workbook.xml.rels')).filter((s) => entries.has(s.path))
    if (sheets.length === 0) throw fileProblem(fileName, DAMAGED, 'xlsx_damaged')
    const sheet = options.sheet === undefined ? sheets[0] : sheets.find((s) => s.name === options.sheet)
    if (!sheet) {
      throw fileProblem(fileName, `the workbook has no sheet named "${options.sheet}"; its sheets are ${sheets.map((s) => `"${s.name}"`).join(', ')}`, 'sheet_missing', { sheet: options.sheet ?? '', sheets: sheets.map((s) => `"${s.name}"`).join(', ') })
    }
    const isDate = dateStyles(await text('xl/styles.xml'))
    const pr = openTags(workbookXml, 'workbookPr').next()
    const date1904 = !pr.done && /^(1|true)$/.test(attr(pr.value, 'date1904') ?? '')
    const shared: string[] = []
    const sst = entries.get('xl/sharedStrings.xml')
    if (sst) for await (const si of streamElements(await entryStream(src, sst, budget), 'si')) shared.push(stringItemText(si.inner))

    const table = new TableRows(`${fileName} (sheet "${sheet.name}")`, options.taxonomy)
    const sheetEntry = entries.get(sheet.path)!
    let rowNumber = 0
    let bytes = 0
    const sheetStream = await entryStream(src, sheetEntry, budget)
    const counted = (async function* () {
      for await (const chunk of sheetStream) { bytes += (chunk as Buffer).length; yield chunk as Buffer }
    })()
    for await (const el of streamElements(counted, 'row')) {
      rowNumber = rowNumberOf(el.attrs, rowNumber)
      table.push(rowCells(el.inner, shared, isDate, date1904), rowNumber)
      if (options.onProgress && rowNumber % PROGRESS_EVERY === 0) {
        // The row count is unknown until the end; estimate it from the sheet's (uncompressed) bytes read so far.
        options.onProgress(rowNumber, Math.max(rowNumber + 1, Math.round((rowNumber * sheetEntry.size) / Math.max(bytes, 1))))
      }
    }
    options.onProgress?.(rowNumber, rowNumber)
    return table.finish()
  } catch (err) {
    if (err instanceof CatalogueError) throw err
    if (err instanceof FileLimitError) throw limitProblem(fileName, err)
    throw fileProblem(fileName, DAMAGED, 'xlsx_damaged')
  } finally {
    await src.close()
  }
}
