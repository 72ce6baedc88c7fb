/**
 * @module catalogue/cell-values
 * Turning one spreadsheet cell into a field value. Staff type the same thing
 * many ways (免费 / free / 0, 2026/9/1 / an Excel date cell, 线上线下 / 混合),
 * so each parser accepts the spellings the spec lists and explains a refusal
 * in words a spreadsheet user understands.
 */
import type { Format } from './project.js'
import { fold } from '../text/fold.js'

/** What a reader hands over for one cell: text (CSV), a number or Date (XLSX, JSON), a list (JSON, YAML) or nothing. */
export type CellValue = string | number | boolean | Date | null | undefined | CellValue[]

/** Either a parsed value or the reason it could not be parsed. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; code?: string; params?: Record<string, string | number> }

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const fail = <T>(reason: string, code?: string, params: Record<string, string | number> = {}): Parsed<T> =>
  ({ ok: false, reason, ...(code ? { code, params } : {}) })

/** The separators a list cell is split on (spec: ; ； , ， 、 | /). */
export const LIST_SEPARATORS = /[;；,，、|/]/

/** A cell as trimmed text ('' when empty); dates become YYYY-MM-DD, lists are joined with "；". */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return isoDate(value) ?? ''
  if (Array.isArray(value)) return value.map(cellText).filter(Boolean).join('；')
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  return String(value).trim()
}

/** A list cell split on the spec's separators, trimmed, empty parts and repeats dropped. */
export function splitList(value: CellValue): string[] {
  const parts = Array.isArray(value)
    ? value.flatMap((v) => cellText(v).split(LIST_SEPARATORS))
    : cellText(value).split(LIST_SEPARATORS)
  const out: string[] = []
  for (const part of parts) {
    const item = part.trim()
    if (item && !out.includes(item)) out.push(item)
  }
  return out
}

/** YYYY-MM-DD of a Date's calendar day as Excel meant it (exceljs gives UTC midnight). */
function isoDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d > last) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/** Excel's day numbers count from 1899-12-30 (with its 1900 leap-year quirk already folded in). */
function excelSerialDate(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 150_000) return null
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)
  return isoDate(d)
}

/**
 * A date cell: an Excel date (Date object or day number), or text as
 * YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日. Empty gives null.
 */
export function parseDate(value: CellValue): Parsed<string | null> {
  if (value instanceof Date) {
    const iso = isoDate(value)
    return iso ? ok(iso) : fail('is not a real date', 'date_not_real_cell')
  }
  if (typeof value === 'number') {
    const iso = excelSerialDate(value)
    return iso ? ok(iso) : fail(`"${value}" is not a date; write it as YYYY-MM-DD, e.g. 2026-09-01`, 'date_invalid', { value: String(value) })
  }
  const text = fold(cellText(value))
  if (!text) return ok(null)
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ t]00:00(?::00(?:\.0+)?)?z?)?$/.exec(text)
  if (m) {
    const iso = validDay(Number(m[1]), Number(m[2]), Number(m[3]))
    return iso ? ok(iso) : fail(`"${cellText(value)}" is not a real calendar date`, 'date_not_real', { value: cellText(value) })
  }
  if (/^\d{5}$/.test(text)) {
    const iso = excelSerialDate(Number(text))
    if (iso) return ok(iso)
  }
  return fail(`"${cellText(value)}" is not a date; write it as YYYY-MM-DD (e.g. 2026-09-01) or YYYY/M/D`, 'date_invalid', { value: cellText(value) })
}

const FREE_WORDS = new Set(['免费', 'free', '0', '0元', '无', '不收费', '公益', '免费公益', '否', '免'])
/** A 是否收费 column's "yes": it costs something, how much is not said, so the fee is unknown (never free). */
const PAID_WORDS = new Set(['是', '收费', '付费', '需收费', '需付费'])

/**
 * A fee cell in CNY: 免费 / free / 0 give 0, "200", "200元", "¥1,200", "RMB 200"
 * give the amount, empty gives null (unknown, which is not the same as free).
 * A 是否收费 column's 否 is free and its 是 unknown.
 */
export function parseFee(value: CellValue): Parsed<number | null> {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? ok(value) : fail(`"${value}" is not an amount in CNY`, 'fee_invalid', { value: String(value) })
  }
  const raw = cellText(value)
  const text = fold(raw).replace(/\s+/g, '')
  if (!text) return ok(null)
  if (FREE_WORDS.has(text)) return ok(0)
  if (PAID_WORDS.has(text)) return ok(null)
  const m = /^(?:¥|￥|rmb|cny)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:元|块|rmb|cny|yuan)?(?:\/人|每人)?$/.exec(text)
  if (m) return ok(Number(m[1].replace(/,/g, '') + (m[2] ?? '')))
  return fail(`"${raw}" is neither free (免费, free, 0) nor an amount in CNY such as 200 or 200元`, 'fee_invalid', { value: raw })
}

const FORMAT_WORDS: Record<string, Format> = {
  online: 'online', 线上: 'online', 网上: 'online', 在线: 'online', 网络: 'online', 远程: 'online', 直播: 'online', 网课: 'online', 网络课程: 'online', 线上课程: 'online', 直播课: 'online',
  offline: 'offline', 线下: 'offline', 面授: 'offline', 现场: 'offline', 集中面授: 'offline', 'in person': 'offline', 线下课程: 'offline', 面授课: 'offline', 现场教学: 'offline',
  hybrid: 'hybrid', 混合: 'hybrid', 线上线下: 'hybrid', '线上+线下': 'hybrid', '线上/线下': 'hybrid',
  '线上、线下': 'hybrid', '线上及线下': 'hybrid', '线上与线下': 'hybrid', 线上线下结合: 'hybrid',
  线上线下混合: 'hybrid', 混合式: 'hybrid', blended: 'hybrid',
}

/** A format cell: online/offline/hybrid or the Chinese words for them (线上, 线下, 线上线下, 混合, 网上, 面授…). */
export function parseFormat(value: CellValue): Parsed<Format> {
  const raw = cellText(value)
  const text = fold(raw)
  const hit = FORMAT_WORDS[text] ?? FORMAT_WORDS[text.replace(/\s+/g, '')]
  if (hit) return ok(hit)
  if (!text) return fail('is empty; write 线上, 线下 or 混合 (online, offline or hybrid)', 'format_empty')
  return fail(`"${raw}" is not a learning format; write 线上, 线下 or 混合 (online, offline or hybrid)`, 'format_invalid', { value: raw })
}

const STATUS_WORDS: Record<string, 'active' | 'archived'> = {
  '': 'active', active: 'active', 有效: 'active', 上线: 'active', 正常: 'active', 在招: 'active', 开放: 'active',
  archived: 'archived', 下线: 'archived', 已下线: 'archived', 下架: 'archived', 归档: 'archived',
  已归档: 'archived', 停止: 'archived', 停用: 'archived', 无效: 'archived', 已结束: 'archived',
}

/** A status cell: empty or active/有效 for active, archived/下线 (and similar words) for archived. */
export function parseStatus(value: CellValue): Parsed<'active' | 'archived'> {
  const raw = cellText(value)
  const hit = STATUS_WORDS[fold(raw)]
  return hit ? ok(hit) : fail(`"${raw}" is not a status; write 有效 (active) or 下线 (archived), or leave it empty`, 'status_invalid', { value: raw })
}

/** An http(s) link, or null when empty. */
export function parseUrl(value: CellValue): Parsed<string | null> {
  const raw = cellText(value)
  if (!raw) return ok(null)
  try {
    const u = new URL(raw)
    if (u.protocol === 'http:' || u.protocol === 'https:') return ok(raw)
  } catch {
    // fall through to the explanation below
  }
  return fail(`"${raw}" is not a web link; it must start with http:// or https://`, 'url_invalid', { value: raw })
}
