/**
 * @module query/body-staff
 * One span, two audiences: "neighbourhood committee staff", "village committee workers", "村委会员工" name the
 * people of a body the learner names, and the plain word for people at work in it ("staff", "员工") also reads
 * as employees in general. The specific group wins: a generic staff word right after another group's words (or
 * "staff of" right before them) is that group's, and goes, so the request is not also an office worker's. Said
 * apart ("hospital staff and farm workers", "我是员工"), the word stays who learns.
 */
import type { SlotValue } from './slots.js'
import { indexesOf } from '../text/regex-tools.js'

/** Words for people at work in general: a closed class, whoever they work for. */
const STAFF = /^(?:staff|staffers|workers?|employees?|personnel|officers?|members?|team|员工|职工|工作人员|职员|同事)$/
/** What may stand between a body and its staff: a space, 的, or a possessive ("committee's staff"). */
const BODY_THEN_STAFF = /^(?:\s|的|'s\s|s\s)?$/
/** "staff of (the)" before the body. */
const STAFF_OF = /^\s(?:of|at|from|in)\s(?:the\s|our\s|a\s)?$/

/** True when `a`, a generic staff word, belongs to the group `b` said right beside it. */
function staffOf(normalized: string, a: SlotValue, b: SlotValue): boolean {
  return indexesOf(normalized, a.matched).some((at) => indexesOf(normalized, b.matched).some((bAt) => {
    const bEnd = bAt + b.matched.length
    if (bEnd <= at) return BODY_THEN_STAFF.test(normalized.slice(bEnd, at))
    const aEnd = at + a.matched.length
    return aEnd <= bAt && STAFF_OF.test(normalized.slice(aEnd, bAt))
  }))
}

/** `audiences` without a generic staff word that names the people of another group said beside it. */
export function withoutBodyStaff(normalized: string, audiences: SlotValue[]): SlotValue[] {
  if (audiences.length < 2) return audiences
  return audiences.filter((a) => a.related || !STAFF.test(a.matched.trim())
    || !audiences.some((b) => b !== a && b.id !== a.id && !b.related && staffOf(normalized, a, b)))
}
