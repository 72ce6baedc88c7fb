/**
 * @module catalogue/file-limits
 * The bounds every catalogue reader keeps, so a hostile or broken file (a
 * zip bomb, a row that never closes, a cell at column ZZZZZ, JSON nested a
 * hundred thousand deep) is refused in seconds and modest memory instead of
 * stalling the bot. One place for the numbers and for the wording of the
 * refusal, so every format says the same thing.
 */
import { fileProblem, type CatalogueError } from './catalogue-error.js'

const MiB = 1024 * 1024

/** The caps, sized well above a normal 20 MB workbook (its sheet inflates to about 140 MB). */
export const FILE_LIMITS = {
  /** Inflated bytes of one worksheet or shared-strings part. */
  entryBytes: 256 * MiB,
  /** Inflated bytes of a small part the reader holds whole (workbook, relationships, styles). */
  smallEntryBytes: 16 * MiB,
  /** Inflated bytes of all parts read from one workbook together. */
  totalBytes: 384 * MiB,
  /** Larger parts may not inflate to more than this many times their compressed size (Apache POI's zip-bomb rule). */
  inflateRatio: 100,
  /** Parts up to this size are exempt from the ratio rule (tiny XML compresses very well). */
  ratioExemptBytes: 1 * MiB,
  /** Characters of one XML element (a row, a shared string) or one CSV cell. */
  elementChars: 4 * MiB,
  /** Excel's last column, XFD. */
  columns: 16_384,
  /** Excel's last row. */
  rows: 1_048_576,
  /** How deep JSON or YAML may nest arrays and objects. */
  depth: 64,
  /** YAML aliases (each may expand to a whole subtree: the "billion laughs"). */
  yamlAliases: 1000,
  /** CSV rows holding only separators, fewer or more than the header has (each costs the CSV parser a thrown-away error). */
  raggedBlankRows: 10_000,
  /** Problems collected before a read stops: staff fix the first ones and import again. */
  problems: 1000,
} as const

/** What kind of limit a file passed; picks the wording of the refusal. */
export type LimitKind = 'bytes' | 'ratio' | 'element' | 'columns' | 'rows' | 'depth' | 'aliases' | 'cell' | 'blank'

/**
 * Where in the file a limit was passed, as data: prompts/<lang>/catalogue.yaml
 * words it (`where_<at>`: " (cell HJUNYW1)" / "（单元格 HJUNYW1）").
 */
export type LimitWhere =
  | { at: 'cell'; ref: string }
  | { at: 'line'; line: number }
  | { at: 'near_line'; line: number }
  | { at: 'row'; row: number }
  | { at: 'part'; name: string }
  | { at: 'part_larger'; name: string }
  | { at: 'tag'; tag: string }
  | { at: 'fields'; fields: string }
  | { at: 'line_columns'; line: number; columns: string }
  | { at: 'row_columns'; row: number; columns: string }

/** The English wording of each place (logs, and the fallback when no template renders the code). */
const WHERE_EN: { [A in LimitWhere['at']]: (w: Extract<LimitWhere, { at: A }>) => string } = {
  cell: (w) => `cell ${w.ref}`,
  line: (w) => `line ${w.line}`,
  near_line: (w) => `near line ${w.line}`,
  row: (w) => `row ${w.row}`,
  part: (w) => w.name,
  part_larger: (w) => `${w.name} is larger than it says`,
  tag: (w) => `<${w.tag}>`,
  fields: (w) => `${w.fields} fields in one object`,
  line_columns: (w) => `line ${w.line} has more than ${w.columns} columns`,
  row_columns: (w) => `row ${w.row} has ${w.columns} columns`,
}

function whereEnglish(where: LimitWhere | undefined): string {
  return where ? (WHERE_EN[where.at] as (w: LimitWhere) => string)(where) : ''
}

/** Thrown deep inside a reader when a limit is passed; the reader turns it into a {@link CatalogueError}. */
export class FileLimitError extends Error {
  constructor(readonly kind: LimitKind, readonly where?: LimitWhere) {
    super(`file limit passed: ${kind}${where ? ` (${whereEnglish(where)})` : ''}`)
    this.name = 'FileLimitError'
  }
}

const mb = (bytes: number) => `${Math.round(bytes / MiB)} MB`

const REASONS: Record<LimitKind, string> = {
  bytes: `it unpacks to more than ${mb(FILE_LIMITS.entryBytes)} (or a part of it to more than its stated size), which no catalogue needs; it may be a "zip bomb"`,
  ratio: `a part of it unpacks to more than ${FILE_LIMITS.inflateRatio} times its packed size, as a "zip bomb" does`,
  element: `one row or cell holds more than ${FILE_LIMITS.elementChars / MiB} million characters (or never ends)`,
  columns: `a row reaches past Excel's last column XFD (${FILE_LIMITS.columns.toLocaleString('en')} columns)`,
  rows: `a row lies past Excel's last row ${FILE_LIMITS.rows.toLocaleString('en')}`,
  depth: `lists or objects are nested more than ${FILE_LIMITS.depth} deep; a catalogue needs only a few levels`,
  aliases: `it uses more than ${FILE_LIMITS.yamlAliases} YAML aliases (*name), which can expand without end`,
  blank: `it holds more than ${FILE_LIMITS.raggedBlankRows.toLocaleString('en')} empty rows of the wrong width`,
  cell: `one cell holds more than ${FILE_LIMITS.elementChars / MiB} million characters`,
}

/** The numbers the `problem_limit_<kind>` templates (prompts/<lang>/catalogue.yaml) fill in. */
const LIMIT_PARAMS = {
  entryMb: Math.round(FILE_LIMITS.entryBytes / MiB),
  ratio: FILE_LIMITS.inflateRatio,
  millionChars: FILE_LIMITS.elementChars / MiB,
  columns: FILE_LIMITS.columns.toLocaleString('en'),
  rows: FILE_LIMITS.rows.toLocaleString('en'),
  depth: FILE_LIMITS.depth,
  aliases: FILE_LIMITS.yamlAliases,
  blankRows: FILE_LIMITS.raggedBlankRows.toLocaleString('en'),
}

/** The one refusal for a file past a limit: what was passed, and that nothing changed (code `limit_<kind>` for staff text). */
export function limitProblem(fileName: string, err: FileLimitError): CatalogueError {
  const where = err.where ? ` (${whereEnglish(err.where)})` : ''
  // `where_at` and its values let problem-text.ts word the place in the staff member's language.
  const place = err.where ? { ...err.where, where_at: err.where.at } : {}
  delete (place as { at?: string }).at
  return fileProblem(
    fileName,
    `the file was refused: ${REASONS[err.kind]}${where}. Check that it is the right file, or split it and import the parts`,
    `limit_${err.kind}`,
    { ...LIMIT_PARAMS, where, ...place },
  )
}
