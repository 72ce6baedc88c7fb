/**
 * @module cli/admin-web
 * `learnfinder admin web add|list|remove|passwd`: the accounts that may sign
 * in to the staff console at /admin/. Passwords are read from stdin
 * (`--password-stdin`), never from the command line, where `ps` and the
 * shell history would show them.
 */
import { UserError } from '../errors.js'
import type { AdminStore } from '../staff/admin-store.js'
import { WEB_ROLES, type WebAccountStore, type WebRole } from '../staff/web-account-store.js'
import { checkPassword, hashPassword } from '../staff/web-password.js'
import { println, type CliArgs, type CliIO } from './command.js'

/** Usage lines of the `admin web` sub-commands, shown in `admin --help`. */
export const ADMIN_WEB_USAGE = `  learnfinder admin web list
  learnfinder admin web add NAME [--role editor|viewer] --password-stdin
  learnfinder admin web passwd NAME --password-stdin
  learnfinder admin web remove NAME`

async function readPassword(args: CliArgs, io: CliIO): Promise<string> {
  if (!args.values['password-stdin']) throw new UserError('give the password on stdin with --password-stdin, e.g. `printf %s "$PW" | learnfinder admin web add NAME --password-stdin`')
  let text = ''
  for await (const chunk of io.stdin) text += chunk.toString()
  return checkPassword(text.replace(/\r?\n$/, ''))
}

/** Runs one `admin web` action on the web accounts, audited in the admin log (stores from openStores). */
export async function runAdminWeb(accounts: WebAccountStore, audit: AdminStore, args: CliArgs, io: CliIO, by: string): Promise<number> {
  const [, action, name] = args.positionals
  const need = () => {
    if (!name) throw new UserError(`say which account, e.g. \`learnfinder admin web ${action} alice\``)
    return name
  }
  switch (action) {
    case 'list': {
      const list = await accounts.list()
      if (!list.length) println(io.stdout, 'No web accounts yet. Add one with `learnfinder admin web add NAME --password-stdin`.')
      for (const a of list) println(io.stdout, `${a.name}\t${a.role}\tadded by ${a.createdBy} on ${a.createdAt.slice(0, 10)}`)
      return 0
    }
    case 'add': {
      const role = ((args.values.role as string | undefined) ?? 'editor') as WebRole
      if (!WEB_ROLES.includes(role)) throw new UserError(`--role must be editor or viewer, got "${role}"`)
      const account = need()
      const passwordHash = await hashPassword(await readPassword(args, io))
      await accounts.add({ name: account, role, passwordHash, createdBy: by })
      await audit.record({ channel: 'cli', userId: by, action: 'web account add', detail: `${account} (${role})`, allowed: true })
      println(io.stdout, `Added web account ${account} (${role}). It signs in at /admin/login on the HTTP port.`)
      return 0
    }
    case 'passwd': {
      const account = need()
      if (!(await accounts.get(account))) throw new UserError(`there is no web account named "${account}"`)
      await accounts.setPassword(account, await hashPassword(await readPassword(args, io)))
      await audit.record({ channel: 'cli', userId: by, action: 'web account passwd', detail: account, allowed: true })
      println(io.stdout, `Changed the password of ${account}; its open sessions are signed out.`)
      return 0
    }
    case 'remove': {
      const account = need()
      if (!(await accounts.remove(account))) throw new UserError(`there is no web account named "${account}"`)
      await audit.record({ channel: 'cli', userId: by, action: 'web account remove', detail: account, allowed: true })
      println(io.stdout, `Removed web account ${account}.`)
      return 0
    }
    default:
      throw new UserError(action ? `unknown web action "${action}": use list, add, passwd or remove` : 'say what to do: web list, add, passwd or remove')
  }
}
