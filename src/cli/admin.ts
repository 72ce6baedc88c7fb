/**
 * @module cli/admin
 * `learnfinder admin add|remove|list`: staff manage who may update the
 * catalogue from chat, without editing environment variables.
 */
import { loadConfig } from '../config.js'
import { createAdminList } from '../staff/admin-list.js'
import { openStores } from '../app-stores.js'
import { terminalSafe } from '../text/terminal-safe.js'
import { println, type CliCommand } from './command.js'
import { runAdminWeb } from './admin-web.js'
import { cliError, cliText } from './cli-text.js'

/** The `admin` command. */
export const command: CliCommand = {
  name: 'admin',
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
          if (!list.length) println(io.stdout, cliText(args.lang, 'admin_none'))
          for (const a of list) {
            const from = a.source === 'environment'
              ? cliText(args.lang, 'admin_from_env', { variable: `${a.channel.toUpperCase()}_ADMIN_IDS` })
              : cliText(args.lang, 'admin_added_by', { by: a.addedBy, date: a.addedAt.slice(0, 10) })
            println(io.stdout, `${a.channel}\t${a.userId}\t${from}`)
          }
          return 0
        }
        case 'add':
        case 'remove': {
          if (!channel || !userId) throw cliError('admin_need_user', { action })
          if (action === 'add') await admins.add(channel, userId, by)
          else await admins.remove(channel, userId, by)
          println(io.stdout, cliText(args.lang, action === 'add' ? 'admin_added' : 'admin_removed', { channel, user: userId }))
          return 0
        }
        case 'log': {
          for (const a of await store.actions(50)) {
            // Refused attempts hold whatever anyone typed (or named a file): never print it raw to a terminal.
            println(io.stdout, terminalSafe(`${a.at.slice(0, 19).replace('T', ' ')}  ${a.channel}:${a.userId}  ${cliText(args.lang, a.allowed ? 'admin_did' : 'admin_refused')}  ${a.detail}`))
          }
          return 0
        }
        default:
          throw action ? cliError('admin_unknown_action', { action }) : cliError('admin_no_action')
      }
    } finally {
      await stores.close()
    }
  },
}
