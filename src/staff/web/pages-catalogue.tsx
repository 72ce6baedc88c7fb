/** @jsxImportSource hono/jsx */
/**
 * @module staff/web/pages-catalogue
 * The catalogue table (paged, searchable, filtered by topic, audience,
 * region, format and status), one project with every field, its edit form
 * (checked like an import), archive and restore, and export to XLSX/CSV
 * through the same exporter as `learnfinder export`.
 */
import { exportCatalogue } from '../../catalogue/export-catalogue.js'
import { CatalogueError } from '../../catalogue/catalogue-error.js'
import { FORMATS, type Project } from '../../catalogue/project.js'
import { fold } from '../../text/fold.js'
import { taxonomyLabel } from '../staff-engine.js'
import { BASE, field, whoOf, type ConsoleContext, type PageModule } from './console-context.js'
import { EDIT_FIELDS, projectCells, projectFromCells } from './catalogue-edit.js'
import { Csrf, Flash, Layout, Problems } from './layout.js'

const PAGE_SIZE = 50

interface Filter {
  q: string
  topic: string
  audience: string
  region: string
  format: string
  status: string
}

function readFilter(c: ConsoleContext): Filter {
  const q = (k: string) => (c.req.query(k) ?? '').trim()
  return { q: q('q'), topic: q('topic'), audience: q('audience'), region: q('region'), format: q('format'), status: q('status') || 'all' }
}

/** Each project's searchable text, folded once (projects are shared per catalogue version, so this lives as long as they do). */
const haystacks = new WeakMap<Project, string>()
function haystack(p: Project): string {
  let text = haystacks.get(p)
  if (text === undefined) haystacks.set(p, (text = fold(`${p.id} ${p.title} ${p.provider} ${p.summary} ${p.tags.join(' ')}`)))
  return text
}

/** The projects a filter keeps, in id order. */
export function filterProjects(projects: Project[], f: Filter): Project[] {
  const q = fold(f.q)
  const region = fold(f.region)
  return projects.filter(
    (p) =>
      (f.status === 'all' || p.status === f.status) &&
      (!f.topic || p.topics.includes(f.topic)) &&
      (!f.audience || p.audiences.includes(f.audience)) &&
      (!f.format || p.format === f.format) &&
      (!region || fold(p.region ?? '').includes(region)) &&
      (!q || haystack(p).includes(q)),
  )
}

function query(f: Filter, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v !== '' && v !== undefined) params.set(k, String(v))
  return params.toString()
}

/** GET/POST /admin/catalogue…: the catalogue pages. */
export const cataloguePages: PageModule = (app, deps) => {
  const label = (c: ConsoleContext, id: string) => taxonomyLabel(deps.taxonomy, id, c.get('lang'))
  const formatWord = (c: ConsoleContext, f: string) => c.get('t')(`format_${f}`)

  app.get('/catalogue', async (c) => {
    const t = c.get('t')
    const f = readFilter(c)
    const found = filterProjects(await deps.catalogue.all(), f)
    const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE))
    const page = Math.min(pages, Math.max(1, Number(c.req.query('page')) || 1))
    const rows = found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
    const select = (name: keyof Filter, options: [string, string][]) => (
      <div>
        <label for={`f-${name}`}>{t(`cat_${name}`)}</label>
        <select id={`f-${name}`} name={name}>
          <option value="">{t('cat_all')}</option>
          {options.map(([v, l]) => <option value={v} selected={f[name] === v}>{l}</option>)}
        </select>
      </div>
    )
    return c.html(
      <Layout c={c} title={t('nav_catalogue')} active="nav_catalogue">
        <Flash c={c} />
        <form class="filters" method="get" action={`${BASE}/catalogue`}>
          <div><label for="f-q">{t('cat_search')}</label><input id="f-q" name="q" value={f.q} placeholder={t('cat_search_hint')} /></div>
          {select('topic', deps.taxonomy.topics.map((e) => [e.id, label(c, e.id)]))}
          {select('audience', deps.taxonomy.audiences.map((e) => [e.id, label(c, e.id)]))}
          <div><label for="f-region">{t('cat_region')}</label><input id="f-region" name="region" value={f.region} size={8} /></div>
          {select('format', FORMATS.map((x) => [x, formatWord(c, x)]))}
          <div>
            <label for="f-status">{t('cat_status')}</label>
            <select id="f-status" name="status">
              {['all', 'active', 'archived'].map((s) => <option value={s} selected={f.status === s}>{s === 'all' ? t('cat_all') : t(`status_${s}`)}</option>)}
            </select>
          </div>
          <button type="submit">{t('cat_filter')}</button>
          <a class="button secondary" href={`${BASE}/catalogue/export.xlsx?${query(f)}`}>{t('cat_export_xlsx')}</a>
          <a class="button secondary" href={`${BASE}/catalogue/export.csv?${query(f)}`}>{t('cat_export_csv')}</a>
        </form>
        <p class="muted" id="catalogue-count">{t('cat_count', { count: found.length, page, pages })}</p>
        <div class="scroll">
          <table id="catalogue">
            <thead><tr><th>{t('cat_id')}</th><th>{t('cat_title')}</th><th>{t('cat_provider')}</th><th>{t('cat_topic')}</th><th>{t('cat_audience')}</th><th>{t('cat_format')}</th><th>{t('cat_region')}</th><th>{t('cat_fee')}</th><th>{t('cat_status')}</th></tr></thead>
            <tbody>
              {rows.map((p) => (
                <tr>
                  <td><a href={`${BASE}/catalogue/${encodeURIComponent(p.id)}`}>{p.id}</a></td>
                  <td>{p.title}</td>
                  <td>{p.provider}</td>
                  <td>{p.topics.map((x) => label(c, x)).join('、')}</td>
                  <td>{p.audiences.map((x) => label(c, x)).join('、')}</td>
                  <td>{formatWord(c, p.format)}</td>
                  <td>{p.region ?? ''}</td>
                  <td>{p.fee === null ? '' : p.fee}</td>
                  <td>{t(`status_${p.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          {page > 1 && <a href={`${BASE}/catalogue?${query(f, { page: page - 1 })}`}>{t('cat_prev')}</a>}{' '}
          {page < pages && <a href={`${BASE}/catalogue?${query(f, { page: page + 1 })}`}>{t('cat_next')}</a>}
        </p>
      </Layout>,
    )
  })

  for (const format of ['xlsx', 'csv'] as const) {
    app.get(`/catalogue/export.${format}`, async (c) => {
      const projects = filterProjects(await deps.catalogue.all(), readFilter(c))
      const data = await exportCatalogue(projects, format, deps.taxonomy)
      const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      return c.body(new Uint8Array(data), 200, { 'content-type': type, 'content-disposition': `attachment; filename="catalogue.${format}"` })
    })
  }

  const projectPage = async (c: ConsoleContext, p: Project, edited?: Record<string, string>, problems?: CatalogueError) => {
    const t = c.get('t')
    const cells = { ...projectCells(p, deps.taxonomy), ...edited }
    const editor = c.get('user')?.role === 'editor'
    return c.html(
      <Layout c={c} title={`${p.id} ${p.title}`} active="nav_catalogue">
        <p><a href={`${BASE}/catalogue`}>{t('proj_back')}</a></p>
        <Flash c={c} />
        {problems && <Problems c={c} prompts={deps.prompts} heading={t('proj_problems', { count: problems.problems.length })} problems={problems.problems} />}
        <p>{t('cat_status')}: <strong id="project-status">{t(`status_${p.status}`)}</strong></p>
        <form method="post" action={`${BASE}/catalogue/${encodeURIComponent(p.id)}/edit`} id="edit-form">
          <Csrf c={c} />
          <p class="muted">{t('proj_edit_hint')}</p>
          <div class="fields">
            {EDIT_FIELDS.filter((f) => f.field !== 'status').map(({ field: name, header }) => (
              <div>
                <label for={`e-${name}`}>{header}</label>
                {name === 'summary' || name === 'summary_en'
                  ? <textarea id={`e-${name}`} name={header} disabled={!editor}>{cells[header] ?? ''}</textarea>
                  : <input id={`e-${name}`} name={header} value={cells[header] ?? ''} disabled={!editor} />}
              </div>
            ))}
            {Object.keys(p.extra).map((k) => <div><label>{k}</label><input value={p.extra[k]} disabled /></div>)}
          </div>
          {editor && <p><button type="submit">{t('proj_save')}</button></p>}
        </form>
        {editor && (
          <form method="post" action={`${BASE}/catalogue/${encodeURIComponent(p.id)}/${p.status === 'active' ? 'archive' : 'restore'}`}>
            <Csrf c={c} />
            <button type="submit" class={p.status === 'active' ? 'danger' : ''} id="status-button">{t(p.status === 'active' ? 'proj_archive' : 'proj_restore')}</button>
          </form>
        )}
      </Layout>,
      problems ? 400 : 200,
    )
  }

  const load = async (c: ConsoleContext) => deps.catalogue.get(c.req.param('id') ?? '')

  app.get('/catalogue/:id', async (c) => {
    const p = await load(c)
    if (!p) return c.notFound()
    return projectPage(c, p)
  })

  app.post('/catalogue/:id/edit', async (c) => {
    const p = await load(c)
    if (!p) return c.notFound()
    const body = await c.req.parseBody()
    const edited = Object.fromEntries(EDIT_FIELDS.filter((f) => f.field !== 'status').map((f) => [f.header, field(body, f.header)]))
    let next: Project
    try {
      next = await projectFromCells(p, edited, deps.taxonomy)
    } catch (err) {
      if (err instanceof CatalogueError) return projectPage(c, p, edited, err)
      throw err
    }
    const plan = await deps.catalogue.plan([next])
    if (plan.unchanged.length) return c.redirect(`${BASE}/catalogue/${encodeURIComponent(p.id)}?ok=proj_unchanged`, 303)
    const rec = await deps.catalogue.apply([next], whoOf(c), [`console edit ${p.id}`])
    const changed = Object.keys(edited).filter((h) => edited[h] !== projectCells(p, deps.taxonomy)[h])
    await deps.admins.record({ channel: 'web', userId: c.get('user')!.name, action: 'project edit', detail: `${p.id}: ${changed.join(', ')} → import ${rec.id}`, allowed: true })
    void deps.search.refresh().catch(() => undefined)
    return c.redirect(`${BASE}/catalogue/${encodeURIComponent(p.id)}?ok=proj_saved`, 303)
  })

  app.post('/catalogue/:id/archive', async (c) => {
    const p = await load(c)
    if (!p) return c.notFound()
    await deps.catalogue.archive(p.id, whoOf(c))
    await deps.admins.record({ channel: 'web', userId: c.get('user')!.name, action: 'project archive', detail: p.id, allowed: true })
    void deps.search.refresh().catch(() => undefined)
    return c.redirect(`${BASE}/catalogue/${encodeURIComponent(p.id)}?ok=proj_archived`, 303)
  })

  app.post('/catalogue/:id/restore', async (c) => {
    const p = await load(c)
    if (!p) return c.notFound()
    if (p.status === 'archived') {
      await deps.catalogue.apply([{ ...p, status: 'active' }], whoOf(c), [`console restore ${p.id}`])
      await deps.admins.record({ channel: 'web', userId: c.get('user')!.name, action: 'project restore', detail: p.id, allowed: true })
      void deps.search.refresh().catch(() => undefined)
    }
    return c.redirect(`${BASE}/catalogue/${encodeURIComponent(p.id)}?ok=proj_restored`, 303)
  })
}
