/**
 * @module cli/admin
 * `learnfinder admin add|remove|list`: staff manage who may update the
 * catalogue from chat, without editing environment variables.
 */
import { UserError } from '../errors.js'
import { loadConfig } from '../config.js'
import { createAdminList } from '../staff/admin-list.js'
import { openStores } from '../app-stores.js'
import { terminalSafe } from '../text/terminal-safe.js'
import { println, type CliCommand } from './command.js'
import { ADMIN_WEB_USAGE, runAdminWeb } from './admin-web.js'

/** The `admin` command. */
export const command: CliCommand = {
  name: 'admin',
  summary: 'add, remove or list staff admins and web console accounts',
  usage: `Usage:
  learnfinder admin list
  learnfinder admin add <telegram|wechat> <user id>
  learnfinder admin remove <telegram|wechat> <user id>
  learnfinder admin log            (the latest admin actions and refused attempts)
${ADMIN_WEB_USAGE}

Web accounts sign in to the staff console at /admin/ (editor: may change
things; viewer: may only look).

A Telegram user id is a number (send /start to @userinfobot to see yours);
a WeChat id is the contact id the bot logs when that person writes to it.`,
  options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  async run(args, io) {
    const [action, channel, userId] = args.positionals
    const cfg = loadConfig(io.env)
    const stores = await openStores(cfg, { dbPath: args.db })
    try {
      const store = stores.admins
      const admins = createAdminList(store, { telegram: cfg.TELEGRAM_ADMIN_IDS, wechat: cfg.WECHAT_ADMIN_IDS })
      const by = io.env.USER ?? 'staff'
      if (action === 'web') return await runAdminWeb(stores.local.webAccounts, store, args, io, by)
      switch (action) {
        case 'list': {
          const list = await admins.list()
          if (!list.length) println(io.stdout, 'No admins yet. Add one with `learnfinder admin add telegram <user id>`.')
          for (const a of list) {
            const from = a.source === 'environment' ? `from ${a.channel.toUpperCase()}_ADMIN_IDS` : `added by ${a.addedBy} on ${a.addedAt.slice(0, 10)}`
            println(io.stdout, `${a.channel}\t${a.userId}\t${from}`)
          }
          return 0
        }
        case 'add':
        case 'remove': {
          if (!channel || !userId) throw new UserError(`say which channel and user, e.g. \`learnfinder admin ${action} telegram 123456\``)
          if (action === 'add') await admins.add(channel, userId, by)
          else await admins.remove(channel, userId, by)
          println(io.stdout, `${action === 'add' ? 'Added' : 'Removed'} admin ${channel}:${userId}.`)
          return 0
        }
        case 'log': {
          for (const a of await store.actions(50)) {
            // Refused attempts hold whatever anyone typed (or named a file): never print it raw to a terminal.
            println(io.stdout, terminalSafe(`${a.at.slice(0, 19).replace('T', ' ')}  ${a.channel}:${a.userId}  ${a.allowed ? 'did' : 'REFUSED'}  ${a.detail}`))
          }
          return 0
        }
        default:
          throw new UserError(action ? `unknown admin action "${action}": use list, add, remove or log` : 'say what to do: list, add, remove or log')
      }
    } finally {
      await stores.close()
    }
  },
}
