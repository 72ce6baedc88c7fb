/**
 * @module cli/admin-web
 * `learnfinder admin web add|list|remove|passwd`: the accounts that may sign
 * in to the staff console at /admin/. Passwords are read from stdin
 * (`--password-stdin`), never from the command line, where `ps` and the
 * shell history would show them.
 */
import type { AdminStore } from '../staff/admin-store.js'
import { WEB_ROLES, type WebAccountStore, type WebRole } from '../staff/web-account-store.js'
import { checkPassword, hashPassword } from '../staff/web-password.js'
import { println, type CliArgs, type CliIO } from './command.js'
import { cliError, cliText } from './cli-text.js'

async function readPassword(args: CliArgs, io: CliIO): Promise<string> {
  if (!args.values['password-stdin']) throw cliError('web_need_password')
  let text = ''
  for await (const chunk of io.stdin) text += chunk.toString()
  return checkPassword(text.replace(/\r?\n$/, ''))
}

/** Runs one `admin web` action on the web accounts, audited in the admin log (stores from openStores). */
export async function runAdminWeb(accounts: WebAccountStore, audit: AdminStore, args: CliArgs, io: CliIO, by: string): Promise<number> {
  const [, action, name] = args.positionals
  const need = () => {
    if (!name) throw cliError('web_need_name', { action })
    return name
  }
  switch (action) {
    case 'list': {
      const list = await accounts.list()
      if (!list.length) println(io.stdout, cliText(args.lang, 'web_none'))
      for (const a of list) println(io.stdout, cliText(args.lang, 'web_line', { name: a.name, role: a.role, by: a.createdBy, date: a.createdAt.slice(0, 10) }))
      return 0
    }
    case 'add': {
      const role = ((args.values.role as string | undefined) ?? 'editor') as WebRole
      if (!WEB_ROLES.includes(role)) throw cliError('web_role_invalid', { role })
      const account = need()
      const passwordHash = await hashPassword(await readPassword(args, io))
      await accounts.add({ name: account, role, passwordHash, createdBy: by })
      await audit.record({ channel: 'cli', userId: by, action: 'web account add', detail: `${account} (${role})`, allowed: true })
      println(io.stdout, cliText(args.lang, 'web_added', { name: account, role }))
      return 0
    }
    case 'passwd': {
      const account = need()
      if (!(await accounts.get(account))) throw cliError('web_no_account', { name: account })
      await accounts.setPassword(account, await hashPassword(await readPassword(args, io)))
      await audit.record({ channel: 'cli', userId: by, action: 'web account passwd', detail: account, allowed: true })
      println(io.stdout, cliText(args.lang, 'web_passwd', { name: account }))
      return 0
    }
    case 'remove': {
      const account = need()
      if (!(await accounts.remove(account))) throw cliError('web_no_account', { name: account })
      await audit.record({ channel: 'cli', userId: by, action: 'web account remove', detail: account, allowed: true })
      println(io.stdout, cliText(args.lang, 'web_removed', { name: account }))
      return 0
    }
    default:
      throw action ? cliError('web_unknown_action', { action }) : cliError('web_no_action')
  }
}
