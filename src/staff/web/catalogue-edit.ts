/**
 * @module staff/web/catalogue-edit
 * Editing one project in the console goes through exactly the checks an
 * imported file gets: the form's values (shown as the exporter writes them)
 * become a one-row JSON catalogue with the export's Chinese headers, read by
 * the same reader. So a fee of "三百" or an unknown audience is refused with
 * the same words as in an import.
 */
import { parse } from 'csv-parse/sync'
import { exportCsv } from '../../catalogue/export-catalogue.js'
import { PROJECT_FIELDS, type Project } from '../../catalogue/project.js'
import { readCatalogueBuffer } from '../../catalogue/read-catalogue.js'
import type { Taxonomy } from '../../catalogue/taxonomy.js'
import { chineseHeader } from '../../catalogue/header-aliases.js'

/** The editable fields in export order, with their Chinese headers. */
export const EDIT_FIELDS = PROJECT_FIELDS.filter((f) => f !== 'id').map((f) => ({ field: f, header: chineseHeader(f) }))

/** A project's cells as the exporter writes them (header → text), extra columns included. */
export function projectCells(p: Project, taxonomy: Taxonomy): Record<string, string> {
  const [header, row] = parse(exportCsv([p], taxonomy), { bom: true }) as string[][]
  return Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']))
}

/**
 * The project the edited cells describe, validated like an import; throws
 * the reader's CatalogueError (with row and column) when a cell is wrong.
 */
export async function projectFromCells(p: Project, edited: Record<string, string>, taxonomy: Taxonomy): Promise<Project> {
  const row = { ...projectCells(p, taxonomy), ...edited, [chineseHeader('id')]: p.id }
  const parsed = await readCatalogueBuffer(Buffer.from(JSON.stringify([row])), `${p.id}.json`, { taxonomy })
  return parsed.projects[0]
}
