/**
 * @module channels/types
 * What every channel adapter gives back to the wiring in main.ts: a way to
 * start and stop it, and a way to push a message to a user outside a
 * conversation (e.g. "a new project you asked about").
 */
import type { Reply } from '../dialogue/types.js'

/** A running channel adapter (Telegram, WeChat, terminal, HTTP). */
export interface Channel {
  readonly name: string
  start(): Promise<void>
  /** Finishes the messages in hand, then stops receiving. */
  stop(): Promise<void>
  /**
   * Sends an unprompted reply (a notification) to one chat: a person, or a group/room the bot is in.
   * Throws if the chat cannot be reached.
   */
  send?(chatId: string, reply: Reply): Promise<void>
  /**
   * Set on a channel only one worker may run (WeChat: one login): whether this
   * worker runs it now. Its notices are sent only where it runs.
   */
  readonly singleton?: { holding(): boolean }
}
