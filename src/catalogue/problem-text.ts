/**
 * @module catalogue/problem-text
 * The one place an import problem becomes staff-facing text, in the staff
 * member's language (Chinese by default): the CLI and the chat upload both
 * render {@link CatalogueProblem}s here from prompts/<lang>/catalogue.yaml.
 * A problem with a `code` uses the template `problem_<code>`; one without
 * (or with a code no template knows yet) falls back to its English reason,
 * so a new check never loses its message.
 */
import type { Prompts, PromptSpec } from '../prompts.js'
import type { Lang } from '../text/lang.js'
import type { CatalogueProblem, CatalogueWarning } from './catalogue-error.js'
import { terminalSafe } from '../text/terminal-safe.js'

/** Templates of the catalogue area and their variables. */
export const CATALOGUE_PROMPTS: PromptSpec = {
  problem_at: ['row', 'column', 'reason'],
  problem_column: ['column', 'reason'],
  problem_in_file: ['file', 'where'],
  warning_unnamed_column: ['column', 'row'],
  warning_unknown_column: ['header'],
  warning_unknown_field: ['field'],
  problem_more: ['count'],
  problem_required_empty: [],
  problem_too_long: ['length', 'limit'],
  problem_id_empty: [],
  problem_id_spaces: ['id'],
  problem_id_too_long: ['id', 'length'],
  problem_id_characters: ['id'],
  problem_id_twice: ['id', 'first'],
  problem_topic_separators: ['text', 'example'],
  problem_topic_empty: ['example'],
  problem_topic_unknown: ['item'],
  problem_topic_unknown_near: ['item', 'near'],
  problem_audience_separators: ['text', 'example'],
  problem_audience_empty: ['example'],
  problem_audience_unknown: ['item'],
  problem_audience_unknown_near: ['item', 'near'],
  problem_end_before_start: ['end', 'start'],
  problem_date_not_real_cell: [],
  problem_date_not_real: ['value'],
  problem_date_invalid: ['value'],
  problem_fee_invalid: ['value'],
  problem_format_empty: [],
  problem_format_invalid: ['value'],
  problem_status_invalid: ['value'],
  problem_url_invalid: ['value'],
  problem_id_starts_with_dash: ['id'],
  problem_id_only_dots: ['id'],
  problem_outside_table: ['text', 'columns'],
  problem_limit_bytes: ['entryMb', 'where'],
  problem_limit_ratio: ['ratio', 'where'],
  problem_limit_element: ['millionChars', 'where'],
  problem_limit_columns: ['columns', 'where'],
  problem_limit_rows: ['rows', 'where'],
  problem_limit_depth: ['depth', 'where'],
  problem_limit_aliases: ['aliases', 'where'],
  problem_limit_blank: ['blankRows', 'where'],
  problem_limit_cell: ['millionChars', 'where'],
  problem_no_projects: [],
  problem_empty_table: [],
  problem_empty_list: [],
  problem_column_twice: ['header', 'earlier', 'name', 'field'],
  problem_column_missing: ['header', 'field'],
  problem_old_xls: [],
  problem_unknown_ending: ['endings'],
  problem_not_utf8: [],
  problem_not_utf8_gbk: [],
  problem_not_utf8_other: [],
  problem_utf16: [],
  problem_xlsx_as_csv: [],
  problem_csv_malformed: ['line', 'detail'],
  problem_not_a_list: [],
  problem_json_invalid: ['detail'],
  problem_yaml_invalid: ['detail'],
  problem_xlsx_damaged: [],
  problem_sheet_missing: ['sheet', 'sheets'],
  problem_folder: ['path'],
  problem_no_file: ['path'],
  problem_id_in_other_file: ['id', 'other'],
  where_cell: ['ref'],
  where_line: ['line'],
  where_near_line: ['line'],
  where_row: ['row'],
  where_part: ['name'],
  where_part_larger: ['name'],
  where_tag: ['tag'],
  where_fields: ['fields'],
  where_line_columns: ['line', 'columns'],
  where_row_columns: ['row', 'columns'],
  no_project: ['id'],
  no_import_to_undo: [],
  ids_repeated: ['ids'],
  import_running: ['pid', 'since'],
  import_lock_failed: [],
}

/** Checks the catalogue templates at start (fails fast on a typo). */
export function declareCataloguePrompts(prompts: Prompts): Prompts {
  return prompts.declare('catalogue', CATALOGUE_PROMPTS)
}

/** Why the row is wrong, in `lang`; a refusal's place (`where_at`, from file-limits.ts) is worded by `where_<at>`. */
export function problemReason(prompts: Prompts, lang: Lang, p: CatalogueProblem): string {
  const key = p.code ? `catalogue.problem_${p.code}` : ''
  if (!key || !prompts.has(lang, key)) return p.reason
  const params = { ...(p.params ?? {}) }
  const at = params.where_at
  if (typeof at === 'string' && prompts.has(lang, `catalogue.where_${at}`)) params.where = prompts.t(lang, `catalogue.where_${at}`, params)
  return prompts.t(lang, key, params)
}

/**
 * One problem as staff read it: `第 7 行，面向人群：没有“老年”这类人群…` / `row 7, 面向人群: …`.
 * Reasons quote cells of the file, which may come from outside: control characters and escape sequences are stripped.
 */
export function problemLine(prompts: Prompts, lang: Lang, p: CatalogueProblem): string {
  const reason = problemReason(prompts, lang, p)
  const at = p.row > 0
    ? prompts.t(lang, 'catalogue.problem_at', { row: p.row, column: p.column || '-', reason })
    : p.column ? prompts.t(lang, 'catalogue.problem_column', { column: p.column, reason }) : reason
  return terminalSafe(p.file ? prompts.t(lang, 'catalogue.problem_in_file', { file: p.file, where: at }) : at)
}

/** One warning about a file that was read anyway, in the staff member's language (file cells stripped of control characters). */
export function warningLine(prompts: Prompts, lang: Lang, w: CatalogueWarning): string {
  const said = prompts.t(lang, `catalogue.warning_${w.code}`, w.params)
  return terminalSafe(w.file ? prompts.t(lang, 'catalogue.problem_in_file', { file: w.file, where: said }) : said)
}

/** The lines a CLI prints for `problems` (at most `max`, then "… and N more"). */
export function problemLines(prompts: Prompts, lang: Lang, problems: CatalogueProblem[], max: number): string[] {
  const lines = problems.slice(0, max).map((p) => problemLine(prompts, lang, p))
  if (problems.length > max) lines.push(prompts.t(lang, 'catalogue.problem_more', { count: problems.length - max }))
  return lines
}
