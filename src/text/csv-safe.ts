/**
 * @module text/csv-safe
 * The one rule for cells in every CSV learnfinder writes (catalogue export,
 * staff reports): a cell that a spreadsheet would run as a formula (it
 * begins with = + - @ | tab or CR; OWASP's CSV-injection guidance) gets a
 * leading single quote, so opening the file runs nothing. The importer takes
 * that quote off again, so re-importing an export changes nothing, and a
 * title that really begins with "-" or "=" survives the round trip.
 */
import { stringify, type Options } from 'csv-stringify/sync'

/** A cell a spreadsheet would treat as a formula, possibly already behind our quotes. */
const FORMULA_START = /^'*[=+\-@|\t\r]/

/** The cell as written to CSV: a quote in front when a spreadsheet could run it. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

/**
 * The cell as it was before {@link neutraliseFormula}: one leading quote
 * taken off where the export would have added it ('=SUM(1) → =SUM(1);
 * ''=x → '=x). A quote before anything else is the staff's own and stays.
 */
export function unneutraliseFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell
}

/** CSV text of `rows` with every text cell neutralised; numbers stay numbers. */
export function stringifyCsvSafely(rows: (string | number)[][], options: Options = {}): string {
  return stringify(rows.map((r) => r.map((c) => (typeof c === 'string' ? neutraliseFormula(c) : c))), options)
}
