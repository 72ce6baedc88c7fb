/**
 * @module bench/sim/check
 * The invariants one reply must keep, judged from the catalogue (World)
 * and what the simulator stated, never from the bot's own understanding:
 * shown projects satisfy the stated constraints (unless the reply says it
 * relaxed a slot, and only when nothing satisfies them all), something is
 * shown when something matches, "more" brings only unseen projects and is
 * exhausted only when all were seen, a detail answer carries the field,
 * a reset leaks nothing, a vague opener gets an ask-back and an
 * out-of-scope request gets nothing.
 */
import type { Project } from '../../src/catalogue/project.js'
import type { Reply } from '../../src/dialogue/types.js'
import { replyText } from '../../src/dialogue/reply-text.js'
import { fieldEvidence } from '../eval/dialogues.js'
import type { DetailField } from './bank.js'
import type { TurnKind } from './plan.js'
import { SLOTS, type Constraints, type SlotName, type World } from './world.js'

/** A reply as the simulator reads it: the engine's Reply plus the optional `relaxed` slots of the contract. */
export type SimReply = Reply & { relaxed?: string[] }

/** What the simulator meant by one message, for the checker. */
export interface TurnIntent {
  kind: TurnKind
  /** The constraints in force after this message. */
  stated: Constraints
  /** For a detail question: the project asked about and the field (or 'bare'). */
  target?: { id: string; field: DetailField | 'bare' }
  /** Constraints cleared by a reset just before this request (for the leak check). */
  cleared?: Constraints
  /** True when this message (also) asks for a list of projects. */
  wantsList: boolean
}

/** Projects shown since the current request began. */
export type Seen = ReadonlySet<string>

const FORMAT_WORDS = { online: ['线上', 'online'], offline: ['线下', 'in person', 'offline'], hybrid: ['线上+线下', 'online + in person', '混合', 'hybrid'] }
const FREE_WORDS = ['免费', 'free']
/** Fragments of the "nothing found" sentences (not_found and not_found_any in prompts/zh and prompts/en chat.yaml). */
const NOTHING = ['目录里暂时没有', 'The catalogue has no']
/** Fragments of the "the catalogue does not say" sentence for a missing field. */
const MISSING = ['目录里没有写', 'does not say']

const SLOT_OF: Record<keyof Constraints, SlotName> = { topic: 'topic', audience: 'audience', region: 'region', format: 'format', free: 'fee' }

/** What a reply must contain to state `field` (null: it must say the catalogue lacks it); a place may be named by its cell, city or province. */
function evidenceFor(world: World, p: Project, field: DetailField): string[] | null {
  if (field === 'fee' && p.fee === null) return [...MISSING, '费用没写', 'fee not listed']
  if (field !== 'place' || p.format === 'online') return fieldEvidence(p, field)
  const where = world.placeOf(p)
  if (!where) return null
  // An in-person project open nationwide has no known classroom: naming 全国 or saying so is honest.
  if (where === 'national') return ['全国', 'nationwide', 'anywhere', ...MISSING]
  return [p.region!, where.city ?? where.province]
}

/** The first stated slot `p` breaks, or null. */
function brokenSlot(world: World, id: string, c: Constraints, relaxed: string[]): string | null {
  const p = world.byId.get(id)
  if (!p) return 'unknown or archived project'
  for (const key of Object.keys(c) as (keyof Constraints)[]) {
    if (!world.satisfies(p, { [key]: c[key] }, relaxed, true)) return SLOT_OF[key]
  }
  return null
}

/** The reply's text before its first project list: where it says what it applied. */
export function headerText(reply: Reply): string {
  const out: string[] = []
  for (const part of reply.parts) {
    if (part.type === 'projects') break
    if (part.type === 'text') out.push(part.text)
  }
  return out.join('\n')
}

function namesFor(world: World, key: keyof Constraints, c: Constraints): string[] {
  if (key === 'format' && c.format) return FORMAT_WORDS[c.format]
  if (key === 'free' && c.free) return FREE_WORDS
  return world.namesOf(key, c)
}

/** The problems with `reply` to the message meant as `intent` (empty when it passes). */
export function checkReply(world: World, intent: TurnIntent, reply: SimReply, seen: Seen): string[] {
  const problems: string[] = []
  const ids = reply.projects.map((p) => p.id)
  const text = replyText(reply)
  if (intent.kind === 'oos') {
    if (ids.length) problems.push(`out-of-scope request got ${ids.length} projects`)
    return problems
  }
  if (intent.kind === 'vague') {
    if (!reply.clarify) problems.push('vague opener got no ask-back (clarify false)')
    if (NOTHING.some((w) => text.includes(w))) problems.push('vague opener was told "nothing found"')
    return problems
  }
  if (intent.kind === 'detail' && intent.target) {
    const { id, field } = intent.target
    if (ids.length !== 1 || ids[0] !== id) problems.push(`detail should be about ${id} only, got [${ids.join(', ')}]`)
    const p = world.byId.get(id)
    if (p && field !== 'bare') {
      const evidence = evidenceFor(world, p, field)
      const ok = evidence ? evidence.some((w) => text.includes(w)) : MISSING.some((w) => text.includes(w))
      if (!ok) problems.push(`detail lacks ${field} of ${id} (${evidence?.join(' / ') ?? 'missing'})`)
    }
    return problems
  }
  if (!intent.wantsList) return problems
  const relaxed = (reply.relaxed ?? []).filter((s) => (SLOTS as readonly string[]).includes(s))
  for (const id of ids) {
    const slot = brokenSlot(world, id, intent.stated, relaxed)
    if (slot) problems.push(`${id} breaks ${slot}`)
  }
  const matches = world.matching(intent.stated)
  if (relaxed.length && matches.length) problems.push(`relaxed ${relaxed.join('+')} although ${matches.length} projects match`)
  if (intent.kind === 'more') {
    for (const id of ids) if (seen.has(id)) problems.push(`"more" repeated ${id}`)
    const unseen = matches.filter((p) => !seen.has(p.id)).length
    if (!ids.length && unseen) problems.push(`"more" showed nothing while ${unseen} unseen projects match`)
  } else if (!ids.length && matches.length) {
    problems.push(`showed nothing while ${matches.length} projects match`)
  }
  if (intent.cleared) {
    let header = headerText(reply)
    const named: string[] = []
    for (const key of Object.keys(intent.stated) as (keyof Constraints)[]) {
      for (const w of namesFor(world, key, intent.stated)) {
        named.push(w)
        header = header.split(w).join('')
      }
    }
    for (const key of Object.keys(intent.cleared) as (keyof Constraints)[]) {
      if (JSON.stringify(intent.cleared[key]) === JSON.stringify(intent.stated[key])) continue
      // A word the new constraints also name is no leak: a hybrid request's "online + in person" names "online".
      const leaked = namesFor(world, key, intent.cleared).find((w) => header.includes(w) && !named.some((n) => n.includes(w)))
      if (leaked) problems.push(`after reset the header still names "${leaked}"`)
    }
  }
  return problems
}
