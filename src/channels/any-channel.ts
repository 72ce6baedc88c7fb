/**
 * @module channels/any-channel
 * Every channel adapter as one discriminated union, so the wiring and the
 * staff layer find a channel by its type (`findChannel(channels, 'terminal')`
 * is a TerminalChannel) instead of comparing name strings and casting.
 * Type-only imports: nothing here loads grammY or Wechaty.
 */
import type { HttpChannel } from './http/create-http-channel.js'
import type { TelegramChannel } from './telegram/create-telegram-channel.js'
import type { TerminalChannel } from './terminal/create-terminal-channel.js'
import type { WechatChannel } from './wechat/create-wechat-channel.js'

/** Any running channel; `name` tells which. */
export type AnyChannel = TelegramChannel | WechatChannel | HttpChannel | TerminalChannel

/** The channel names learnfinder runs. */
export type ChannelName = AnyChannel['name']

/** The channel of this kind among `channels`, typed as that kind, or undefined when it is not running. */
export function findChannel<N extends ChannelName>(
  channels: readonly AnyChannel[],
  name: N,
): Extract<AnyChannel, { name: N }> | undefined {
  return channels.find((c): c is Extract<AnyChannel, { name: N }> => c.name === name)
}
