/**
 * @module catalogue/read-csv
 * Streams a CSV (or tab-separated) catalogue: bytes are decoded as UTF-8
 * with a fatal decoder, so a GBK file saved by Chinese Excel is refused
 * with a "save it as CSV UTF-8" message instead of being imported as
 * mojibake, and a 50 MB file never has to sit in memory as one string.
 */
import { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { fileProblem } from './catalogue-error.js'
import { TableRows, type ParsedCatalogue, type ReadOptions } from './parsed-catalogue.js'
import { FILE_LIMITS, FileLimitError, limitProblem } from './file-limits.js'
import { unneutraliseFormula } from '../text/csv-safe.js'

/** Rows between two progress reports. */
const PROGRESS_EVERY = 1000
/** Characters handed to the CSV parser at a time. */
const PIECE_CHARS = 16 * 1024

function notUtf8(fileName: string, sample: Buffer): Error {
  let guess = 'another encoding'
  let code = 'not_utf8_other'
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(sample)
    if (/[\u4e00-\u9fff]/.test(text)) {
      guess = 'GBK (what Excel uses for Chinese by default)'
      code = 'not_utf8_gbk'
    }
  } catch {
    // not GBK either; keep the generic wording
  }
  return fileProblem(
    fileName,
    `the file is not UTF-8 text; it looks like ${guess}. Open it in Excel and save it as CSV UTF-8 ` +
      '(File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)"), then import that file',
    code,
  )
}

/**
 * Counts separators per line (outside quotes) as text streams past, so a line
 * of a million columns is refused before the parser builds a million fields.
 */
function columnGuard(delimiter: string): (text: string) => void {
  const sep = delimiter.charCodeAt(0)
  let inQuotes = false
  let line = 1
  let separators = 0
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 0x22) inQuotes = !inQuotes
      else if (inQuotes) continue
      else if (c === sep) {
        if (++separators >= FILE_LIMITS.columns) throw new FileLimitError('columns', { at: 'line_columns', line, columns: FILE_LIMITS.columns.toLocaleString('en') })
      } else if (c === 0x0a) { line++; separators = 0 }
    }
  }
}

async function* decodeUtf8(
  source: AsyncIterable<Buffer | string>, fileName: string, onBytes: (n: number) => void, onText: (text: string) => void,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let first = true
  for await (const piece of source) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece
    if (first && chunk.length > 0) {
      first = false
      if (chunk[0] === 0x50 && chunk[1] === 0x4b && chunk[2] === 0x03 && chunk[3] === 0x04) {
        throw fileProblem(fileName, 'this is an Excel workbook, not a CSV file; rename it to .xlsx or save it as CSV UTF-8', 'xlsx_as_csv')
      }
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
        throw fileProblem(fileName, 'the file is UTF-16 ("Unicode text"), not UTF-8; save it in Excel as CSV UTF-8 and import that file', 'utf16')
      }
    }
    let text: string
    try {
      text = decoder.decode(chunk, { stream: true })
    } catch {
      throw notUtf8(fileName, chunk.subarray(0, 4096))
    }
    onBytes(chunk.length)
    onText(text)
    // Small pieces: the parser handles a whole piece before the reader can stop it (a hostile file is
    // refused after at most one piece of extra work, not a megabyte of rows).
    for (let at = 0; at < text.length; at += PIECE_CHARS) yield text.slice(at, at + PIECE_CHARS)
  }
  try {
    const rest = decoder.decode()
    onText(rest)
    if (rest) yield rest
  } catch {
    throw notUtf8(fileName, Buffer.alloc(0))
  }
}

/**
 * Reads CSV rows from `source` (a file stream or a buffer); `totalBytes`
 * lets progress estimate the row total before the end is reached.
 */
export async function readCsv(
  source: AsyncIterable<Buffer | string>, fileName: string, totalBytes: number, options: ReadOptions,
): Promise<ParsedCatalogue> {
  const table = new TableRows(fileName, options.taxonomy)
  let bytes = 0
  const delimiter = /\.tsv$/i.test(fileName) ? '\t' : ','
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    // Empty lines are skipped by the parser (a record of another width costs it a thrown-away error object,
    // about 0.1 ms, so a file of a million empty lines would take minutes); row numbers still count them.
    skip_empty_lines: true,
    info: true,
    bom: true,
    // One cell (or one row) past the cap is refused as soon as it is seen, not buffered whole.
    max_record_size: FILE_LIMITS.elementChars,
  })
  const input = Readable.from(decodeUtf8(source, fileName, (n) => (bytes += n), columnGuard(delimiter)))
  input.on('error', (err) => parser.destroy(err))
  input.pipe(parser)
  let row = 0
  let width = -1
  let raggedBlank = 0
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { records: number; empty_lines: number } }>) {
      // The spreadsheet row: records so far plus the empty lines skipped before this one.
      row = info.records + info.empty_lines
      if (row > FILE_LIMITS.rows) throw new FileLimitError('rows', { at: 'line', line: row })
      if (record.length > FILE_LIMITS.columns) throw new FileLimitError('columns', { at: 'row_columns', row, columns: record.length.toLocaleString('en') })
      if (width < 0) width = record.length
      else if (record.length !== width && record.every((c) => c === '') && ++raggedBlank > FILE_LIMITS.raggedBlankRows) {
        throw new FileLimitError('blank', { at: 'row', row })
      }
      table.push(record.map(unneutraliseFormula), row)
      if (options.onProgress && info.records % PROGRESS_EVERY === 0) {
        // Estimate the total from the bytes the parser has consumed so far; the decoder runs ahead of it.
        const consumed = Math.max(1, Math.min(bytes, parser.info.bytes))
        options.onProgress(row, Math.max(row + 1, Math.round((row * totalBytes) / consumed)))
      }
    }
  } catch (err) {
    const e = err as { code?: string; lines?: number; message: string }
    if (err instanceof FileLimitError) throw limitProblem(fileName, err)
    if (e.code === 'CSV_MAX_RECORD_SIZE') throw limitProblem(fileName, new FileLimitError('cell', { at: 'near_line', line: e.lines ?? row + 1 }))
    if (typeof e.code === 'string' && e.code.startsWith('CSV_')) {
      throw fileProblem(fileName, `the CSV is malformed near line ${e.lines ?? row + 1}: ${e.message}`, 'csv_malformed', { line: e.lines ?? row + 1, detail: e.message })
    }
    throw err
  }
  options.onProgress?.(row, row)
  return table.finish()
}
