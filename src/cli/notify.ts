/**
 * @module cli/notify
 * `learnfinder notify [--dry-run]`: after staff import new projects, tell the
 * learners who subscribed to matching topics. --dry-run shows who would get
 * what. The app is wired as `serve` wires it (createApp), with only the
 * channels that can send without running: Telegram notices go out from here
 * through the Bot API; WeChat ones need the logged-in bot, so the running
 * `learnfinder serve` sends them.
 */
import { loadConfig } from '../config.js'
import { silentLogger } from '../channels/shared/logger.js'
import { createApp } from '../main.js'
import { describeSubscription, type Sender } from '../staff/notifier.js'
import { createCatalogueNotifier } from '../staff/catalogue-notifier.js'
import { STAFF_PROMPTS, taxonomyLabel } from '../staff/staff-engine.js'
import { openStores } from '../app-stores.js'
import { println, type CliCommand } from './command.js'
import { cliText } from './cli-text.js'

/** The `notify` command. */
export const command: CliCommand = {
  name: 'notify',
  options: { 'dry-run': { type: 'boolean' } },
  async run(args, io) {
    const cfg = loadConfig(io.env)
    const app = await createApp(cfg, { dbPath: args.db, extensions: [], channels: 'send-only', log: silentLogger })
    // The subscriptions on the app's backend (the SQLite file, or PostgreSQL with DATABASE_URL).
    const stores = await openStores(cfg, { dbPath: args.db }).catch(async (err) => {
      await app.stop()
      throw err
    })
    try {
      const { taxonomy, prompts, store } = app
      prompts.declare('staff', STAFF_PROMPTS)
      const subscriptions = stores.subscriptions
      const label = (id: string, lang: 'zh' | 'en') => taxonomyLabel(taxonomy, id, lang)
      const notifier = createCatalogueNotifier({ engine: app.engine, store, taxonomy, prompts, subscriptions })
      if (args.values['dry-run']) {
        const plan = await notifier.plan()
        if (!plan.length) println(io.stdout, cliText(args.lang, 'notify_nobody'))
        for (const n of plan) {
          const s = n.subscription
          println(io.stdout, cliText(args.lang, 'notify_would_get', { who: `${s.channel}:${s.userId}`, what: describeSubscription(s, label), count: n.projects.length }))
          for (const p of n.projects) println(io.stdout, `  ${p.id}  ${p.title}`)
        }
        println(io.stdout, cliText(args.lang, 'notify_would_send', { count: plan.length }))
        return 0
      }
      const senders: Record<string, Sender> = {}
      for (const channel of app.channels) {
        const send = channel.send?.bind(channel)
        if (send) senders[channel.name] = send
      }
      const result = await notifier.send(senders)
      println(io.stdout, cliText(args.lang, 'notify_sent', { sent: result.sent, failed: result.failed, skipped: result.skipped }))
      return result.failed ? 1 : 0
    } finally {
      await app.stop()
      await stores.close()
    }
  },
}
