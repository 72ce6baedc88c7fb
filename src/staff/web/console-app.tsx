/** @jsxImportSource hono/jsx */
/**
 * @module staff/web/console-app
 * The staff console as a Hono app mounted at /admin on the bot's HTTP port:
 * the language switch, sign-in (scrypt passwords, a signed expiring cookie,
 * attempt limits per address and per account), CSRF checks on every post,
 * viewer accounts refused any change (403, recorded), the local assets, and
 * the page modules. {@link consoleHandler} turns it into a node:http handler.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { PACKAGE_ROOT } from '../../paths.js'
import { Hono } from 'hono'
import { getCookie, setCookie, deleteCookie } from 'hono/cookie'
import { getRequestListener } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Lang } from '../../dialogue/types.js'
import { verifyPassword } from '../web-password.js'
import { checkCsrf, createAttemptLimiter, csrfToken, newPreSession, newSession, passwordVersion, readSession, signSession, SESSION_MS } from './auth.js'
import { BASE, field, type ConsoleContext, type ConsoleEnv, type PageModule } from './console-context.js'
import type { ConsoleDeps } from './console-deps.js'
import { CONSOLE_PROMPTS, consoleTranslator } from './console-prompts.js'
import { Csrf, Layout, Msg } from './layout.js'
import { overviewPages } from './pages-overview.js'
import { cataloguePages } from './pages-catalogue.js'
import { importPages } from './pages-import.js'
import { hitTestPages } from './pages-hit-test.js'
import { reportPages } from './pages-report.js'
import { noticePages } from './pages-notices.js'
import { accountPages } from './pages-accounts.js'

const PAGES: PageModule[] = [overviewPages, cataloguePages, importPages, hitTestPages, reportPages, noticePages, accountPages]

/** Sign-in limits: attempts per address and per account name in a window. */
export interface LoginLimits {
  perAddress: number
  perAccount: number
  windowMs: number
}

const DEFAULT_LIMITS: LoginLimits = { perAddress: 30, perAccount: 5, windowMs: 5 * 60_000 }

function assets(): Record<string, { type: string; body: Buffer }> {
  const require = createRequire(import.meta.url)
  // From the package root, not this file: in the compiled dist/ bundle this module is no longer beside assets/.
  const here = join(PACKAGE_ROOT, 'src', 'staff', 'web')
  const chartDir = dirname(require.resolve('chart.js'))
  const js = 'text/javascript; charset=utf-8'
  return {
    'htmx.min.js': { type: js, body: readFileSync(require.resolve('htmx.org/dist/htmx.min.js')) },
    'chart.umd.min.js': { type: js, body: readFileSync(join(chartDir, 'chart.umd.min.js')) },
    'console.js': { type: js, body: readFileSync(join(here, 'assets', 'console.js')) },
    'console.css': { type: 'text/css; charset=utf-8', body: readFileSync(join(here, 'assets', 'console.css')) },
  }
}

/** Builds the console app; see the module comment. */
export function createConsoleApp(deps: ConsoleDeps, options: { limits?: Partial<LoginLimits> } = {}): Hono<ConsoleEnv> {
  deps.prompts.declare('console', CONSOLE_PROMPTS)
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const byAddress = createAttemptLimiter({ limit: limits.perAddress, windowMs: limits.windowMs })
  const byAccount = createAttemptLimiter({ limit: limits.perAccount, windowMs: limits.windowMs })
  const files = assets()
  const cookie = { path: BASE, httpOnly: true, sameSite: 'Strict' as const, secure: deps.secureCookies }
  const app = new Hono<ConsoleEnv>({ strict: false }).basePath(BASE)

  app.get('/assets/:name', (c) => {
    const file = files[c.req.param('name')]
    if (!file) return c.notFound()
    return c.body(new Uint8Array(file.body), 200, { 'content-type': file.type, 'cache-control': 'public, max-age=3600' })
  })

  // Language, session and CSRF token for every page.
  app.use('*', async (c, next) => {
    const asked = c.req.query('lang')
    let lang: Lang = getCookie(c, 'lf_lang') === 'en' ? 'en' : 'zh'
    if (asked === 'zh' || asked === 'en') {
      lang = asked
      setCookie(c, 'lf_lang', lang, { ...cookie, httpOnly: false, maxAge: 365 * 86400 })
    }
    c.set('lang', lang)
    c.set('t', consoleTranslator(deps.prompts, lang))
    const secret = await deps.accounts.secret()
    const claims = readSession(secret, getCookie(c, 'lf_session'))
    const account = claims ? await deps.accounts.get(claims.name) : undefined
    const user = account && claims && passwordVersion(account.passwordHash) === claims.pv ? { name: account.name, role: account.role, nonce: claims.nonce } : null
    c.set('user', user)
    let pre = getCookie(c, 'lf_pre')
    if (!user && !pre) {
      pre = newPreSession()
      setCookie(c, 'lf_pre', pre, cookie)
    }
    const binding = user ? user.nonce : pre
    c.set('csrf', binding ? csrfToken(secret, binding) : '')
    const path = c.req.path
    const open = path === `${BASE}/login`
    if (!user && !open) {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return c.redirect(`${BASE}/login?next=${encodeURIComponent(path)}`, 303)
      return c.text(c.get('t')('csrf_refused'), 403)
    }
    if (c.req.method === 'POST') {
      const body = await c.req.parseBody()
      const token = field(body, '_csrf') || c.req.header('x-csrf-token')
      if (!checkCsrf(secret, binding, token)) {
        return c.html(<Layout c={c} title={c.get('t')('csrf_refused')}><Msg kind="err">{c.get('t')('csrf_refused')}</Msg></Layout>, 403)
      }
      if (user?.role === 'viewer' && path !== `${BASE}/logout`) {
        await deps.admins.record({ channel: 'web', userId: user.name, action: `POST ${path.slice(BASE.length)}`, detail: 'viewer account', allowed: false })
        return c.html(<Layout c={c} title={c.get('t')('viewer_refused')}><Msg kind="err">{c.get('t')('viewer_refused')}</Msg></Layout>, 403)
      }
    }
    await next()
  })

  const loginPage = (c: ConsoleContext, message?: string, status: 200 | 401 | 429 = 200) => {
    const t = c.get('t')
    return c.html(
      <Layout c={c} title={t('login_title')}>
        <form method="post" action={`${BASE}/login`} class="login">
          {message && <Msg kind="err">{message}</Msg>}
          <Csrf c={c} />
          <input type="hidden" name="next" value={c.req.query('next') ?? ''} />
          <label for="username">{t('login_username')}</label>
          <input id="username" name="username" autocomplete="username" required />
          <label for="password">{t('login_password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          <button type="submit">{t('login_submit')}</button>
        </form>
      </Layout>,
      status,
    )
  }

  app.get('/login', (c) => (c.get('user') ? c.redirect(`${BASE}/`, 303) : loginPage(c)))

  app.post('/login', async (c) => {
    const t = c.get('t')
    const body = await c.req.parseBody()
    const username = field(body, 'username')
    const address = getConnInfo(c).remote.address ?? 'unknown'
    const wait = Math.max(byAddress.hit(address), byAccount.hit(username.toLowerCase()))
    if (wait > 0) {
      c.header('Retry-After', String(wait))
      return loginPage(c, t('login_too_many', { seconds: wait }), 429)
    }
    const account = username ? await deps.accounts.get(username) : undefined
    const ok = account ? await verifyPassword(typeof body.password === 'string' ? body.password : '', account.passwordHash) : false
    if (!account || !ok) {
      await deps.admins.record({ channel: 'web', userId: username || '-', action: 'sign in', detail: `from ${address}`, allowed: false })
      return loginPage(c, t('login_wrong'), 401)
    }
    const secret = await deps.accounts.secret()
    setCookie(c, 'lf_session', signSession(secret, newSession(account.name, account.passwordHash)), { ...cookie, maxAge: SESSION_MS / 1000 })
    deleteCookie(c, 'lf_pre', { path: BASE })
    await deps.admins.record({ channel: 'web', userId: account.name, action: 'sign in', detail: `from ${address}`, allowed: true })
    const next = field(body, 'next')
    return c.redirect(next.startsWith(`${BASE}/`) && !next.startsWith(`${BASE}/login`) ? next : `${BASE}/`, 303)
  })

  app.post('/logout', (c) => {
    deleteCookie(c, 'lf_session', { path: BASE })
    return c.redirect(`${BASE}/login`, 303)
  })

  for (const register of PAGES) register(app, deps)

  app.notFound((c) => {
    const t = consoleTranslator(deps.prompts, c.get('lang') ?? 'zh')
    if (!c.get('user')) return c.text(t('not_found'), 404)
    return c.html(<Layout c={c} title={t('not_found')}><Msg kind="err">{t('not_found')}</Msg></Layout>, 404)
  })
  app.onError((err, c) => {
    const t = consoleTranslator(deps.prompts, c.get('lang') ?? 'zh')
    const message = t('error_generic', { reason: err.message })
    if (!c.get('user')) return c.text(message, 500)
    return c.html(<Layout c={c} title={message}><Msg kind="err">{message}</Msg></Layout>, 500)
  })
  return app
}

/** The console as a node:http handler for the HTTP channel's prefix routes. */
export function consoleHandler(app: Hono<ConsoleEnv>): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const listener = getRequestListener(app.fetch)
  return async (req, res) => {
    await listener(req, res)
  }
}
