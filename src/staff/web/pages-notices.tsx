/** @jsxImportSource hono/jsx */
/**
 * @module staff/web/pages-notices
 * Subscription notices: how many learners follow each topic, who would be
 * told what next (the notifier's own plan, as `learnfinder notify --dry-run`
 * shows it), and a button that sends the due notices now through the
 * running channels (the same single-run queue as the periodic check).
 */
import { taxonomyLabel } from '../staff-engine.js'
import { BASE, type ConsoleContext, type PageModule } from './console-context.js'
import { barChart, Chart, Csrf, Layout, Msg } from './layout.js'

/** GET /admin/notices, POST /admin/notices/send. */
export const noticePages: PageModule = (app, deps) => {
  const page = async (c: ConsoleContext, sent?: { sent: number; failed: number; skipped: number }) => {
    const t = c.get('t')
    const lang = c.get('lang')
    const [subs, plan] = await Promise.all([deps.notices.subscriptions(), deps.notices.preview()])
    const perTopic = new Map<string, number>()
    for (const s of subs) for (const id of s.topics.length ? s.topics : ['-']) perTopic.set(id, (perTopic.get(id) ?? 0) + 1)
    const rows = [...perTopic.entries()].sort((a, b) => b[1] - a[1])
    const label = (id: string) => (id === '-' ? t('cat_all') : taxonomyLabel(deps.taxonomy, id, lang))
    return c.html(
      <Layout c={c} title={t('nav_notices')} active="nav_notices">
        {sent && <Msg kind="ok"><span id="sent">{t('not_sent', sent)}</span></Msg>}
        <h2>{t('not_subscribers')}</h2>
        <p>{t('not_total', { count: subs.length })}</p>
        {rows.length > 0 && <Chart id="chart-subscribers" config={barChart(t('not_subscribers'), rows.map(([id]) => label(id)), rows.map(([, n]) => n), true)} />}
        <h2>{t('not_preview')}</h2>
        {plan.length === 0 ? <p id="no-notices">{t('not_none')}</p> : (
          <div class="scroll">
            <table id="preview">
              <thead><tr><th>{t('not_to')}</th><th>{t('not_projects')}</th></tr></thead>
              <tbody>
                {plan.map((n) => (
                  <tr>
                    <td>{`${n.subscription.channel} · ${[...n.subscription.topics, ...n.subscription.audiences].map(label).join('、') || t('cat_all')}`}</td>
                    <td>{n.projects.slice(0, 3).map((p) => `${p.id} ${p.title}`).join('；')}{n.projects.length > 3 ? ` …(+${n.projects.length - 3})` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {c.get('user')?.role === 'editor' && (
          <form method="post" action={`${BASE}/notices/send`}>
            <Csrf c={c} />
            <button type="submit" id="send-notices">{t('not_send')}</button>
          </form>
        )}
      </Layout>,
    )
  }

  app.get('/notices', (c) => page(c))
  app.post('/notices/send', async (c) => {
    const result = await deps.notices.sendNow()
    await deps.admins.record({ channel: 'web', userId: c.get('user')!.name, action: 'notices send', detail: `sent ${result.sent}, failed ${result.failed}`, allowed: true })
    return page(c, result)
  })
}
