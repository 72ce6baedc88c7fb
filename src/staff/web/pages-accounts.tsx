/** @jsxImportSource hono/jsx */
/**
 * @module staff/web/pages-accounts
 * Who may do what: the console's web accounts (add with a role and a
 * password, remove), the chat admins (Telegram and WeChat ids, from the
 * database or the environment), and the audit log of every change and
 * every refused attempt.
 */
import { isUserError, UserError } from '../../errors.js'
import { WEB_ROLES, type WebRole } from '../web-account-store.js'
import { checkPassword, hashPassword } from '../web-password.js'
import { BASE, field, type ConsoleContext, type PageModule } from './console-context.js'
import { Csrf, Layout, Msg } from './layout.js'

/** GET /admin/accounts and its add/remove posts. */
export const accountPages: PageModule = (app, deps) => {
  const page = async (c: ConsoleContext, notice?: { kind: 'ok' | 'err'; text: string }) => {
    const t = c.get('t')
    const editor = c.get('user')?.role === 'editor'
    const [accounts, admins, log] = await Promise.all([deps.accounts.list(), deps.admins.list(), deps.admins.actions(100)])
    return c.html(
      <Layout c={c} title={t('nav_accounts')} active="nav_accounts">
        {notice && <Msg kind={notice.kind}><span id="account-result">{notice.text}</span></Msg>}
        <h2>{t('acc_web')}</h2>
        <div class="scroll">
          <table id="web-accounts">
            <thead><tr><th>{t('acc_name')}</th><th>{t('acc_role')}</th><th>{t('acc_source')}</th><th></th></tr></thead>
            <tbody>
              {accounts.map((a) => (
                <tr>
                  <td>{a.name}</td><td>{t(`role_${a.role}`)}</td><td>{`${a.createdBy} ${a.createdAt.slice(0, 10)}`}</td>
                  <td>{editor && a.name !== c.get('user')?.name && (
                    <form method="post" action={`${BASE}/accounts/web/remove`} class="inline">
                      <Csrf c={c} /><input type="hidden" name="name" value={a.name} />
                      <button type="submit" class="danger">{t('acc_remove')}</button>
                    </form>
                  )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {editor && (
          <form method="post" action={`${BASE}/accounts/web/add`} class="filters">
            <Csrf c={c} />
            <div><label for="a-name">{t('acc_name')}</label><input id="a-name" name="name" required /></div>
            <div><label for="a-role">{t('acc_role')}</label><select id="a-role" name="role">{WEB_ROLES.map((r) => <option value={r}>{t(`role_${r}`)}</option>)}</select></div>
            <div><label for="a-password">{t('acc_password')}</label><input id="a-password" name="password" type="password" autocomplete="new-password" required /></div>
            <button type="submit">{t('acc_add')}</button>
          </form>
        )}
        <h2>{t('acc_chat')}</h2>
        <div class="scroll">
          <table id="chat-admins">
            <thead><tr><th>{t('acc_channel')}</th><th>{t('acc_user_id')}</th><th>{t('acc_source')}</th><th></th></tr></thead>
            <tbody>
              {admins.map((a) => (
                <tr>
                  <td>{a.channel}</td><td>{a.userId}</td><td>{a.source === 'environment' ? t('acc_source_env') : `${a.addedBy} ${a.addedAt.slice(0, 10)}`}</td>
                  <td>{editor && a.source === 'database' && (
                    <form method="post" action={`${BASE}/accounts/chat/remove`} class="inline">
                      <Csrf c={c} /><input type="hidden" name="channel" value={a.channel} /><input type="hidden" name="userId" value={a.userId} />
                      <button type="submit" class="danger">{t('acc_remove')}</button>
                    </form>
                  )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {editor && (
          <form method="post" action={`${BASE}/accounts/chat/add`} class="filters">
            <Csrf c={c} />
            <div><label for="c-channel">{t('acc_channel')}</label><select id="c-channel" name="channel"><option value="telegram">telegram</option><option value="wechat">wechat</option></select></div>
            <div><label for="c-user">{t('acc_user_id')}</label><input id="c-user" name="userId" required /></div>
            <button type="submit">{t('acc_add')}</button>
          </form>
        )}
        <h2>{t('acc_log')}</h2>
        <div class="scroll">
          <table id="audit-log">
            <thead><tr><th>{t('acc_at')}</th><th>{t('acc_who')}</th><th>{t('acc_action')}</th><th>{t('acc_detail')}</th><th></th></tr></thead>
            <tbody>
              {log.map((a) => (
                <tr><td>{a.at.slice(0, 19).replace('T', ' ')}</td><td>{`${a.channel}:${a.userId}`}</td><td>{a.action}</td><td>{a.detail}</td><td>{a.allowed ? t('acc_did') : t('acc_refused')}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </Layout>,
      notice?.kind === 'err' ? 400 : 200,
    )
  }

  /** Runs a change, turning a UserError into a red note on the page. */
  const change = async (c: ConsoleContext, run: (user: string) => Promise<string>) => {
    try {
      return page(c, { kind: 'ok', text: await run(c.get('user')!.name) })
    } catch (err) {
      if (!isUserError(err)) throw err
      return page(c, { kind: 'err', text: c.get('t')('error_generic', { reason: err.message }) })
    }
  }

  app.get('/accounts', (c) => page(c))

  app.post('/accounts/web/add', async (c) => {
    const body = await c.req.parseBody()
    return change(c, async (user) => {
      const name = field(body, 'name')
      const role = (field(body, 'role') || 'viewer') as WebRole
      const password = checkPassword(typeof body.password === 'string' ? body.password : '')
      await deps.accounts.add({ name, role: WEB_ROLES.includes(role) ? role : 'viewer', passwordHash: await hashPassword(password), createdBy: `web:${user}` })
      await deps.admins.record({ channel: 'web', userId: user, action: 'web account add', detail: `${name} (${role})`, allowed: true })
      return c.get('t')('acc_added', { name })
    })
  })

  app.post('/accounts/web/remove', async (c) => {
    const body = await c.req.parseBody()
    return change(c, async (user) => {
      const name = field(body, 'name')
      if (name === user) throw new UserError(c.get('t')('acc_self'))
      await deps.accounts.remove(name)
      await deps.admins.record({ channel: 'web', userId: user, action: 'web account remove', detail: name, allowed: true })
      return c.get('t')('acc_removed', { name })
    })
  })

  app.post('/accounts/chat/add', async (c) => {
    const body = await c.req.parseBody()
    return change(c, async (user) => {
      const channel = field(body, 'channel')
      const userId = field(body, 'userId')
      await deps.admins.add(channel, userId, `web:${user}`)
      return c.get('t')('acc_added', { name: `${channel}:${userId}` })
    })
  })

  app.post('/accounts/chat/remove', async (c) => {
    const body = await c.req.parseBody()
    return change(c, async (user) => {
      const channel = field(body, 'channel')
      const userId = field(body, 'userId')
      await deps.admins.remove(channel, userId, `web:${user}`)
      return c.get('t')('acc_removed', { name: `${channel}:${userId}` })
    })
  })
}
