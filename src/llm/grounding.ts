/**
 * @module llm/grounding
 * The check every model answer passes before a learner sees it: it may not
 * mention a phone number, URL, date, fee or quoted title that is not in the
 * retrieved records. Models invent plausible details ("报名电话 400-123-4567")
 * and a learner who calls a wrong number loses trust for good, so anything
 * not traceable to the records rejects the whole answer.
 */
import type { Project } from '../catalogue/project.js'
import { toHalfWidth } from '../text/fold.js'

/** The result of {@link checkGrounding}: ok, or the first unsupported detail. */
export type GroundingResult = { ok: true } | { ok: false; reason: string }

/** Longest answer accepted: replies must stay short for elderly readers. */
export const MAX_ANSWER_CHARS = 400

function recordTexts(p: Project): string[] {
  const out = [p.id, p.title, p.provider, p.summary, p.region ?? '', p.duration ?? '', p.start_date ?? '',
    p.end_date ?? '', p.enroll ?? '', p.contact ?? '', p.url ?? '', p.title_en ?? '', p.summary_en ?? '',
    ...p.tags, ...Object.values(p.extra)]
  if (p.fee !== null) out.push(String(p.fee))
  return out.filter(Boolean)
}

const norm = (s: string) => toHalfWidth(s).toLowerCase().replace(/\s+/g, '')
const digitsOnly = (s: string) => s.replace(/\D/g, '')

/**
 * Checks `text` against `projects` (and the template `draft`, whose words are
 * ours). Returns the first detail that no record supports.
 */
export function checkGrounding(text: string, projects: Project[], draft = ''): GroundingResult {
  const t = toHalfWidth(text).trim()
  if (!t) return { ok: false, reason: 'empty answer' }
  if (t.length > MAX_ANSWER_CHARS) return { ok: false, reason: `answer longer than ${MAX_ANSWER_CHARS} characters` }
  if (/^\s*\|.*\|\s*$/m.test(t)) return { ok: false, reason: 'answer contains a table' }
  const texts = [...projects.flatMap(recordTexts), draft]
  const corpus = norm(texts.join('\n'))
  const digitCorpus = texts.map(digitsOnly).filter(Boolean)
  const numbers = new Set<number>()
  for (const s of texts) for (const m of toHalfWidth(s).matchAll(/\d+(?:\.\d+)?/g)) numbers.add(Number(m[0]))

  for (const m of t.matchAll(/(?:https?:\/\/|www\.)[^\s，。、“”"'<>）)]+/gi)) {
    const url = norm(m[0].replace(/[.,;:!?]+$/, ''))
    if (!corpus.includes(url)) return { ok: false, reason: `URL not in the records: ${m[0]}` }
  }
  for (const m of t.matchAll(/\+?\d[\d\s()-]{5,}\d/g)) {
    const d = digitsOnly(m[0])
    if (d.length >= 7 && !digitCorpus.some((c) => c.includes(d))) {
      return { ok: false, reason: `phone number or code not in the records: ${m[0].trim()}` }
    }
  }
  const dates = recordDates(projects)
  for (const m of t.matchAll(/(?:(\d{4})\s*[年\-/.]\s*)?(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?/g)) {
    if (!m[1] && !/[月]/.test(m[0])) continue
    const key = `${Number(m[2])}-${Number(m[3])}`
    if (!dates.has(key)) return { ok: false, reason: `date not in the records: ${m[0].trim()}` }
  }
  for (const m of t.matchAll(/\d+(?:\.\d+)?/g)) {
    const n = Number(m[0])
    if (n >= 10 && !numbers.has(n)) return { ok: false, reason: `number not in the records: ${m[0]}` }
  }
  if (/[零一二三四五六七八九十百千万两]+\s*(?:元|块)/.test(t)) {
    return { ok: false, reason: 'fee written in words cannot be checked against the records' }
  }
  for (const m of t.matchAll(/[《「『“"]([^》」』”"]{2,80})[》」』”"]/g)) {
    if (!corpus.includes(norm(m[1]))) return { ok: false, reason: `quoted name not in the records: ${m[1]}` }
  }
  return { ok: true }
}

function recordDates(projects: Project[]): Set<string> {
  const out = new Set<string>()
  for (const p of projects) {
    for (const d of [p.start_date, p.end_date]) {
      if (!d) continue
      const [, m, day] = d.split('-')
      out.add(`${Number(m)}-${Number(day)}`)
    }
  }
  return out
}
