/** @jsxImportSource hono/jsx */
/**
 * @module staff/web/pages-report
 * What learners ask: the report of src/staff/report.ts (topics, audiences,
 * regions, found-nothing questions grouped, most and least shown projects,
 * feedback) with charts, questions per day by topic, a CSV download, and,
 * beside each found-nothing question, a form that adds an everyday word to
 * the related-words table (validated like the file, applied at once, audited).
 */
import { isUserError, UserError } from '../../errors.js'
import { buildReport, type Count } from '../report.js'
import { renderReportCsv } from '../render-report.js'
import type { LoggedTurn } from '../turn-log-store.js'
import { taxonomyLabel } from '../staff-engine.js'
import { BASE, field, words, type ConsoleContext, type PageModule } from './console-context.js'
import type { ConsoleDeps } from './console-deps.js'
import { barChart, Chart, Csrf, Layout, Msg } from './layout.js'

const PERIODS = [7, 30, 180]
const COLORS = ['#2f6db5', '#e07b39', '#3a9d5d', '#b23a48', '#7a5bb5', '#888888']

function days(c: ConsoleContext): number {
  const d = Number(c.req.query('days'))
  return PERIODS.includes(d) ? d : 7
}

/** Questions per day: the total and the five most asked topics. */
function overTime(turns: LoggedTurn[], from: Date, n: number, label: (id: string) => string, total: string) {
  const labels: string[] = []
  for (let i = 0; i < n; i++) labels.push(new Date(from.getTime() + (i + 1) * 86_400_000).toISOString().slice(0, 10))
  const index = new Map(labels.map((d, i) => [d, i]))
  const all = labels.map(() => 0)
  const byTopic = new Map<string, number[]>()
  for (const turn of turns) {
    if (turn.feedback) continue
    const i = index.get(turn.at.slice(0, 10))
    if (i === undefined) continue
    all[i]++
    for (const s of turn.slots?.topics ?? []) {
      const row = byTopic.get(s.id) ?? labels.map(() => 0)
      row[i]++
      byTopic.set(s.id, row)
    }
  }
  const top = [...byTopic.entries()].sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0)).slice(0, 5)
  const datasets = [{ label: total, data: all, borderColor: COLORS[5], backgroundColor: COLORS[5] }, ...top.map(([id, data], i) => ({ label: label(id), data, borderColor: COLORS[i], backgroundColor: COLORS[i] }))]
  return { type: 'line', data: { labels, datasets } }
}

async function reportFor(deps: ConsoleDeps, c: ConsoleContext) {
  const from = new Date(Date.now() - days(c) * 86_400_000)
  const [turns, projects] = await Promise.all([deps.turns(from), deps.catalogue.all()])
  const active = new Map(projects.filter((p) => p.status === 'active').map((p) => [p.id, p.title]))
  const label = (id: string) => taxonomyLabel(deps.taxonomy, id, c.get('lang'))
  return { from, turns, report: buildReport(turns, { since: from, projects: active, label, top: 15 }), label }
}

/** GET /admin/report, /admin/report.csv; POST /admin/report/words. */
export const reportPages: PageModule = (app, deps) => {
  const page = async (c: ConsoleContext, notice?: { kind: 'ok' | 'err'; text: string }) => {
    const t = c.get('t')
    const st = (key: string, vars?: Record<string, string | number>) => deps.prompts.t(c.get('lang'), `staff.${key}`, vars)
    const n = days(c)
    const { from, turns, report, label } = await reportFor(deps, c)
    const staffWords = await deps.words.list()
    const editor = c.get('user')?.role === 'editor'
    const bars = (id: string, title: string, counts: Count[]) => (
      <section><h2>{title}</h2>{counts.length ? <Chart id={id} config={barChart(t('rep_questions'), counts.map((x) => x.key), counts.map((x) => x.count), true)} /> : <p class="muted">{t('empty')}</p>}</section>
    )
    const shown = (id: string, title: string, list: (Count & { title: string })[]) => (
      <section>
        <h2>{title}</h2>
        <div class="scroll"><table id={id}><tbody>{list.map((x) => <tr><td><a href={`${BASE}/catalogue/${encodeURIComponent(x.key)}`}>{x.key}</a> {x.title}</td><td>{`×${x.count}`}</td></tr>)}</tbody></table></div>
      </section>
    )
    return c.html(
      <Layout c={c} title={t('nav_report')} active="nav_report">
        {notice && <Msg kind={notice.kind}><span id="word-result">{notice.text}</span></Msg>}
        <p>
          {t('rep_period')}: {PERIODS.map((d) => (d === n ? <strong>{t('rep_days', { days: d })} </strong> : <a href={`${BASE}/report?days=${d}`}>{t('rep_days', { days: d })} </a>))}
          <a class="button secondary" href={`${BASE}/report.csv?days=${n}`} id="report-csv">{t('rep_csv')}</a>
        </p>
        <p>{st('report_totals', { count: report.turns, turns: report.turns, users: report.users, unmatched: report.unmatchedTurns })}</p>
        <section><h2>{t('rep_over_time')}</h2><Chart id="chart-over-time" config={overTime(turns, from, n, label, t('rep_questions'))} /></section>
        <div class="charts">
          {bars('chart-topics', st('report_topics'), report.topics)}
          {bars('chart-audiences', st('report_audiences'), report.audiences)}
          {bars('chart-regions', st('report_regions'), report.regions)}
        </div>
        <h2>{st('report_unmatched')}</h2>
        <div class="scroll">
          <table id="unmatched">
            <tbody>
              {report.unmatched.map((u) => (
                <tr>
                  <td>{`${u.example} ×${u.count}`}</td>
                  <td>
                    {editor && (
                      <form method="post" action={`${BASE}/report/words?days=${n}`} class="filters">
                        <Csrf c={c} />
                        <div><label>{t('rep_say')}</label><input name="say" value={u.key} size={10} /></div>
                        <div><label>{t('rep_means')}</label><input name="means" size={14} /></div>
                        <button type="submit">{t('rep_add_word')}</button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="charts">
          {shown('most-shown', st('report_most_shown'), report.mostShown)}
          {shown('least-shown', st('report_least_shown'), report.leastShown)}
        </div>
        <h2>{st('report_feedback')}</h2>
        <div class="scroll"><table id="feedback"><tbody>{report.feedback.map((f) => <tr><td>{`${f.projectId} ${f.title}`}</td><td>{`👍 ${f.up}`}</td><td>{`👎 ${f.down}`}</td></tr>)}</tbody></table></div>
        <h2>{t('rep_staff_words')}</h2>
        <div class="scroll"><table id="staff-words"><tbody>{staffWords.map((w) => <tr><td>{w.say.join('、')}</td><td>→</td><td>{w.means.join('、')}</td><td>{w.addedBy}</td><td>{w.addedAt.slice(0, 10)}</td></tr>)}</tbody></table></div>
      </Layout>,
      notice?.kind === 'err' ? 400 : 200,
    )
  }

  app.get('/report', (c) => page(c))

  app.get('/report.csv', async (c) => {
    const { report } = await reportFor(deps, c)
    return c.body('\ufeff' + renderReportCsv(report), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="report-${days(c)}d.csv"` })
  })

  app.post('/report/words', async (c) => {
    const t = c.get('t')
    const body = await c.req.parseBody()
    const say = words(field(body, 'say'))
    const means = words(field(body, 'means'))
    const user = c.get('user')!.name
    try {
      if (!say.length || !means.length) throw new UserError(t('rep_means'))
      const w = await deps.words.add(say, means, `web:${user}`)
      await deps.admins.record({ channel: 'web', userId: user, action: 'related word add', detail: `${w.say.join(',')} → ${w.means.join(',')}`, allowed: true })
      return page(c, { kind: 'ok', text: t('rep_word_added', { say: w.say.join('、'), means: w.means.join('、') }) })
    } catch (err) {
      if (!isUserError(err)) throw err
      return page(c, { kind: 'err', text: t('rep_word_problem', { reason: [err.message, ...err.details].join('; ') }) })
    }
  })
}
