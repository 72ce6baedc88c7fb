/**
 * @module dialogue/render-reply
 * Builds the structured replies channels render: short text parts, a
 * numbered list of at most three projects, and buttons whose payload is the
 * text to send back as if typed ("1", "更多", "👍 LF-0001"). Written for a
 * 70-year-old reading on a phone: few items, one line each, plain words, how
 * to continue always said, no tables and no markdown.
 */
import type { Project } from '../catalogue/project.js'
import type { Prompts } from '../prompts.js'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import type { Lang, Reply, ReplyButton, ReplyPart, ShownProject } from './types.js'
import { say } from './chat-prompts.js'
import { projectLine, titleOf } from './project-text.js'

/** Most projects one reply lists: more is hard to read on a small screen. */
export const MAX_PROJECTS = 3
/** Most topics the numbered menu offers (one digit each). */
export const MENU_SIZE = 9

/** Options for {@link listReply}. */
export interface ListOptions {
  /** The intro sentence (template or checked LLM wording). */
  intro: string
  /** Sentences before the intro: what had to be widened to find these ("云南暂时没有，这是全国线上的。"). */
  notes?: string[]
}

/** Text parts from lines (blank lines dropped). */
export function textParts(lines: string[]): ReplyPart[] {
  const text = lines.filter((l) => l.trim() !== '').join('\n')
  return text ? [{ type: 'text', text }] : []
}

/** A reply made of sentences only. */
export function textReply(lang: Lang, lines: string[], buttons: ReplyButton[] = [], clarify = false): Reply {
  const parts = textParts(lines)
  if (buttons.length) parts.push({ type: 'buttons', buttons })
  return { parts, lang, projects: [], clarify }
}

/** The numbered list of found projects with how to continue. */
export function listReply(prompts: Prompts, lang: Lang, projects: Project[], opts: ListOptions): Reply {
  const shown = projects.slice(0, MAX_PROJECTS)
  const items: ShownProject[] = shown.map((p, i) => ({
    n: i + 1,
    id: p.id,
    title: titleOf(p, lang),
    line: projectLine(prompts, lang, p),
  }))
  const buttons: ReplyButton[] = items.map((it) => ({ label: String(it.n), payload: String(it.n) }))
  const more = say(prompts, lang, 'button_more')
  buttons.push({ label: more, payload: more })
  return {
    parts: [
      ...textParts([...(opts.notes ?? []), opts.intro]),
      { type: 'projects', items },
      ...textParts([say(prompts, lang, 'continue')]),
      { type: 'buttons', buttons },
    ],
    lang,
    projects: items.map((it) => ({ id: it.id, title: it.title })),
    clarify: false,
  }
}

/** A reply about one project (details or one field), with follow-up and feedback buttons. */
export function projectReply(prompts: Prompts, lang: Lang, p: Project, lines: string[]): Reply {
  const enroll = say(prompts, lang, 'button_enroll')
  const contact = say(prompts, lang, 'button_contact')
  const more = say(prompts, lang, 'button_more')
  return {
    parts: [
      ...textParts(lines),
      {
        type: 'buttons',
        buttons: [
          { label: enroll, payload: enroll },
          { label: contact, payload: contact },
          { label: more, payload: more },
          { label: '👍', payload: `👍 ${p.id}` },
          { label: '👎', payload: `👎 ${p.id}` },
        ],
      },
    ],
    lang,
    projects: [{ id: p.id, title: titleOf(p, lang) }],
    clarify: false,
  }
}

/** The topic ids the numbered menu offers, in taxonomy order. */
export function menuTopics(taxonomy: Taxonomy): string[] {
  return taxonomy.topics.slice(0, MENU_SIZE).map((t) => t.id)
}

/** A topic's label in the reply's language. */
export function topicLabel(taxonomy: Taxonomy, lang: Lang, id: string): string {
  const e = taxonomy.get('topics', id)
  return e ? (lang === 'en' ? e.en : e.zh) : id
}

/** The numbered topic menu after `lead` sentences; clarify marks an ask-back. */
export function menuReply(
  prompts: Prompts,
  lang: Lang,
  taxonomy: Taxonomy,
  lead: string[],
  opts: { clarify: boolean; intro?: boolean },
): Reply {
  const topics = menuTopics(taxonomy)
  const lines = [...lead]
  if (opts.intro !== false) lines.push(say(prompts, lang, 'menu_intro'))
  topics.forEach((id, i) => lines.push(say(prompts, lang, 'menu_item', { n: i + 1, topic: topicLabel(taxonomy, lang, id) })))
  lines.push(say(prompts, lang, 'menu_footer'))
  const buttons = topics.map((id, i) => ({ label: `${i + 1} ${topicLabel(taxonomy, lang, id)}`, payload: String(i + 1) }))
  return textReply(lang, lines, buttons, opts.clarify)
}

type SlotLike = { id: string; explicit: boolean }

/** The words describing what was searched: "人工智能、老年人、线下". */
export function describeSlots(
  prompts: Prompts,
  lang: Lang,
  taxonomy: Taxonomy,
  slots: { topics: SlotLike[]; audiences: SlotLike[]; region: string | null; format: string | null; free: boolean | null },
): string {
  const words: string[] = []
  for (const t of slots.topics.filter((x) => x.explicit)) words.push(topicLabel(taxonomy, lang, t.id))
  for (const a of slots.audiences.filter((x) => x.explicit)) {
    const e = taxonomy.get('audiences', a.id)
    words.push(e ? (lang === 'en' ? e.en : e.zh) : a.id)
  }
  if (slots.region && slots.region !== '全国') words.push(slots.region)
  if (slots.format === 'online') words.push(say(prompts, lang, 'where_online'))
  if (slots.format === 'offline') words.push(say(prompts, lang, 'where_offline_unknown'))
  if (slots.format === 'hybrid') words.push(say(prompts, lang, 'where_hybrid_unknown'))
  if (slots.free) words.push(say(prompts, lang, 'fee_free'))
  const joiner = say(prompts, lang, 'joiner')
  return words.join(/^[,;]$/.test(joiner) ? joiner + ' ' : joiner)
}
