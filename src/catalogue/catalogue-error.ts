/**
 * @module catalogue/catalogue-error
 * The one error a rejected catalogue file produces. Staff fix a spreadsheet
 * in one pass only if they see every problem at once, each with the row
 * number Excel shows them, the column header they wrote and a plain reason.
 */
import { UserError } from '../errors.js'
import { terminalSafe } from '../text/terminal-safe.js'

/** One thing wrong with a file: the spreadsheet row (header = row 1; 0 = the file as a whole), its column header and why. */
export interface CatalogueProblem {
  row: number
  column: string
  /** The English reason (logs, and the fallback when no template renders `code`). */
  reason: string
  /** A stable code for staff-facing text: prompts/<lang>/catalogue.yaml renders `problem_<code>` (see problem-text.ts). */
  code?: string
  /** The values the code's template fills in. */
  params?: Record<string, string | number>
  /** The file it is in, when several files are imported together. */
  file?: string
}

/**
 * Something staff should know about a file that was still read: a column
 * nobody named or the importer does not know. Said to staff in their language
 * from `warning_<code>` in prompts/<lang>/catalogue.yaml (see problem-text.ts);
 * `text` is the English line for logs.
 */
export interface CatalogueWarning {
  code: 'unnamed_column' | 'unknown_column' | 'unknown_field'
  params: Record<string, string | number>
  text: string
  /** The file it is in, when several files are imported together. */
  file?: string
}

/** How many problem lines the message shows; `problems` always holds all of them. */
export const MAX_DETAIL_LINES = 200

/**
 * Formats a problem as staff read it: `row 7, 面向人群: unknown audience "老年" — did you mean …?`
 * Reasons quote cells of the file, which may come from outside: control characters are stripped.
 */
export function formatProblem(p: CatalogueProblem): string {
  const where = [p.file, p.row > 0 ? `row ${p.row}` : '', p.column].filter(Boolean).join(', ')
  return terminalSafe(where ? `${where}: ${p.reason}` : p.reason)
}

/**
 * A catalogue file that cannot be imported. Nothing was changed; `problems`
 * lists every problem found (the CLI prints them one per line).
 */
export class CatalogueError extends UserError {
  readonly problems: CatalogueProblem[]

  constructor(message: string, problems: CatalogueProblem[]) {
    const lines = problems.slice(0, MAX_DETAIL_LINES).map(formatProblem)
    if (problems.length > MAX_DETAIL_LINES) {
      lines.push(`… and ${problems.length - MAX_DETAIL_LINES} more problems (fix these first and import again to see the rest)`)
    }
    super(message, lines)
    this.name = 'CatalogueError'
    this.problems = problems
  }
}

/** "1 problem" / "3 problems". */
export function countProblems(n: number): string {
  return n === 1 ? '1 problem' : `${n} problems`
}

/** The problem code of a UserError said by a `catalogue.problem_<code>` prompt (a missing file, a folder), for a batch's problem list. */
export function codeOf(err: UserError): Pick<CatalogueProblem, 'code' | 'params'> {
  const key = err.said?.key ?? ''
  return key.startsWith('catalogue.problem_') ? { code: key.slice('catalogue.problem_'.length), params: err.said?.vars ?? {} } : {}
}

/** A file-level error (empty file, wrong encoding, damaged workbook) as a CatalogueError with one problem. */
export function fileProblem(fileName: string, reason: string, code?: string, params?: Record<string, string | number>): CatalogueError {
  const problem: CatalogueProblem = { row: 0, column: '', reason, ...(code ? { code, params: params ?? {} } : {}) }
  return new CatalogueError(`${fileName} was not imported (nothing was changed)`, [problem])
}
