/**
 * @module dialogue/project-text
 * Turns one project's fields into the plain words a learner reads: its short
 * list line, its detail card, and the answer to "要钱吗" or "在哪里上课".
 * Everything said about a project comes from its own fields; a field the
 * catalogue lacks is reported as missing ("目录里没有写") together with the
 * contact to ask, never guessed.
 */
import type { Project } from '../catalogue/project.js'
import type { Prompts } from '../prompts.js'
import type { Lang } from './types.js'
import type { Field } from './session.js'
import { say } from './chat-prompts.js'

/** The title in the reply's language (English title when there is one). */
export function titleOf(p: Project, lang: Lang): string {
  return lang === 'en' && p.title_en ? p.title_en : p.title
}

/** A place short enough for one line: "浙江省 杭州市" → "杭州市"; "全国" stays. */
export function shortPlace(region: string | null): string | null {
  if (!region) return null
  const parts = region.trim().split(/\s+/)
  return parts[parts.length - 1] || null
}

/** "线上" / "线下（杭州市）" / "线上+线下（成都市）". */
export function whereText(prompts: Prompts, lang: Lang, p: Project, full = false): string {
  const place = p.region && p.region !== '全国' ? (full ? p.region : shortPlace(p.region)) : null
  if (p.format === 'online') return say(prompts, lang, 'where_online')
  if (p.format === 'offline') {
    return place ? say(prompts, lang, 'where_offline', { place }) : say(prompts, lang, 'where_offline_unknown')
  }
  return place ? say(prompts, lang, 'where_hybrid', { place }) : say(prompts, lang, 'where_hybrid_unknown')
}

/** "免费" / "200元" / "费用没写" (null fee means unknown, not free). */
export function feeText(prompts: Prompts, lang: Lang, p: Project): string {
  if (p.fee === 0) return say(prompts, lang, 'fee_free')
  if (p.fee === null) return say(prompts, lang, 'fee_unknown')
  return say(prompts, lang, 'fee_amount', { amount: formatAmount(p.fee) })
}

function formatAmount(fee: number): string {
  return Number.isInteger(fee) ? String(fee) : fee.toFixed(2)
}

/** A YYYY-MM-DD date as the learner's language writes it. */
export function dateText(prompts: Prompts, lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-')
  return say(prompts, lang, 'date', { y, m: Number(m), d: Number(d), iso })
}

/** The one-line summary in a numbered list. */
export function projectLine(prompts: Prompts, lang: Lang, p: Project): string {
  return say(prompts, lang, 'project_line', {
    title: titleOf(p, lang),
    provider: p.provider,
    where: whereText(prompts, lang, p),
    fee: feeText(prompts, lang, p),
  })
}

/** The first sentence or so of the summary: enough to decide, short enough to read. */
export function shortSummary(p: Project, lang: Lang, max = 90): string {
  const text = (lang === 'en' && p.summary_en ? p.summary_en : p.summary).trim()
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const stop = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('. '), cut.lastIndexOf('；'))
  return stop > max / 3 ? cut.slice(0, stop + 1) : cut + '…'
}

/** The detail card shown for "2" or "第二个详细说说": only the fields the catalogue has. */
export function detailLines(prompts: Prompts, lang: Lang, p: Project): string[] {
  const lines = [
    say(prompts, lang, 'detail_title', { title: titleOf(p, lang) }),
    say(prompts, lang, 'detail_provider', { provider: p.provider }),
    say(prompts, lang, 'detail_summary', { summary: shortSummary(p, lang) }),
    say(prompts, lang, 'detail_where', { where: whereText(prompts, lang, p, true) }),
    say(prompts, lang, 'detail_fee', { fee: feeText(prompts, lang, p) }),
  ]
  if (p.start_date && p.end_date) {
    lines.push(say(prompts, lang, 'detail_dates', {
      start: dateText(prompts, lang, p.start_date),
      end: dateText(prompts, lang, p.end_date),
    }))
  } else if (p.start_date) {
    lines.push(say(prompts, lang, 'detail_start', { start: dateText(prompts, lang, p.start_date) }))
  }
  if (p.duration) lines.push(say(prompts, lang, 'detail_duration', { duration: p.duration }))
  if (p.enroll) lines.push(say(prompts, lang, 'detail_enroll', { enroll: p.enroll }))
  if (p.contact) lines.push(say(prompts, lang, 'detail_contact', { contact: p.contact }))
  if (p.url) lines.push(say(prompts, lang, 'detail_url', { url: p.url }))
  return lines
}

/**
 * The answer to a question about one field of `p`, as lines. A missing field
 * says so and points to the contact (or the provider when there is none).
 */
export function fieldAnswer(prompts: Prompts, lang: Lang, p: Project, field: Field): string[] {
  if (field === 'details') return detailLines(prompts, lang, p)
  const title = titleOf(p, lang)
  const answer = presentAnswer(prompts, lang, p, field, title)
  if (answer) return [answer]
  const lines = [say(prompts, lang, 'missing', { title, field: say(prompts, lang, `field_${field}`) })]
  if (p.contact && field !== 'contact') lines.push(say(prompts, lang, 'ask_contact', { contact: p.contact }))
  else lines.push(say(prompts, lang, 'ask_provider', { provider: p.provider }))
  return lines
}

function presentAnswer(prompts: Prompts, lang: Lang, p: Project, field: Exclude<Field, 'details'>, title: string): string | null {
  switch (field) {
    case 'enroll':
      return p.enroll ? say(prompts, lang, 'answer_enroll', { title, enroll: p.enroll }) : null
    case 'fee':
      if (p.fee === null) return null
      return p.fee === 0
        ? say(prompts, lang, 'answer_fee_free', { title })
        : say(prompts, lang, 'answer_fee', { title, amount: formatAmount(p.fee) })
    case 'place': {
      if (p.format === 'online') return say(prompts, lang, 'answer_place_online', { title })
      if (!p.region || p.region === '全国') return null
      const key = p.format === 'offline' ? 'answer_place_offline' : 'answer_place_hybrid'
      return say(prompts, lang, key, { title, place: p.region })
    }
    case 'dates':
      if (!p.start_date) return null
      return p.end_date
        ? say(prompts, lang, 'answer_dates', {
            title,
            start: dateText(prompts, lang, p.start_date),
            end: dateText(prompts, lang, p.end_date),
          })
        : say(prompts, lang, 'answer_start', { title, start: dateText(prompts, lang, p.start_date) })
    case 'duration':
      return p.duration ? say(prompts, lang, 'answer_duration', { title, duration: p.duration }) : null
    case 'contact':
      return p.contact ? say(prompts, lang, 'answer_contact', { title, contact: p.contact }) : null
    case 'url':
      return p.url ? say(prompts, lang, 'answer_url', { title, url: p.url }) : null
  }
}
