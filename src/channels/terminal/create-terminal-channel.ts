/**
 * @module channels/terminal/create-terminal-channel
 * The chat a newcomer sees first: `npm start` with no channel configured
 * opens it. A readline loop that greets in the configured language, answers
 * each line in numbered text, and ends cleanly on EOF (so piped input works:
 * `echo 我想学电脑 | npm start`) or Ctrl-C.
 */
import { createInterface } from 'node:readline'
import type { Channel } from '../types.js'
import type { ChatEngine, Lang } from '../../dialogue/types.js'
import type { Prompts } from '../../prompts.js'
import { declareChannelPrompts, say } from '../shared/channel-prompts.js'
import { isTooLong, MAX_MESSAGE_CHARS } from '../shared/guards.js'
import { createLogger, type Logger } from '../shared/logger.js'
import { renderReplyText } from '../shared/render-text.js'

/** How to run the terminal chat. */
export interface TerminalChannelOptions {
  prompts: Prompts
  /** LEARNFINDER_LANG: the greeting's language. */
  lang?: Lang
  input?: NodeJS.ReadableStream
  output?: NodeJS.WritableStream
  /** The session id the engine keeps this conversation under. */
  userId?: string
  log?: Logger
}

/** The terminal channel; `closed` resolves when the user ended the chat (EOF, Ctrl-C) or stop() was called. */
export interface TerminalChannel extends Channel {
  readonly name: 'terminal'
  readonly closed: Promise<void>
}

/** Builds the terminal chat; it reads nothing until `start()`. */
export function createTerminalChannel(engine: ChatEngine, options: TerminalChannelOptions): TerminalChannel {
  const prompts = declareChannelPrompts(options.prompts)
  const input = options.input ?? process.stdin
  const output = options.output ?? process.stdout
  const lang = options.lang ?? 'zh'
  const userId = options.userId ?? 'local'
  const log = options.log ?? createLogger()
  const tty = !!(input as { isTTY?: boolean }).isTTY && !!(output as { isTTY?: boolean }).isTTY
  let endChat!: () => void
  const closed = new Promise<void>((r) => (endChat = r))
  let rl: ReturnType<typeof createInterface> | undefined

  const write = (text: string) => output.write(text + '\n')

  async function answer(line: string): Promise<void> {
    const text = line.trim()
    if (!text) return
    if (isTooLong(text)) return void write(say(prompts, lang, 'too_long', { max: MAX_MESSAGE_CHARS }) + '\n')
    try {
      const reply = await engine.handle({ channel: 'terminal', userId, chatId: userId, text })
      write(renderReplyText(reply, prompts) + '\n')
    } catch (err) {
      log.error('terminal: the engine failed', err)
      write(say(prompts, lang, 'error') + '\n')
    }
  }

  return {
    name: 'terminal',
    closed,
    async start() {
      rl = createInterface({ input, output: tty ? output : undefined, terminal: tty })
      write(say(prompts, lang, 'terminal_greeting') + '\n')
      let queue = Promise.resolve()
      if (tty) {
        rl.setPrompt('> ')
        rl.prompt()
      }
      rl.on('line', (line) => {
        queue = queue.then(() => answer(line)).then(() => {
          if (tty && rl) rl.prompt()
        })
      })
      rl.on('SIGINT', () => rl?.close())
      rl.on('close', () => {
        void queue.then(() => {
          write(say(prompts, lang, 'terminal_bye'))
          endChat()
        })
      })
    },
    async stop() {
      rl?.close()
      if (!rl) endChat()
      await closed
    },
  }
}
