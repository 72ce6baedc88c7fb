/** @jsxImportSource hono/jsx */
/**
 * @module staff/web/layout
 * The page shell every console page shares: the header (who is signed in,
 * the language switch, sign out), the navigation, and the local assets
 * (no CDN). htmx sends the CSRF token on every request it makes.
 */
import type { Child } from 'hono/jsx'
import type { ConsoleContext } from './console-context.js'
import { BASE } from './console-context.js'
import { problemReason } from '../../catalogue/problem-text.js'
import type { CatalogueProblem } from '../../catalogue/catalogue-error.js'
import type { Prompts } from '../../prompts.js'

const NAV: [string, string][] = [
  ['', 'nav_overview'],
  ['/catalogue', 'nav_catalogue'],
  ['/import', 'nav_import'],
  ['/hit', 'nav_hit_test'],
  ['/report', 'nav_report'],
  ['/notices', 'nav_notices'],
  ['/accounts', 'nav_accounts'],
]

/** A hidden CSRF field for a form. */
export function Csrf(props: { c: ConsoleContext }) {
  return <input type="hidden" name="_csrf" value={props.c.get('csrf')} />
}

/** A message box: ok (green) or err (red). */
export function Msg(props: { kind: 'ok' | 'err'; children?: Child }) {
  return <div class={`msg ${props.kind}`} role={props.kind === 'err' ? 'alert' : 'status'}>{props.children}</div>
}

/** A Chart.js canvas; console.js draws it from the JSON config. */
export function Chart(props: { id: string; config: unknown }) {
  return (
    <div class="chart">
      <canvas id={props.id} data-chart={JSON.stringify(props.config)}></canvas>
    </div>
  )
}

/** A bar chart config from labels and counts. */
export function barChart(label: string, labels: string[], data: number[], horizontal = false): unknown {
  return {
    type: 'bar',
    data: { labels, datasets: [{ label, data, backgroundColor: '#2f6db5' }] },
    options: { indexAxis: horizontal ? 'y' : 'x', plugins: { legend: { display: false } } },
  }
}

/** The whole page around `children`. */
export function Layout(props: { c: ConsoleContext; title: string; active?: string; children?: Child }) {
  const { c } = props
  const t = c.get('t')
  const user = c.get('user')
  const lang = c.get('lang')
  const other = lang === 'zh' ? 'en' : 'zh'
  const url = new URL(c.req.url)
  url.searchParams.set('lang', other)
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t('app_title')}`}</title>
        <link rel="stylesheet" href={`${BASE}/assets/console.css`} />
        <script src={`${BASE}/assets/htmx.min.js`} defer></script>
        <script src={`${BASE}/assets/chart.umd.min.js`} defer></script>
        <script src={`${BASE}/assets/console.js`} defer></script>
      </head>
      <body hx-headers={JSON.stringify({ 'x-csrf-token': c.get('csrf') })}>
        <header>
          <span class="brand">{t('app_title')}</span>
          <a href={url.pathname + url.search} id="lang-switch">{t('switch_lang')}</a>
          {user && <span>{t('signed_in_as', { name: user.name, role: t(`role_${user.role}`) })}</span>}
          {user && (
            <form method="post" action={`${BASE}/logout`} class="inline">
              <Csrf c={c} />
              <button class="link" type="submit">{t('sign_out')}</button>
            </form>
          )}
        </header>
        {user && (
          <nav>
            {NAV.map(([path, key]) => (
              <a href={path ? BASE + path : BASE + '/'} class={props.active === key ? 'active' : ''}>{t(key)}</a>
            ))}
          </nav>
        )}
        <main>
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  )
}

/** Every problem of a checked file (or an edit) with its row and column. */
export function Problems(props: { c: ConsoleContext; prompts: Prompts; heading: string; problems: CatalogueProblem[] }) {
  const t = props.c.get('t')
  return (
    <Msg kind="err">
      <p>{props.heading}</p>
      <ul id="problems">
        {props.problems.map((p) => (
          <li>{p.row > 0 ? t('imp_problem', { row: p.row, column: p.column || '-', reason: problemReason(props.prompts, props.c.get('lang'), p) }) : [p.file, p.reason].filter(Boolean).join(': ')}</li>
        ))}
      </ul>
    </Msg>
  )
}

/** The green note a redirect asked for with `?ok=key` (only keys the console has). */
export function Flash(props: { c: ConsoleContext }) {
  const key = props.c.req.query('ok')
  const t = props.c.get('t')
  if (!key || !/^[a-z_]+$/.test(key)) return null
  let text: string
  try {
    text = t(key)
  } catch {
    return null
  }
  return <Msg kind="ok">{text}</Msg>
}
