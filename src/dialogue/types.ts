/**
 * @module dialogue/types
 * The channel-free conversation contract. A channel turns what a user sent
 * into an {@link IncomingMessage}, hands it to a {@link ChatEngine}, and renders
 * the structured {@link Reply} its own way (Telegram buttons, WeChat numbered
 * text, terminal lines, HTTP JSON). The engine never imports a channel.
 */

import type { Lang } from '../text/lang.js'

/** Re-exported for callers that took it from here before it moved below the layers (text/lang). */
export type { Lang }

/** One message from a learner or staff member, as any channel sees it. */
export interface IncomingMessage {
  /** Which channel it came through: 'telegram', 'wechat', 'terminal', 'http', 'cli'. */
  channel: string
  /** The sender's id on that channel. */
  userId: string
  /** The conversation: the user id in a direct chat, the room/group id in a group. */
  chatId: string
  text: string
  /** A language hint from the channel (e.g. Telegram's language_code); the engine may detect its own. */
  lang?: Lang
  /** Answer in this language whatever the text is written in (the staff hit test shows both). */
  replyLang?: Lang
  /** Set by the wiring layer from the admin list; the engine never decides this itself. */
  isAdmin?: boolean
  /** 'voice' when `text` is the transcript of a voice note (the turn log marks it; the audio is never kept). */
  via?: 'voice'
}

/** One project as a reply shows it: its number in this reply and a short line. */
export interface ShownProject {
  /** 1-based number the user can answer with. */
  n: number
  id: string
  title: string
  /** One plain line: title, provider, online/offline and place, free or fee. */
  line: string
}

/** A suggested action; `payload` is the text to send back to the engine as if typed. */
export interface ReplyButton {
  label: string
  payload: string
}

/** A piece of a reply, each rendered by the channel its own way. */
export type ReplyPart =
  | { type: 'text'; text: string }
  | { type: 'projects'; items: ShownProject[] }
  | { type: 'buttons'; buttons: ReplyButton[] }

/** What the engine answers to one message. */
export interface Reply {
  parts: ReplyPart[]
  lang: Lang
  /** The projects this reply shows, in order (just one for a follow-up on one project). */
  projects: { id: string; title: string }[]
  /** True when the bot asked back (e.g. a topic menu) instead of answering. */
  clarify: boolean
  /**
   * The slots the request had to widen to find anything ('region' when 云南 had
   * none and these are nationwide online ones); absent when nothing was widened.
   * The reply's text says the same in words.
   */
  relaxed?: ('topic' | 'audience' | 'region' | 'format' | 'fee' | 'time')[]
}

/** The dialogue engine as channels see it. */
export interface ChatEngine {
  /** Answers one message, keeping the conversation's state between calls. */
  handle(message: IncomingMessage): Promise<Reply>
  /** Deletes everything stored about a user on a channel (sessions, logs, subscriptions). */
  forget(channel: string, userId: string): Promise<void>
  /**
   * Shows a reply nobody asked for (a subscription notice) in a chat, through the same per-chat queue
   * as {@link handle}: `deliver` builds and sends it, then the chat's session records the projects it
   * numbered, so "1" in answer opens the first. Sessions are written only by the engine, so a turn in
   * progress and a notice never overwrite each other. Nothing is recorded when `deliver` throws.
   */
  present(chat: ChatAddress, deliver: () => Promise<Reply>): Promise<Reply>
}

/** One chat, as the engine keys its sessions, and the language to open a new session in. */
export interface ChatAddress {
  channel: string
  chatId: string
  userId: string
  lang: Lang
}
