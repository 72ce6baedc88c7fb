/** @jsxImportSource hono/jsx */
/**
 * @module staff/web/pages-import
 * Upload a catalogue file → the dry-run report (added; updated, field by
 * field; unchanged; archived) or every problem with its row and column →
 * confirm → progress while search re-indexes (learners are answered from
 * the old index meanwhile) → done. Below: the import history and undo.
 */
import { randomBytes } from 'node:crypto'
import type { Child } from 'hono/jsx'
import type { Project } from '../../catalogue/project.js'
import type { ImportRecord } from '../../catalogue/catalogue-store.js'
import { UserError } from '../../errors.js'
import { errorText } from '../../prompts.js'
import type { UploadOutcome } from '../upload-worker.js'
import { BASE, whoOf, type ConsoleContext, type PageModule } from './console-context.js'
import type { ConsoleDeps } from './console-deps.js'
import { projectCells } from './catalogue-edit.js'
import { Csrf, Layout, Msg, Problems } from './layout.js'

const ACCEPTED = /\.(xlsx|csv|json|ya?ml)$/i
const MAX_BYTES = 20 * 1024 * 1024
const PENDING_MS = 30 * 60_000

/** A checked file waiting for 确认导入: its bytes are read again (in the worker) when confirmed. */
interface Job {
  user: string
  fileName: string
  data: Uint8Array | null
  at: number
  record?: ImportRecord
}

/** The fields that differ between two versions of a project, as the exporter writes them. */
async function diffs(deps: ConsoleDeps, updated: Project[]) {
  const out: { id: string; title: string; changes: { header: string; before: string; after: string }[] }[] = []
  for (const next of updated) {
    const id = next.id
    const old = await deps.catalogue.get(id)
    const a = old ? projectCells(old, deps.taxonomy) : {}
    const b = projectCells(next, deps.taxonomy)
    const headers = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    out.push({ id, title: next.title, changes: headers.filter((h) => (a[h] ?? '') !== (b[h] ?? '')).map((h) => ({ header: h, before: a[h] ?? '', after: b[h] ?? '' })) })
  }
  return out
}

/** A worker that died or threw is reported like any other refusal, never as a stack trace. */
const failedOutcome = (err: unknown): UploadOutcome => ({ kind: 'failed', message: err instanceof Error ? err.message : String(err) })

/** GET/POST /admin/import…: the import pages. */
export const importPages: PageModule = (app, deps) => {
  const jobs = new Map<string, Job>()

  const importPage = async (c: ConsoleContext, notice?: Child, status: 200 | 400 | 409 = 200) => {
    const t = c.get('t')
    const history = await deps.catalogue.history(30)
    const undoable = history.some((h) => h.kind === 'import' && h.rolledBackBy === null)
    return c.html(
      <Layout c={c} title={t('imp_title')} active="nav_import">
        {notice}
        <form method="post" action={`${BASE}/import/check`} enctype="multipart/form-data" id="upload-form">
          <Csrf c={c} />
          <p class="muted">{t('imp_hint')}</p>
          <label for="file">{t('imp_file')}</label>
          <input id="file" type="file" name="file" accept=".xlsx,.csv,.json,.yaml,.yml" required />{' '}
          <button type="submit">{t('imp_check')}</button>
        </form>
        <h2>{t('imp_history')}</h2>
        {undoable && (
          <form method="post" action={`${BASE}/import/undo`}>
            <Csrf c={c} />
            <button type="submit" class="secondary" id="undo-button">{t('imp_undo')}</button>
          </form>
        )}
        <div class="scroll">
          <table id="history">
            <thead><tr><th>#</th><th>{t('imp_kind')}</th><th>{t('imp_who')}</th><th>{t('imp_when')}</th><th>{t('imp_files')}</th><th>{t('imp_counts')}</th></tr></thead>
            <tbody>
              {history.map((h) => (
                <tr>
                  <td>{h.id}</td>
                  <td>{t(`imp_kind_${h.kind}`)}{h.rolledBackBy ? ` ${t('imp_rolled_back')}` : ''}</td>
                  <td>{h.who}</td>
                  <td>{h.at.slice(0, 19).replace('T', ' ')}</td>
                  <td>{h.files.join(', ')}</td>
                  <td>{`${h.added} / ${h.updated} / ${h.archived} / ${h.removed}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Layout>,
      status,
    )
  }

  /** The import page with why a file was refused: its problems, or one reason in the staff member's language. */
  const refused = (c: ConsoleContext, outcome: UploadOutcome, status: 400 | 409) => {
    const t = c.get('t')
    if (outcome.kind === 'problems') {
      return importPage(c, <Problems c={c} prompts={deps.prompts} heading={t('imp_problems', { count: outcome.problems.length })} problems={outcome.problems} />, status)
    }
    const reason = outcome.kind === 'failed' ? errorText(deps.prompts, c.get('lang'), new UserError(outcome.message, [], outcome.said)) : outcome.kind
    return importPage(c, <Msg kind="err">{t('imp_failed', { reason })}</Msg>, status)
  }

  app.get('/import', (c) => importPage(c))

  app.post('/import/check', async (c) => {
    const t = c.get('t')
    const file = (await c.req.parseBody()).file
    if (!(file instanceof File) || file.size === 0) return importPage(c, <Msg kind="err">{t('imp_no_file')}</Msg>, 400)
    if (!ACCEPTED.test(file.name)) return importPage(c, <Msg kind="err">{t('imp_bad_type')}</Msg>, 400)
    if (file.size > MAX_BYTES) return importPage(c, <Msg kind="err">{t('imp_failed', { reason: `> ${MAX_BYTES / 1048576} MB` })}</Msg>, 400)
    const user = c.get('user')!.name
    // Read, checked and planned in the worker thread, as a Telegram upload is: the bot keeps answering learners.
    const data = new Uint8Array(await file.arrayBuffer())
    const outcome = await deps.imports.check(file.name, data).catch(failedOutcome)
    if (outcome.kind !== 'checked') {
      await deps.admins.record({ channel: 'web', userId: user, action: 'upload', detail: `${file.name}: rejected`, allowed: true })
      return refused(c, outcome, 400)
    }
    const { plan, preview } = outcome
    for (const [k, j] of jobs) if (Date.now() - j.at > PENDING_MS) jobs.delete(k)
    const key = randomBytes(9).toString('base64url')
    jobs.set(key, { user, fileName: file.name, data, at: Date.now() })
    await deps.admins.record({ channel: 'web', userId: user, action: 'upload', detail: `${file.name}: checked, ${outcome.rows} rows`, allowed: true })
    const changed = await diffs(deps, preview.updated)
    const list = (items: { id: string; title: string }[], id: string) => (
      <ul id={id}>{items.map((x) => <li>{`${x.id} ${x.title}`}</li>)}</ul>
    )
    return c.html(
      <Layout c={c} title={`${t('imp_title')}: ${file.name}`} active="nav_import">
        <Msg kind="ok"><span id="plan">{t('imp_plan', { added: plan.added, updated: plan.updated, unchanged: plan.unchanged, archived: plan.archived })}</span></Msg>
        {plan.added > 0 && <><h2>{t('imp_added')}</h2>{list(preview.added, 'added')}</>}
        {changed.length > 0 && (
          <>
            <h2>{t('imp_updated')}</h2>
            <div class="scroll">
              <table id="diff">
                <thead><tr><th>{t('cat_id')}</th><th>{t('imp_field')}</th><th>{t('imp_before')}</th><th>{t('imp_after')}</th></tr></thead>
                <tbody>
                  {changed.flatMap((d) => d.changes.map((ch, i) => (
                    <tr>
                      <td>{i === 0 ? `${d.id} ${d.title}` : ''}</td>
                      <td>{ch.header}</td>
                      <td><del>{ch.before}</del></td>
                      <td><ins>{ch.after}</ins></td>
                    </tr>
                  )))}
                </tbody>
              </table>
            </div>
          </>
        )}
        {plan.archived > 0 && <><h2>{t('imp_archived')}</h2>{list(preview.archived.map((id) => ({ id, title: '' })), 'archived')}</>}
        <p>
          <form method="post" action={`${BASE}/import/${key}/confirm`} class="inline">
            <Csrf c={c} />
            <button type="submit" id="confirm-import">{t('imp_confirm')}</button>
          </form>{' '}
          <form method="post" action={`${BASE}/import/${key}/cancel`} class="inline">
            <Csrf c={c} />
            <button type="submit" class="secondary">{t('imp_cancel')}</button>
          </form>
        </p>
      </Layout>,
    )
  })

  app.post('/import/:key/cancel', async (c) => {
    const job = jobs.get(c.req.param('key'))
    if (job) {
      jobs.delete(c.req.param('key'))
      await deps.admins.record({ channel: 'web', userId: c.get('user')!.name, action: 'import cancelled', detail: job.fileName, allowed: true })
    }
    return importPage(c, <Msg kind="ok">{c.get('t')('imp_cancelled')}</Msg>)
  })

  app.post('/import/:key/confirm', async (c) => {
    const key = c.req.param('key')
    const job = jobs.get(key)
    if (!job || job.record || !job.data || Date.now() - job.at > PENDING_MS) return importPage(c, <Msg kind="err">{c.get('t')('imp_expired')}</Msg>, 409)
    const data = job.data
    job.data = null // one confirm per check, even when pressed twice
    // Read and imported in the worker thread (its own connection, the import lock, all or nothing).
    const outcome = await deps.imports.importFile(job.fileName, data, whoOf(c)).catch(failedOutcome)
    if (outcome.kind !== 'imported') {
      await deps.admins.record({ channel: 'web', userId: c.get('user')!.name, action: 'import', detail: `${job.fileName}: failed`, allowed: true })
      return refused(c, outcome, 409)
    }
    job.record = outcome.record
    await deps.admins.record({ channel: 'web', userId: c.get('user')!.name, action: 'import', detail: `${job.fileName} → import ${job.record.id}`, allowed: true })
    // The new index is built in the background; searches use the old one until it is swapped in.
    void deps.search.refresh().then(() => deps.notices.sendNow()).catch(() => undefined)
    return c.redirect(`${BASE}/import/${key}/progress`, 303)
  })

  const status = (c: ConsoleContext, key: string) => {
    const t = c.get('t')
    const rec = jobs.get(key)?.record
    if (!rec) return <Msg kind="err">{t('imp_expired')}</Msg>
    if (deps.search.indexedVersion() >= rec.version) {
      return <div id="import-status"><Msg kind="ok"><span id="import-done">{t('imp_done', { added: rec.added, updated: rec.updated, archived: rec.archived })}</span></Msg><a href={`${BASE}/import`}>{t('imp_history')}</a></div>
    }
    return <div id="import-status" hx-get={`${BASE}/import/${key}/status`} hx-trigger="load delay:400ms" hx-swap="outerHTML"><Msg kind="ok">{t('imp_progress')}</Msg></div>
  }

  app.get('/import/:key/progress', (c) => c.html(<Layout c={c} title={c.get('t')('imp_title')} active="nav_import">{status(c, c.req.param('key'))}</Layout>))
  app.get('/import/:key/status', (c) => c.html(status(c, c.req.param('key'))))

  app.post('/import/undo', async (c) => {
    const t = c.get('t')
    // Undone in the worker thread too: rolling back a large import writes as much as the import did.
    const outcome = await deps.imports.rollbackLast(whoOf(c)).catch(failedOutcome)
    if (outcome.kind !== 'rolled-back') return importPage(c, <Msg kind="err">{t('imp_nothing_to_undo')}</Msg>, 409)
    const rec = outcome.record
    await deps.admins.record({ channel: 'web', userId: c.get('user')!.name, action: 'import undo', detail: `import ${rec.undoes}`, allowed: true })
    void deps.search.refresh().catch(() => undefined)
    return importPage(c, <Msg kind="ok"><span id="undone">{t('imp_undone', { n: rec.undoes ?? '?' })}</span></Msg>)
  })
}
