/** @jsxImportSource hono/jsx */
/**
 * @module staff/web/pages-overview
 * The console's front page: how big the catalogue is (active and archived,
 * by topic and by audience, as charts), whether the search index is up to
 * date, and this week's questions, found-nothing share and feedback.
 */
import { taxonomyLabel } from '../staff-engine.js'
import type { PageModule } from './console-context.js'
import { Chart, Layout } from './layout.js'

/** Active and archived counts per taxonomy id, in taxonomy order. */
function tallyBy(projects: { status: string; topics: string[]; audiences: string[] }[], kind: 'topics' | 'audiences', ids: string[]) {
  const active = new Map(ids.map((id) => [id, 0]))
  const archived = new Map(ids.map((id) => [id, 0]))
  for (const p of projects) for (const id of p[kind]) {
    const m = p.status === 'active' ? active : archived
    m.set(id, (m.get(id) ?? 0) + 1)
  }
  return { active: ids.map((id) => active.get(id) ?? 0), archived: ids.map((id) => archived.get(id) ?? 0) }
}

/** GET /admin/: the overview. */
export const overviewPages: PageModule = (app, deps) => {
  app.get('/', async (c) => {
    const t = c.get('t')
    const lang = c.get('lang')
    const [projects, version, turns] = await Promise.all([
      deps.catalogue.all(),
      deps.catalogue.version(),
      deps.turns(new Date(Date.now() - 7 * 86_400_000)),
    ])
    const active = projects.filter((p) => p.status === 'active').length
    const questions = turns.filter((x) => !x.feedback)
    const nothing = questions.filter((x) => !x.matched).length
    const up = turns.filter((x) => x.feedback?.value === 'up').length
    const down = turns.filter((x) => x.feedback?.value === 'down').length
    const indexed = deps.search.indexedVersion()
    const charts = (['topics', 'audiences'] as const).map((kind) => {
      const ids = deps.taxonomy.entries(kind).map((e) => e.id)
      const counts = tallyBy(projects, kind, ids)
      return {
        id: `chart-${kind}`,
        title: t(kind === 'topics' ? 'ov_by_topic' : 'ov_by_audience'),
        config: {
          type: 'bar',
          data: {
            labels: ids.map((id) => taxonomyLabel(deps.taxonomy, id, lang)),
            datasets: [
              { label: t('ov_active'), data: counts.active, backgroundColor: '#2f6db5' },
              { label: t('ov_archived'), data: counts.archived, backgroundColor: '#c0c8d4' },
            ],
          },
          options: { indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } },
        },
      }
    })
    return c.html(
      <Layout c={c} title={t('nav_overview')} active="nav_overview">
        <div class="cards">
          <div class="card"><div>{t('ov_active')}</div><div class="big" id="count-active">{active}</div></div>
          <div class="card"><div>{t('ov_archived')}</div><div class="big">{projects.length - active}</div></div>
          <div class="card"><div>{t('ov_index')}</div><div>{indexed === version ? t('ov_index_ready', { version }) : t('ov_index_updating')}</div></div>
          <div class="card"><div>{t('ov_questions_week')}</div><div class="big">{questions.length}</div></div>
          <div class="card"><div>{t('ov_nothing_share')}</div><div class="big">{questions.length ? `${Math.round((nothing / questions.length) * 100)}%` : '-'}</div></div>
          <div class="card"><div>{t('ov_feedback')}</div><div class="big">{`${up} / ${down}`}</div></div>
        </div>
        <div class="charts">
          {charts.map((ch) => (
            <section>
              <h2>{ch.title}</h2>
              <Chart id={ch.id} config={ch.config} />
            </section>
          ))}
        </div>
      </Layout>,
    )
  })
}
