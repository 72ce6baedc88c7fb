/**
 * @module db/worker-thread
 * Heavy database work (re-indexing a large catalogue, a staff upload's
 * parse, check and import) runs in a worker thread with its own SQLite
 * connection, so the bot's event loop keeps answering learners meanwhile.
 * One place for how such a worker starts (it runs TypeScript like the CLI:
 * tsx is registered in the worker first, then the module is imported) and for
 * its one-answer protocol: the worker posts one value, or one error message.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { dirname, join } from 'node:path'

/** What a worker answers: its value, or the message of what it threw. */
type Answer<T> = { value: T } | { error: string }

/**
 * Starts the module at `moduleUrl` (pass `import.meta.url`) in a worker
 * thread with `job` as its data and resolves with the value its
 * {@link serveWorkerJob} produced; rejects with its error, or when it dies.
 */
export function runInWorker<T>(moduleUrl: string, kind: string, job: object, transfer: ArrayBuffer[] = []): Promise<T> {
  const worker = startWorker(moduleUrl, kind, job, transfer)
  return new Promise((resolve, reject) => {
    worker.once('message', (m: Answer<T>) => {
      if ('error' in m) reject(new Error(m.error))
      else resolve(m.value)
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the worker stopped (exit ${code}) before it answered`)))
  })
}

/**
 * Starts the module at `moduleUrl` in a worker thread with `job` (and
 * `kind`) as its data; the one way every learnfinder worker boots, whether it
 * answers once ({@link runInWorker}) or serves many requests (db/sqlite-writer).
 */
export function startWorker(moduleUrl: string, kind: string, job: object, transfer: ArrayBuffer[] = []): Worker {
  const self = pathToFileURL(fileURLToPath(moduleUrl)).href
  // Compiled JavaScript (dist/) loads as it is. Only TypeScript sources need tsx, whose loader hooks would
  // also slow every later import of the whole process.
  let boot = `import(${JSON.stringify(self)})`
  if (!self.endsWith('.js')) {
    const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'))
    const tsx = pathToFileURL(join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href
    boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}) })`
  }
  return new Worker(boot, { eval: true, workerData: { ...job, kind }, transferList: transfer })
}

/** In the worker: the job this thread was started with, when it was started for `kind`. */
export function workerJob<J>(kind: string): J | undefined {
  const job = workerData as (J & { kind?: string }) | undefined
  return parentPort && job?.kind === kind ? job : undefined
}

/**
 * In the worker: when this thread was started for `kind`, runs the job and
 * posts its value (moving the buffers `transfer` names instead of copying them).
 */
export function serveWorkerJob<J, T>(kind: string, run: (job: J) => Promise<T>, transfer: (value: T) => ArrayBuffer[] = () => []): void {
  const job = workerJob<J>(kind)
  if (!job || !parentPort) return
  const port = parentPort
  run(job).then(
    (value) => port.postMessage({ value } satisfies Answer<T>, transfer(value)),
    (err: Error) => port.postMessage({ error: err?.message ?? String(err) } satisfies Answer<T>),
  )
}
