/**
 * @module channels/shared/channel-prompts
 * The sentences channels say themselves (welcome, "please shorten", "slow
 * down", button labels...), declared once so a typo in prompts/<lang>/channels.yaml
 * stops start-up instead of showing a learner a raw "{max}".
 */
import type { Prompts } from '../../prompts.js'
import type { Lang } from '../../dialogue/types.js'

/** Keys of prompts/<lang>/channels.yaml and the variables each may use. */
export const CHANNEL_PROMPTS = {
  welcome: [],
  help: [],
  menu_request: [],
  more_payload: [],
  button_details: ['n'],
  button_more: [],
  button_expired: [],
  non_text: [],
  too_long: ['max'],
  slow_down: [],
  forgotten: [],
  lang_switched: [],
  text_hint: ['numbers'],
  text_choices: ['choices'],
  terminal_greeting: [],
  terminal_bye: [],
  error: [],
  command_start: [],
  command_help: [],
  command_menu: [],
  command_lang: [],
  command_forget: [],
  voice_echo: ['text'],
  voice_too_long: ['max'],
  voice_unclear: [],
  voice_failed: [],
  voice_reply_on: [],
  voice_reply_off: [],
  voice_reply_unavailable: [],
  voice_item: ['n', 'title'],
} as const

/** A key of the channels prompt area. */
export type ChannelPromptKey = keyof typeof CHANNEL_PROMPTS

/** Checks prompts/<lang>/channels.yaml; safe to call more than once. */
export function declareChannelPrompts(prompts: Prompts): Prompts {
  return prompts.declare('channels', CHANNEL_PROMPTS)
}

/** Renders one channel sentence, e.g. `say(prompts, 'zh', 'too_long', { max: 1000 })`. */
export function say(
  prompts: Prompts,
  lang: Lang,
  key: ChannelPromptKey,
  vars: Record<string, string | number> = {},
): string {
  return prompts.t(lang, `channels.${key}`, vars)
}
