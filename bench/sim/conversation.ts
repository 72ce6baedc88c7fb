/**
 * @module bench/sim/conversation
 * Plays one planned conversation against a chat engine: each step becomes
 * a message chosen from the catalogue and the conversation so far (what was
 * stated, the last list shown), the reply is checked by check.ts, and the
 * state moves on as a person's would. Steps that make no sense yet (a
 * "more" before any list) become the nearest sensible turn, so every plan,
 * including every shrunk one, is a valid conversation.
 */
import type { Project } from '../../src/catalogue/project.js'
import type { ChatEngine } from '../../src/dialogue/types.js'
import { replyText } from '../../src/dialogue/reply-text.js'
import { DETAIL_FIELDS, type Bank } from './bank.js'
import { checkReply, type SimReply, type TurnIntent } from './check.js'
import { addSlip, fill, phraseRequest, pick, placeName, titleWords, topicPhrase, traditional, type Phrased } from './phrase.js'
import { SLIP_AT, stepRandom, type Plan, type Step, type TurnKind } from './plan.js'
import { OPEN_AUDIENCE, type Constraints, type World } from './world.js'

/** Where the conversation stands. */
interface State {
  stated: Constraints
  /** The last list of projects shown, with the numbers the reply gave them, or null after a menu, reset or refusal. */
  list: { n: number; id: string }[] | null
  /** Projects shown since the current request began. */
  seen: Set<string>
  /** Constraints cleared by a reset, until the next request. */
  cleared?: Constraints
}

/** One played turn. */
export interface PlayedTurn { kind: TurnKind; say: string; reply: string; problems: string[] }

/** One played conversation. */
export interface Played { plan: Plan; turns: PlayedTurn[]; pass: boolean }

function effectiveKind(step: Step, s: State): TurnKind {
  const kind = step.kind
  const hasList = Boolean(s.list?.length)
  const hasStated = Object.keys(s.stated).length > 0
  if (kind === 'vague') return hasStated || s.list ? (hasStated ? 'switch' : 'request') : 'vague'
  if ((kind === 'narrow' || kind === 'more' || kind === 'detail') && !hasList) return hasStated ? 'switch' : 'request'
  // A second request in the same conversation adds to it or changes the subject.
  if (kind === 'request' && hasStated) return hasList && step.c % 2 ? 'narrow' : 'switch'
  if (kind === 'switch' && !hasStated) return 'request'
  return kind
}

/** A fresh constraint set sampled from one live row (topic or audience always, at most three slots). */
function sampleConstraints(world: World, bank: Bank, step: Step): Constraints {
  const row = world.live[step.a % world.live.length]
  const c: Constraints = {}
  const topics = row.topics.filter((t) => bank.topics[t])
  const auds = row.audiences.filter((a) => a !== OPEN_AUDIENCE && bank.audiences[a])
  const bits = step.b
  if (topics.length && (bits & 1 || !auds.length)) c.topic = topics[step.c % topics.length]
  if (auds.length && (bits & 2 || !c.topic)) c.audience = auds[step.c % auds.length]
  const extras = facets(world, row, c, step.c >> 4)
  for (const [i, key] of (['region', 'format', 'free'] as const).entries()) {
    if (Object.keys(c).length >= 3) break
    if (bits & (4 << i) && extras[key] !== undefined) Object.assign(c, { [key]: extras[key] })
  }
  return c
}

/**
 * The unstated slots of `row` a learner could add, varied by `pick`: a city
 * is sometimes stated as its province only, and a hybrid row's format as
 * online, in person or mixed (each of which the row satisfies).
 */
function facets(world: World, row: Project, c: Constraints, pick: number): Constraints {
  const f = world.facetsOf(row, c)
  if (f.region?.city && pick % 3 === 0) f.region = { province: f.region.province, city: null }
  if (f.format === 'hybrid') f.format = (['online', 'offline', 'hybrid'] as const)[Math.floor(pick / 3) % 3]
  return f
}

/**
 * A word of project `id`'s title that no other title of the shown list contains, written the way
 * `register` writes (the {title} placeholder of a detail question), or null when it has none.
 */
function titleWord(world: World, list: { id: string }[], id: string, register: string, which: number): string | null {
  const titleOf = (x: string) => world.byId.get(x)?.title ?? ''
  const found = titleWords(titleOf(id), list.filter((e) => e.id !== id).map((e) => titleOf(e.id)))
  if (!found.length) return null
  const word = found[which % found.length]
  return register === 'traditional' ? traditional(word) : word
}

/** Realises one step: the intent for the checker, the phrased message, and the state after it. */
function realise(world: World, bank: Bank, plan: Plan, step: Step, s: State, rnd: () => number): { intent: TurnIntent; msg: Phrased; next: State } {
  const kind = effectiveKind(step, s)
  const reg = plan.register
  const base = { stated: s.stated, wantsList: false }
  if (kind === 'request' || (kind === 'reset' && step.b % 2 === 1)) {
    const stated = sampleConstraints(world, bank, step)
    const msg = phraseRequest(world, bank, reg, stated, rnd)
    const cleared = kind === 'reset' ? s.stated : s.cleared
    if (kind === 'reset') msg.text = pick(bank.reset, rnd) + bank.joiner + msg.text
    return { intent: { kind, stated, cleared, wantsList: true }, msg, next: { stated, list: [], seen: new Set() } }
  }
  if (kind === 'reset') {
    const say = pick(bank.reset, rnd)
    return { intent: { ...base, kind, stated: {} }, msg: { text: say, keep: [say] }, next: { stated: {}, list: null, seen: new Set(), cleared: s.stated } }
  }
  if (kind === 'vague') {
    return { intent: { ...base, kind }, msg: { text: pick(bank.vague, rnd), keep: [] }, next: { ...s, list: null } }
  }
  if (kind === 'oos') {
    const ok = bank.oos.filter((o) => world.mentionsNone(o.absent))
    // This catalogue teaches every subject the bank calls out of scope: ask for something ordinary instead.
    if (!ok.length) return realise(world, bank, plan, { ...step, kind: s.list?.length ? 'more' : 'request' }, s, rnd)
    return { intent: { ...base, kind }, msg: { text: ok[step.a % ok.length].say, keep: [] }, next: { ...s, list: null } }
  }
  if (kind === 'more') {
    const say = pick(bank.more, rnd)
    return { intent: { ...base, kind, wantsList: true }, msg: { text: say, keep: [say] }, next: s }
  }
  if (kind === 'detail') {
    // Numbers as the reply showed them; ordinal words exist for 1..5, larger numbers are typed as digits.
    const list = s.list ?? []
    const nameable = list.filter((e) => e.n >= 1 && e.n <= 5)
    const entry = nameable.length ? nameable[step.a % nameable.length] : list[step.a % list.length]
    const field = nameable.length ? DETAIL_FIELDS[step.b % DETAIL_FIELDS.length] : 'bare'
    const ord = nameable.length ? pick(bank.ordinals[entry.n - 1], rnd) : String(entry.n)
    const template = nameable.length ? pick(bank.detail[field], rnd) : null
    const title = template?.includes('{title}') ? titleWord(world, list, entry.id, reg, step.c) : null
    const text = template ? fill(template, { ord, num: String(entry.n), title: title ?? ord }) : String(entry.n)
    return { intent: { ...base, kind, target: { id: entry.id, field } }, msg: { text, keep: [ord, String(entry.n), ...(title ? [title] : [])] }, next: s }
  }
  if (kind === 'switch') {
    const kept: Constraints = { ...s.stated }
    delete kept.topic
    const others = (p: Project) => p.topics.filter((t) => t !== s.stated.topic && bank.topics[t])
    const rows = world.matching(kept).filter((p) => others(p).length)
    const topic = rows.length
      ? others(rows[step.a % rows.length])[step.c % others(rows[step.a % rows.length]).length]
      : Object.keys(bank.topics).filter((t) => t !== s.stated.topic)[step.a % (Object.keys(bank.topics).length - 1)]
    const phrase = topicPhrase(bank, topic, rnd) ?? topic
    const stated = { ...kept, topic }
    return { intent: { kind, stated, wantsList: true }, msg: { text: fill(pick(bank.switch, rnd), { topic: phrase }), keep: [phrase] }, next: { stated, list: [], seen: new Set() } }
  }
  // narrow: add one slot that some still-matching project has
  const rows = world.matching(s.stated)
  const row = rows.length ? rows[step.a % rows.length] : undefined
  const f = row ? facets(world, row, s.stated, step.c >> 4) : {}
  if (f.topic && !bank.topics[f.topic]) delete f.topic
  if (f.audience && !bank.audiences[f.audience]) delete f.audience
  const keys = Object.keys(f) as (keyof Constraints)[]
  if (!keys.length) return realise(world, bank, plan, { ...step, kind: 'more' }, s, rnd)
  const key = keys[step.b % keys.length]
  const stated = { ...s.stated, [key]: f[key] }
  let x: string
  if (key === 'topic') x = topicPhrase(bank, f.topic!, rnd)!
  else if (key === 'audience') x = pick(bank.audiences[f.audience!], rnd)
  else if (key === 'region') x = placeName(world, f.region!, reg, rnd)
  else if (key === 'format') x = pick(bank.format[f.format!], rnd)
  else x = pick(bank.free, rnd)
  const text = fill(pick(bank.narrow[key === 'free' ? 'free' : key], rnd), { x })
  return { intent: { kind, stated, wantsList: true }, msg: { text, keep: [x] }, next: { stated, list: [], seen: new Set() } }
}

/** The reply's projects with the numbers it showed them under (1, 2, 3… when it showed none). */
function numbered(reply: SimReply): { n: number; id: string }[] {
  const items = reply.parts.flatMap((p) => (p.type === 'projects' ? p.items : []))
  const byId = new Map(items.map((it) => [it.id, it.n]))
  return reply.projects.map((p, i) => ({ n: byId.get(p.id) ?? i + 1, id: p.id }))
}

/** Optional observers of a played conversation (the instrument's own tests use them to build fake engines). */
export interface PlayHooks {
  /** Called with what the simulator means, just before the message is sent. */
  onIntent?(intent: TurnIntent): void
}

/** Plays `plan` as user `userId` and checks every reply; forgets the user afterwards. */
export async function playConversation(
  engine: ChatEngine, world: World, banks: Record<string, Bank>, plan: Plan, userId: string, hooks: PlayHooks = {},
): Promise<Played> {
  const bank = banks[plan.register]
  let s: State = { stated: {}, list: null, seen: new Set() }
  const turns: PlayedTurn[] = []
  try {
    for (const [i, step] of plan.steps.entries()) {
      const rnd = stepRandom(step, i)
      const { intent, msg, next } = realise(world, bank, plan, step, s, rnd)
      const say = step.slip === SLIP_AT ? addSlip(msg, bank, plan.register, rnd) : msg.text
      hooks.onIntent?.(intent)
      const reply = (await engine.handle({ channel: 'sim', userId, chatId: userId, text: say })) as SimReply
      const problems = checkReply(world, intent, reply, s.seen)
      turns.push({ kind: intent.kind, say, reply: replyText(reply), problems })
      const ids = reply.projects.map((p) => p.id)
      s = next
      if (intent.wantsList && ids.length) s = { ...s, list: numbered(reply), seen: new Set([...s.seen, ...ids]) }
      else if (intent.wantsList && intent.kind !== 'more') s = { ...s, list: null }
      // After a menu the learner's numbers would answer the menu, so the old list is no longer theirs to pick from.
      if (reply.clarify) s = { ...s, list: null }
    }
  } finally {
    await engine.forget('sim', userId)
  }
  return { plan, turns, pass: turns.every((t) => t.problems.length === 0) }
}
