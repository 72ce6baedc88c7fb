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
import { entryStream, entryText, zipEntries, type ZipSource } from './zip-reader.js'
import { attr, columnIndex, dateStyles, excelDate, streamElements, stringItemText, xmlText } from './xlsx-xml.js'

const PROGRESS_EVERY = 1000
const DAMAGED = 'the workbook cannot be opened: it is damaged or not really an .xlsx file. Open it in Excel, save it again as .xlsx (or CSV UTF-8) and import that file'

/** True for the first bytes of an old Excel 97-2003 (.xls, OLE2) file. */
export function isOldExcel(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0
}

interface SheetRef { name: string; path: string }

function sheetsOf(workbookXml: string, relsXml: string): SheetRef[] {
  const targets = new Map<string, string>()
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*)>/g)) {
    const target = attr(m[1], 'Target') ?? ''
    targets.set(attr(m[1], 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`)
  }
  return [...workbookXml.matchAll(/<sheet\b([^>]*)>/g)].map((m) => ({
    name: attr(m[1], 'name') ?? '',
    path: targets.get(attr(m[1], 'r:id') ?? '') ?? '',
  }))
}

/** The cells of one `<row>`, placed by their column letters. */
function rowCells(inner: string, shared: string[], isDate: boolean[], date1904: boolean): CellValue[] {
  const cells: CellValue[] = []
  let next = 0
  for (const m of inner.matchAll(/<c(?=[\s>/])([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1]
    const body = m[2] ?? ''
    const ref = attr(attrs, 'r')
    const col = ref ? columnIndex(ref) : next
    next = col + 1
    const type = attr(attrs, 't') ?? 'n'
    const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1]
    let value: CellValue = null
    if (type === 'inlineStr') value = stringItemText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '')
    else if (raw === undefined) value = null
    else if (type === 's') value = shared[Number(raw)] ?? ''
    else if (type === 'str' || type === 'e') value = xmlText(raw)
    else if (type === 'b') value = raw !== '0'
    else if (type === 'd') value = new Date(xmlText(raw))
    else {
      const n = Number(raw)
      value = isDate[Number(attr(attrs, 's') ?? 0)] && Number.isFinite(n) ? excelDate(n, date1904) : n
    }
    cells[col] = value
  }
  return Array.from(cells, (c) => c ?? null)
}

/** Reads the chosen sheet of the .xlsx workbook in `src`. */
export async function readXlsx(src: ZipSource, fileName: string, options: ReadOptions): Promise<ParsedCatalogue> {
  try {
    if (src.size === 0) throw fileProblem(fileName, 'the file is empty (no header row and no projects)')
    const head = await src.read(0, 4)
    if (isOldExcel(head)) throw fileProblem(fileName, 'this is an old Excel 97-2003 (.xls) workbook; open it in Excel and save it as .xlsx or CSV UTF-8')
    let entries
    try {
      entries = await zipEntries(src)
    } catch {
      throw fileProblem(fileName, DAMAGED)
    }
    const text = async (path: string) => { const e = entries.get(path); return e ? entryText(src, e) : '' }
    const workbookXml = await text('xl/workbook.xml')
    const sheets = sheetsOf(workbookXml, await text('xl/_rels/workbook.xml.rels')).filter((s) => entries.has(s.path))
    if (sheets.length === 0) throw fileProblem(fileName, DAMAGED)
    const sheet = options.sheet === undefined ? sheets[0] : sheets.find((s) => s.name === options.sheet)
    if (!sheet) {
      throw fileProblem(fileName, `the workbook has no sheet named "${options.sheet}"; its sheets are ${sheets.map((s) => `"${s.name}"`).join(', ')}`)
    }
    const isDate = dateStyles(await text('xl/styles.xml'))
    const date1904 = /<workbookPr\b[^>]*date1904="(1|true)"/.test(workbookXml)
    const shared: string[] = []
    const sst = entries.get('xl/sharedStrings.xml')
    if (sst) for await (const si of streamElements(await entryStream(src, sst), 'si')) shared.push(stringItemText(si.inner))

    const table = new TableRows(`${fileName} (sheet "${sheet.name}")`, options.taxonomy)
    const sheetEntry = entries.get(sheet.path)!
    let rowNumber = 0
    let bytes = 0
    const sheetStream = await entryStream(src, sheetEntry)
    const counted = (async function* () {
      for await (const chunk of sheetStream) { bytes += (chunk as Buffer).length; yield chunk as Buffer }
    })()
    for await (const el of streamElements(counted, 'row')) {
      rowNumber = Number(attr(el.attrs, 'r') ?? rowNumber + 1)
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
    throw fileProblem(fileName, DAMAGED)
  } finally {
    await src.close()
  }
}
