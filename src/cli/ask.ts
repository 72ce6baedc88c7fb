/**
 * @module cli/ask
 * `learnfinder ask`: talk to the bot from a shell, for staff trying replies
 * and for scripts. One question as an argument, or one message per line on
 * stdin; `--session ID` keeps one conversation across lines and across runs
 * (sessions live in the database), `--json` prints one object per reply.
 */
import { randomUUID } from 'node:crypto'
import { createInterface } from 'node:readline'
import { loadConfig } from '../config.js'
import { replyText } from '../dialogue/reply-text.js'
import { createApp } from '../main.js'
import { createLogger } from '../channels/shared/logger.js'
import type { Lang, Reply } from '../dialogue/types.js'
import { requireLogSalt } from './log-salt.js'
import { println, type CliCommand, type CliIO } from './command.js'
import { cliError } from './cli-text.js'

/** One `--json` output line, as the issue specifies it. */
export interface AskJsonLine {
  reply: string
  projects: { id: string; title: string }[]
  clarify: boolean
  session: string
}

async function readLines(stdin: NodeJS.ReadableStream): Promise<string[]> {
  const out: string[] = []
  const rl = createInterface({ input: stdin, crlfDelay: Infinity })
  for await (const line of rl) if (line.trim()) out.push(line.trim())
  return out
}

function print(io: CliIO, reply: Reply, session: string, json: boolean): void {
  const text = replyText(reply)
  if (json) {
    const line: AskJsonLine = { reply: text, projects: reply.projects, clarify: reply.clarify, session }
    println(io.stdout, JSON.stringify(line))
  } else {
    println(io.stdout, text)
    println(io.stdout)
  }
}

/** The `ask` command. */
export const command: CliCommand = {
  name: 'ask',
  options: {
    session: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(args, io) {
    const config = loadConfig(io.env)
    requireLogSalt(config, 'zh') // staff-facing: the global --lang is this command's learner language
    const langArg = args.values.lang as string | undefined
    if (langArg !== undefined && langArg !== 'zh' && langArg !== 'en') {
      throw cliError('ask_lang_invalid', { value: langArg })
    }
    const lang: Lang = (langArg as Lang | undefined) ?? config.LEARNFINDER_LANG
    const sessionArg = args.values.session as string | undefined
    if (sessionArg !== undefined && !/^[\w.:@-]{1,128}$/.test(sessionArg)) {
      throw cliError('ask_session_invalid')
    }
    const json = args.values.json === true
    const question = args.positionals.join(' ').trim()
    const messages = question ? [question] : await readLines(io.stdin)
    if (!messages.length) throw cliError('ask_nothing')

    // The same wiring as `serve` (staff layer included: turn log, subscriptions), without channels.
    const log = { ...createLogger(io.stderr), info() {} } // warnings and errors only: stdout carries the answers
    const app = await createApp(config, { dbPath: args.db, channels: false, log })
    try {
      for (const text of messages) {
        const session = sessionArg ?? `ask-${randomUUID().slice(0, 8)}`
        const reply = await app.engine.handle({ channel: 'cli', userId: session, chatId: session, text, lang })
        print(io, reply, session, json)
      }
    } finally {
      await app.stop()
    }
    return 0
  },
}
