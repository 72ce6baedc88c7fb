/**
 * @module staff/upload-worker
 * A staff member's upload (a workbook sent in chat) was parsed, checked and
 * imported on the bot's event loop: a 25,000-row file held it for many
 * seconds (reading the sheet, segmenting every row for the FTS index), and
 * learners waited. Here those steps run in a worker thread with its own
 * connection to the same SQLite file, exactly as `learnfinder import` would
 * from another process: the import lock, the all-or-nothing transaction and
 * the staged FTS index are the store's own. The bot then notices the new
 * catalogue version and re-indexes off its event loop too. The Telegram
 * upload and the web console's import (and its undo) both go through these
 * steps: one code path. So do the console's single-project writes (an edit,
 * an archive, a restore): on the bot's thread they waited, event loop and
 * all, for another process's import to commit. The same file is the worker's
 * entry (it runs when started as the worker).
 */
import { CatalogueError, type CatalogueProblem } from '../catalogue/catalogue-error.js'
import type { CatalogueStore, ImportPlan, ImportRecord } from '../catalogue/catalogue-store.js'
import type { Project } from '../catalogue/project.js'
import { Taxonomy, type TaxonomyEntry } from '../catalogue/taxonomy.js'
import { SqliteCatalogueStore } from '../catalogue/sqlite-catalogue-store.js'
import { openDatabase } from '../db/open-database.js'
import { runInWorker, serveWorkerJob } from '../db/worker-thread.js'
import { UserError, type SaidAs } from '../errors.js'
import { createLexicalIndex } from '../search/lexical-index.js'

const KIND = 'learnfinder-upload'

/** What the worker is asked to do with one uploaded file. */
interface UploadJob {
  step: 'check' | 'import' | 'rollback' | 'apply' | 'archive'
  dbPath: string
  fileName: string
  data?: Uint8Array
  taxonomy: { topics: TaxonomyEntry[]; audiences: TaxonomyEntry[] }
  /** Who imports or undoes (import and rollback steps), as recorded in the catalogue history. */
  who?: string
  /** The apply step: the projects to write as they are, and what the history records as their files. */
  projects?: Project[]
  files?: string[]
  /** The archive step: the project taken offline. */
  id?: string
}

/** How many of each kind of change a check shows in full (the counts are always whole). */
export const PREVIEW_IDS = 200
/** How many updated projects a check hands back for a field-by-field comparison. */
export const PREVIEW_UPDATED = 100

/** What a check shows staff beyond the counts: the first added and archived ids, and the first updated projects as the file has them. */
export interface ImportPreview {
  added: { id: string; title: string }[]
  archived: string[]
  updated: Project[]
}

/** The outcome of a step: counts (and the record when imported or undone), or what is wrong with the file. */
export type UploadOutcome =
  | { kind: 'checked'; rows: number; plan: { added: number; updated: number; unchanged: number; archived: number }; preview: ImportPreview }
  | { kind: 'imported'; rows: number; record: ImportRecord }
  | { kind: 'rolled-back'; record: ImportRecord }
  | { kind: 'archived'; project: Project }
  | { kind: 'problems'; problems: CatalogueProblem[] }
  | { kind: 'failed'; message: string; said?: SaidAs }

/** The upload steps as the chat upload feature calls them, here or in a worker. */
export interface UploadSteps {
  /** Reads and checks the file and plans its import against the catalogue (changes nothing). */
  check(fileName: string, data: Uint8Array): Promise<UploadOutcome>
  /** Reads, checks and imports the file, all or nothing. */
  importFile(fileName: string, data: Uint8Array, who: string): Promise<UploadOutcome>
  /** Undoes the last import not undone yet ('failed' when there is none, or another import is running). */
  rollbackLast(who: string): Promise<UploadOutcome>
  /** Writes these projects as they are (a console edit or restore), all or nothing; the history records `files`. */
  applyProjects(projects: Project[], who: string, files: string[]): Promise<UploadOutcome>
  /** Takes one project offline ('failed' when there is no such project). */
  archive(id: string, who: string): Promise<UploadOutcome>
}

/**
 * A write step's result, or the error the catalogue store would have thrown itself: for callers that used to call
 * the store on the bot's thread (a console edit, `/kb archive`, `/kb undo`) and keep their own error handling.
 */
export function outcomeOf<K extends UploadOutcome['kind']>(outcome: UploadOutcome, kind: K): Extract<UploadOutcome, { kind: K }> {
  if (outcome.kind === kind) return outcome as Extract<UploadOutcome, { kind: K }>
  if (outcome.kind === 'problems') throw new CatalogueError('nothing was changed', outcome.problems)
  throw new UserError(outcome.kind === 'failed' ? outcome.message : outcome.kind, [], outcome.kind === 'failed' ? outcome.said : undefined)
}

/** Upload steps that run in a worker thread on the SQLite catalogue at `dbPath`. */
export function uploadStepsOffThread(dbPath: string, taxonomy: UploadJob['taxonomy']): UploadSteps {
  // A copy is moved to the worker: the caller keeps its buffer.
  const run = (job: Omit<UploadJob, 'dbPath' | 'taxonomy'>) => {
    const data = job.data && new Uint8Array(job.data)
    return runInWorker<UploadOutcome>(import.meta.url, KIND, { ...job, data, dbPath, taxonomy }, data ? [data.buffer] : [])
  }
  return {
    check: (fileName, data) => run({ step: 'check', fileName, data }),
    importFile: (fileName, data, who) => run({ step: 'import', fileName, data, who }),
    rollbackLast: (who) => run({ step: 'rollback', fileName: '', who }),
    applyProjects: (projects, who, files) => run({ step: 'apply', fileName: '', projects, files, who }),
    archive: (id, who) => run({ step: 'archive', fileName: '', id, who }),
  }
}

/** Upload steps on this thread, for a catalogue the worker cannot open (PostgreSQL, or a database in memory). */
export function uploadStepsInThread(catalogue: StepStore, taxonomy: Taxonomy): UploadSteps {
  return {
    check: (fileName, data) => uploadStep(catalogue, taxonomy, { step: 'check', fileName, data }),
    importFile: (fileName, data, who) => uploadStep(catalogue, taxonomy, { step: 'import', fileName, data, who }),
    rollbackLast: (who) => uploadStep(catalogue, taxonomy, { step: 'rollback', fileName: '', who }),
    applyProjects: (projects, who, files) => uploadStep(catalogue, taxonomy, { step: 'apply', fileName: '', projects, files, who }),
    archive: (id, who) => uploadStep(catalogue, taxonomy, { step: 'archive', fileName: '', id, who }),
  }
}

/** What the steps need of a catalogue store. */
type StepStore = Pick<CatalogueStore, 'planImport' | 'applyImport' | 'rollbackLast' | 'archive'>

/** One step on a catalogue store: read and check the file, then plan or import it. */
async function uploadStep(store: StepStore, taxonomy: Taxonomy,
  job: Omit<UploadJob, 'dbPath' | 'taxonomy'>): Promise<UploadOutcome> {
  try {
    const who = job.who ?? 'staff'
    if (job.step === 'rollback') return { kind: 'rolled-back', record: await store.rollbackLast(who) }
    if (job.step === 'archive') return { kind: 'archived', project: await store.archive(job.id ?? '', who) }
    if (job.step === 'apply') {
      const projects = job.projects ?? []
      return { kind: 'imported', rows: projects.length, record: await store.applyImport(projects, { who, files: job.files ?? [] }) }
    }
    const bytes = job.data ?? new Uint8Array()
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    // The file readers (spreadsheet, CSV, YAML) load with the first upload: every process that wires the staff layer
    // reaches this module, and `learnfinder ask` reads no file (loading them cost its start about a tenth of a second).
    const { readCatalogueBuffer } = await import('../catalogue/read-catalogue.js')
    const { projects } = await readCatalogueBuffer(data, job.fileName, { taxonomy })
    if (job.step === 'check') {
      const plan = await store.planImport(projects)
      const n = (k: keyof ImportPlan) => plan[k].length
      const byId = new Map(projects.map((p) => [p.id, p]))
      const preview: ImportPreview = {
        added: plan.added.slice(0, PREVIEW_IDS).map((id) => ({ id, title: byId.get(id)?.title ?? '' })),
        archived: plan.archived.slice(0, PREVIEW_IDS),
        updated: plan.updated.slice(0, PREVIEW_UPDATED).flatMap((id) => byId.get(id) ?? []),
      }
      return { kind: 'checked', rows: projects.length, plan: { added: n('added'), updated: n('updated'), unchanged: n('unchanged'), archived: n('archived') }, preview }
    }
    const record = await store.applyImport(projects, { who, files: [job.fileName] })
    return { kind: 'imported', rows: projects.length, record }
  } catch (err) {
    if (err instanceof CatalogueError && err.problems.length) return { kind: 'problems', problems: err.problems }
    if (err instanceof UserError) return { kind: 'failed', message: err.message, said: err.said }
    throw err
  }
}

async function runJob(job: UploadJob): Promise<UploadOutcome> {
  const taxonomy = new Taxonomy(job.taxonomy)
  const db = openDatabase(job.dbPath)
  try {
    const store = new SqliteCatalogueStore(db)
    if (job.step !== 'check') {
      // The FTS index is kept in step inside the import's transaction, as the bot's own store does.
      const lexical = createLexicalIndex(db, taxonomy)
      const version = await store.version()
      if (!lexical.inStep(version)) lexical.rebuild(await store.list({ status: 'active' }), version)
      store.addHook(lexical.hook)
    }
    return await uploadStep(store, taxonomy, job)
  } finally {
    db.close()
  }
}

serveWorkerJob(KIND, runJob)
