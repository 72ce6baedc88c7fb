/** @jsxImportSource hono/jsx */
/**
 * @module staff/web/pages-hit-test
 * The hit test, as `learnfinder search --explain` shows it but for people
 * who never open a terminal: what the bot understood (slots), the ranked
 * projects with their score parts, and the exact reply a learner would get
 * in Chinese and in English (from a throwaway conversation, not logged).
 */
import type { SlotValue } from '../../query/types.js'
import { taxonomyLabel } from '../staff-engine.js'
import { BASE, type ConsoleContext, type PageModule } from './console-context.js'
import { Layout } from './layout.js'

const num = (v: number | null | undefined, digits: number) => (v === null || v === undefined ? '-' : v.toFixed(digits))

/** GET /admin/hit?q=…: the hit test. */
export const hitTestPages: PageModule = (app, deps) => {
  const slotText = (c: ConsoleContext, values: SlotValue[]) => {
    const t = c.get('t')
    if (!values.length) return t('slot_none')
    return values.map((v) => `${taxonomyLabel(deps.taxonomy, v.id, c.get('lang'))}（${v.explicit ? t('slot_explicit') : t('slot_implied')}，“${v.matched}”）`).join('；')
  }

  app.get('/hit', async (c) => {
    const t = c.get('t')
    const q = (c.req.query('q') ?? '').trim().slice(0, 500)
    const result = q ? await deps.search.run(q, 5) : null
    const replies = q ? await Promise.all([deps.search.reply(q, 'zh'), deps.search.reply(q, 'en')]) : null
    const s = result?.understanding.slots
    return c.html(
      <Layout c={c} title={t('nav_hit_test')} active="nav_hit_test">
        <form method="get" action={`${BASE}/hit`} class="filters">
          <div style="flex:1"><label for="q">{t('hit_question')}</label><input id="q" name="q" value={q} style="width:100%" /></div>
          <button type="submit">{t('hit_run')}</button>
        </form>
        {result && s && replies && (
          <>
            <h2>{t('hit_slots')}</h2>
            <div class="scroll">
              <table id="slots">
                <tbody>
                  <tr><th>{t('slot_terms')}</th><td>{result.understanding.terms.join(' ') || t('slot_none')}</td></tr>
                  <tr><th>{t('slot_topics')}</th><td>{slotText(c, s.topics)}</td></tr>
                  <tr><th>{t('slot_audiences')}</th><td>{slotText(c, s.audiences)}</td></tr>
                  <tr><th>{t('slot_region')}</th><td>{s.region ?? t('slot_none')}</td></tr>
                  <tr><th>{t('slot_format')}</th><td>{s.format ? t(`format_${s.format}`) : t('slot_none')}</td></tr>
                  <tr><th>{t('slot_free')}</th><td>{s.free === true ? '✓' : t('slot_none')}</td></tr>
                  <tr><th>{t('slot_time')}</th><td>{s.time ? `${s.time.from} – ${s.time.to}（“${s.time.matched}”）` : t('slot_none')}</td></tr>
                </tbody>
              </table>
            </div>
            <h2>{t('hit_results')}</h2>
            {result.hits.length === 0 ? <p>{t('hit_none')}</p> : (
              <div class="scroll">
                <table id="hits">
                  <thead><tr><th>{t('hit_rank')}</th><th>{t('hit_project')}</th><th>{t('hit_lexical')}</th><th>{t('hit_vector')}</th><th>{t('hit_slot')}</th><th>{t('hit_fused')}</th></tr></thead>
                  <tbody>
                    {result.hits.map((h, i) => (
                      <tr>
                        <td>{i + 1}</td>
                        <td><a href={`${BASE}/catalogue/${encodeURIComponent(h.project.id)}`}>{h.project.id}</a> {h.project.title}</td>
                        <td>{num(h.scores.lexical, 2)}</td>
                        <td>{num(h.scores.vector, 3)}</td>
                        <td>{`+${h.scores.slot.toFixed(3)}`}</td>
                        <td>{h.scores.fused.toFixed(4)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <h2>{t('hit_reply_zh')}</h2>
            <pre class="reply" id="reply-zh">{replies[0].text}</pre>
            <h2>{t('hit_reply_en')}</h2>
            <pre class="reply" id="reply-en">{replies[1].text}</pre>
          </>
        )}
      </Layout>,
    )
  })
}
