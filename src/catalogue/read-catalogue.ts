/**
 * @module catalogue/read-catalogue
 * The one entry point for reading a staff catalogue file, whatever its format:
 * the CLI passes paths, the Telegram admin upload passes the bytes it
 * received. Nothing here touches the database, so a file can be checked
 * completely before anything changes.
 */
import { createReadStream } from 'node:fs'
import { open, readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { Readable } from 'node:stream'
import { UserError } from '../errors.js'
import type { Project } from './project.js'
import { CatalogueError, codeOf, countProblems, fileProblem, type CatalogueProblem, type CatalogueWarning } from './catalogue-error.js'
import type { ParsedCatalogue, ReadOptions } from './parsed-catalogue.js'
import { readCsv } from './read-csv.js'
import { readXlsx } from './read-xlsx.js'
import { bufferSource, fileSource } from './zip-reader.js'
import { readJson, readYaml } from './read-structured.js'

export { CatalogueError } from './catalogue-error.js'
export type { CatalogueProblem } from './catalogue-error.js'
export type { ParsedCatalogue, ReadOptions } from './parsed-catalogue.js'

type Kind = 'csv' | 'xlsx' | 'json' | 'yaml'

/** File name endings the importer understands. */
export const SUPPORTED_EXTENSIONS = ['.csv', '.tsv', '.xlsx', '.json', '.yaml', '.yml'] as const

function kindOf(fileName: string): Kind {
  const ext = extname(fileName).toLowerCase()
  if (ext === '.csv' || ext === '.tsv') return 'csv'
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx'
  if (ext === '.json') return 'json'
  if (ext === '.yaml' || ext === '.yml') return 'yaml'
  if (ext === '.xls') throw fileProblem(fileName, 'old Excel 97-2003 (.xls) workbooks cannot be read; save it as .xlsx or CSV UTF-8', 'old_xls')
  throw fileProblem(fileName, `cannot tell its format from the name; use a file ending in ${SUPPORTED_EXTENSIONS.join(', ')}`, 'unknown_ending', { endings: SUPPORTED_EXTENSIONS.join(', ') })
}

function decodeText(data: Buffer, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data)
  } catch {
    throw fileProblem(fileName, 'the file is not UTF-8 text (it may be GBK); save it as UTF-8 and import it again', 'not_utf8')
  }
}

function isZip(data: Buffer): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04
}

/**
 * Reads and validates a catalogue held in memory (e.g. a file uploaded to the
 * bot). `fileName` picks the format. Throws a {@link CatalogueError} listing
 * every problem.
 */
export async function readCatalogueBuffer(data: Buffer, fileName: string, options: ReadOptions): Promise<ParsedCatalogue> {
  const name = basename(fileName)
  const kind = kindOf(name)
  if (kind === 'xlsx' || (kind === 'csv' && isZip(data))) return readXlsx(bufferSource(data), name, options)
  if (kind === 'csv') {
    const chunks = (function* () {
      for (let i = 0; i < data.length; i += 1 << 20) yield data.subarray(i, i + (1 << 20))
    })()
    return readCsv(Readable.from(chunks), name, data.length, options)
  }
  const text = decodeText(data, name)
  return kind === 'json' ? readJson(text, name, options) : readYaml(text, name, options)
}

/**
 * Reads and validates a catalogue file from disk. CSV is streamed, so large
 * files stay within modest memory. Throws a {@link CatalogueError} listing
 * every problem, or a UserError when the file cannot be read at all.
 */
export async function readCatalogueFile(path: string, options: ReadOptions): Promise<ParsedCatalogue> {
  const name = basename(path)
  let size: number
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new UserError(`${path} is a folder, not a catalogue file`, [], { key: 'catalogue.problem_folder', vars: { path } })
    size = info.size
  } catch (err) {
    if (err instanceof UserError) throw err
    throw new UserError(`cannot read ${path}: no such file (check the name and folder)`, [], { key: 'catalogue.problem_no_file', vars: { path } })
  }
  const kind = kindOf(name)
  if (kind === 'xlsx') return readXlsx(await fileSource(path, size), name, options)
  if (kind === 'csv') {
    const fh = await open(path, 'r')
    const { buffer: head, bytesRead } = await fh.read(Buffer.alloc(4), 0, 4, 0).finally(() => fh.close())
    if (isZip(head.subarray(0, bytesRead))) return readXlsx(await fileSource(path, size), name, options)
    const stream = createReadStream(path, { highWaterMark: 1 << 20 })
    return readCsv(stream, name, size, options)
  }
  return readCatalogueBuffer(await readFile(path), name, options)
}

/**
 * Reads several files as one batch: every problem of every file is reported
 * together, and an id used in two files is a problem too. Returns all
 * projects in file order.
 */
export async function readCatalogueFiles(
  paths: string[], options: ReadOptions & { onFile?: (path: string) => void },
): Promise<{ projects: Project[]; warnings: CatalogueWarning[]; rows: number }> {
  const problems: CatalogueProblem[] = []
  const projects: Project[] = []
  const warnings: CatalogueWarning[] = []
  const where = new Map<string, string>()
  let rows = 0
  for (const path of paths) {
    options.onFile?.(path)
    const name = basename(path)
    try {
      const parsed = await readCatalogueFile(path, options)
      rows += parsed.rows
      // Loops, not push(...spread): a hostile file's thousands of warnings must not overflow the call stack.
      for (const w of parsed.warnings) warnings.push(paths.length > 1 ? { ...w, file: name, text: `${name}: ${w.text}` } : w)
      for (const p of parsed.projects) {
        const other = where.get(p.id)
        if (other) problems.push({ file: name, row: 0, column: 'id', reason: `"${p.id}" is also in ${other}; every project needs its own id`, code: 'id_in_other_file', params: { id: p.id, other } })
        else where.set(p.id, name)
        projects.push(p)
      }
    } catch (err) {
      if (paths.length === 1) throw err
      if (err instanceof CatalogueError) for (const p of err.problems) problems.push({ ...p, file: name })
      else if (err instanceof UserError) problems.push({ file: name, row: 0, column: '', reason: err.message, ...codeOf(err) })
      else throw err
    }
  }
  if (problems.length) {
    throw new CatalogueError(`nothing was imported: ${countProblems(problems.length)} in ${paths.length} files, nothing was changed`, problems)
  }
  return { projects, warnings, rows }
}
