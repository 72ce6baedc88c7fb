/**
 * @module dialogue/chat-prompts
 * The reply templates the dialogue engine uses, with the variables each may
 * contain. Declaring them at start-up means a staff edit that breaks a
 * template ("{titel}") stops the bot with a clear message instead of showing
 * a learner half a sentence.
 */
import type { Prompts, PromptSpec } from '../prompts.js'

/** Every `chat.*` key and its allowed variables. */
export const CHAT_PROMPTS = {
  greeting: [],
  help: [],
  thanks: [],
  reset: [],
  menu_intro: [],
  menu_item: ['n', 'topic'],
  menu_footer: [],
  vague: [],
  found: ['what'],
  found_any: [],
  continue: [],
  more_none: [],
  more_nothing: [],
  more_open_to_all: ['audience'],
  relaxed_topic: ['topic'],
  relaxed_audience: ['audience'],
  unread_person: [],
  unread_person_widened: [],
  relaxed_region_province: ['region', 'province'],
  relaxed_region_nationwide: ['region'],
  relaxed_format: ['format'],
  relaxed_time: [],
  relaxed_fee: [],
  not_found: ['what'],
  not_found_any: [],
  not_found_hint: [],
  untaught_family: ['what', 'topic'],
  untaught_offer: ['what', 'topic', 'n'],
  ask_subject: [],
  not_understood: [],
  too_long: ['max'],
  number_out_of_range: ['count'],
  number_only_one: [],
  which_one: ['count'],
  nothing_shown: [],
  feedback_thanks: [],
  project_line: ['title', 'provider', 'where', 'fee'],
  where_online: [],
  where_offline: ['place'],
  where_offline_unknown: [],
  where_hybrid: ['place'],
  where_hybrid_unknown: [],
  fee_free: [],
  fee_amount: ['amount'],
  fee_unknown: [],
  date: ['y', 'm', 'd', 'iso'],
  detail_title: ['title'],
  detail_provider: ['provider'],
  detail_summary: ['summary'],
  detail_where: ['where'],
  detail_fee: ['fee'],
  detail_dates: ['start', 'end'],
  detail_start: ['start'],
  detail_duration: ['duration'],
  detail_enroll: ['enroll'],
  detail_contact: ['contact'],
  detail_url: ['url'],
  detail_footer: [],
  answer_enroll: ['title', 'enroll'],
  answer_fee_free: ['title'],
  answer_fee: ['title', 'amount'],
  answer_place_online: ['title'],
  answer_place_offline: ['title', 'place'],
  answer_place_hybrid: ['title', 'place'],
  answer_dates: ['title', 'start', 'end'],
  answer_start: ['title', 'start'],
  answer_duration: ['title', 'duration'],
  answer_contact: ['title', 'contact'],
  answer_url: ['title', 'url'],
  missing: ['title', 'field'],
  ask_contact: ['contact'],
  ask_provider: ['provider'],
  field_enroll: [],
  field_fee: [],
  field_place: [],
  field_dates: [],
  field_duration: [],
  field_contact: [],
  field_url: [],
  button_more: [],
  button_menu: [],
  button_enroll: [],
  button_contact: [],
  joiner: [],
} as const satisfies PromptSpec

/** A `chat.*` key. */
export type ChatKey = keyof typeof CHAT_PROMPTS

/** Checks the chat templates in every language; throws a UserError listing problems. */
export function declareChatPrompts(prompts: Prompts): void {
  prompts.declare('chat', CHAT_PROMPTS)
}

/** Renders one chat template: a typed shortcut for `prompts.t(lang, 'chat.' + key, vars)`. */
export function say(
  prompts: Prompts,
  lang: 'zh' | 'en',
  key: ChatKey,
  vars: Record<string, string | number> = {},
): string {
  return prompts.t(lang, `chat.${key}`, vars)
}

/** "Please reply with a number from 1 to n", or "there is only one" when n is 1. */
export function numberRangeHint(prompts: Prompts, lang: 'zh' | 'en', count: number): string {
  return count === 1 ? say(prompts, lang, 'number_only_one') : say(prompts, lang, 'number_out_of_range', { count })
}
