/**
 * @module catalogue/read-structured
 * Reads JSON (an array of objects) and YAML (a list of mappings) catalogues.
 * Keys are headers like a spreadsheet's, so the same English or Chinese
 * names work; lists may be real arrays or separator-joined text. "Row" n in
 * problems is the n-th project of the file.
 */
import { parse as parseYaml } from 'yaml'
import { fileProblem, type CatalogueWarning } from './catalogue-error.js'
import { columnTwice, fieldForHeader } from './header-aliases.js'
import { RowCollector, type SourceRow } from './row-validation.js'
import { cellText, type CellValue } from './cell-values.js'
import { finishCatalogue, stopOnTooManyProblems, type ParsedCatalogue, type ReadOptions } from './parsed-catalogue.js'
import { FILE_LIMITS, FileLimitError, limitProblem } from './file-limits.js'

function toCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return value.map(toCell)
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  return JSON.stringify(value)
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
}

/** How deep `[` and `{` nest in JSON text (brackets inside strings not counted), stopping once past `limit`. */
export function jsonDepth(text: string, limit: number = FILE_LIMITS.depth): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) max = depth
      if (max > limit) return max
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return max
}

/**
 * Walks parsed data without recursion and refuses what the readers must not
 * recurse into: nesting past {@link FILE_LIMITS}.depth, or a project with
 * more fields than a sheet has columns.
 */
function checkShape(data: unknown): void {
  const stack: [unknown, number][] = [[data, 1]]
  while (stack.length) {
    const [value, depth] = stack.pop()!
    if (typeof value !== 'object' || value === null || value instanceof Date) continue
    if (depth > FILE_LIMITS.depth) throw new FileLimitError('depth')
    const children = Array.isArray(value) ? value : Object.values(value)
    if (!Array.isArray(value) && children.length > FILE_LIMITS.columns) throw new FileLimitError('columns', { at: 'fields', fields: children.length.toLocaleString('en') })
    for (const child of children) stack.push([child, depth + 1])
  }
}

/** Validates already-parsed JSON or YAML data as a catalogue. */
export function readItems(data: unknown, fileName: string, options: ReadOptions): ParsedCatalogue {
  try {
    checkShape(data)
  } catch (err) {
    if (err instanceof FileLimitError) throw limitProblem(fileName, err)
    throw err
  }
  if (data === null || data === undefined || (typeof data === 'string' && data.trim() === '')) {
    throw fileProblem(fileName, 'the file is empty (no projects)', 'empty_list')
  }
  let items = data
  // Accept { projects: [...] } as well as a bare list.
  if (isPlainObject(items) && Array.isArray(items.projects)) items = items.projects
  if (!Array.isArray(items)) throw fileProblem(fileName, 'the file must hold a list of projects (a JSON array of objects or a YAML list of mappings)', 'not_a_list')
  if (items.length === 0) throw fileProblem(fileName, 'the list of projects is empty', 'empty_list')
  const collector = new RowCollector(options.taxonomy)
  const warnings = new Map<string, CatalogueWarning>()
  items.forEach((item, index) => {
    const row = index + 1
    if (!isPlainObject(item)) {
      collector.problems.push({ row, column: '', reason: 'is not a project (expected an object with id, title, …)' })
      return
    }
    const src: SourceRow = { row, cells: new Map(), extra: {} }
    for (const [key, value] of Object.entries(item)) {
      const field = fieldForHeader(key)
      if (field) {
        if (src.cells.has(field)) {
          collector.problems.push(columnTwice(row, key, src.cells.get(field)!.header, field))
        }
        src.cells.set(field, { header: key, value: toCell(value) })
      } else if (key === 'extra' && isPlainObject(value)) {
        for (const [k, v] of Object.entries(value)) if (cellText(toCell(v))) src.extra[k] = cellText(toCell(v))
      } else {
        warnings.set(key, { code: 'unknown_field', params: { field: key }, text: `unknown field "${key}": kept as extra searchable text` })
        const text = cellText(toCell(value))
        if (text) src.extra[key] = text
      }
    }
    collector.add(src)
    stopOnTooManyProblems(fileName, collector)
    if (options.onProgress && row % 1000 === 0) options.onProgress(row, items.length)
  })
  options.onProgress?.(items.length, items.length)
  return finishCatalogue(fileName, collector, items.length, [...warnings.values()])
}

/** Reads a JSON catalogue. */
export function readJson(text: string, fileName: string, options: ReadOptions): ParsedCatalogue {
  if (text.trim() === '') throw fileProblem(fileName, 'the file is empty (no projects)', 'empty_list')
  if (jsonDepth(text) > FILE_LIMITS.depth) throw limitProblem(fileName, new FileLimitError('depth'))
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw fileProblem(fileName, `the file is not valid JSON: ${(err as Error).message}`, 'json_invalid', { detail: (err as Error).message })
  }
  return readItems(data, fileName, options)
}

/** Reads a YAML catalogue. */
export function readYaml(text: string, fileName: string, options: ReadOptions): ParsedCatalogue {
  if (text.trim() === '') throw fileProblem(fileName, 'the file is empty (no projects)', 'empty_list')
  let data: unknown
  try {
    data = parseYaml(text, { maxAliasCount: FILE_LIMITS.yamlAliases })
  } catch (err) {
    const message = (err as Error).message
    if (/Maximum call stack/i.test(message)) throw limitProblem(fileName, new FileLimitError('depth'))
    if (/alias count/i.test(message)) throw limitProblem(fileName, new FileLimitError('aliases'))
    throw fileProblem(fileName, `the file is not valid YAML: ${message.split('\n')[0]}`, 'yaml_invalid', { detail: message.split('\n')[0] })
  }
  return readItems(data, fileName, options)
}
