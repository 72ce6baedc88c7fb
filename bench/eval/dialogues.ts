/**
 * @module bench/eval/dialogues
 * The scripted-dialogue eval: multi-turn conversations from
 * bench/eval/dialogues.yaml driven through a real engine, each turn checked
 * against the catalogue's own fields (the topics, audiences and format of
 * the projects shown; the enroll/fee/... value of the project a follow-up
 * points at), never against hard-coded titles. Prints the pass rate and the
 * per-turn p50/p99 time; `bench/eval.ts` calls {@link runDialogueEval}.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import type { CatalogueStore } from '../../src/catalogue/catalogue-store.js'
import type { Project } from '../../src/catalogue/project.js'
import type { ChatEngine, Reply } from '../../src/dialogue/types.js'
import { replyText } from '../../src/dialogue/reply-text.js'
import { PACKAGE_ROOT } from '../../src/paths.js'
import { percentile } from '../percentile.js'

const ref = z.object({ turn: z.number().int().positive(), n: z.number().int().positive() })
const FIELD_NAMES = ['enroll', 'fee', 'place', 'dates', 'duration', 'contact', 'url'] as const

/** What one turn must do; every key is optional and all given keys must hold. */
const expectSchema = z.object({
  /** 'some': at least one project; 'none': none; a number: exactly that many. */
  projects: z.union([z.enum(['some', 'none']), z.number().int().nonnegative()]).optional(),
  clarify: z.boolean().optional(),
  lang: z.enum(['zh', 'en']).optional(),
  /** Every shown project has each of these topic ids. */
  topics: z.array(z.string()).optional(),
  /** Every shown project has each of these audience ids. */
  audiences: z.array(z.string()).optional(),
  /** Every shown project has none of these topic ids. */
  not_topics: z.array(z.string()).optional(),
  /** Every shown project serves this format (hybrid serves both). */
  format: z.enum(['online', 'offline']).optional(),
  /** Every shown project is free (fee 0). */
  free: z.literal(true).optional(),
  /** The reply is about exactly this earlier project (turn number and its n, both 1-based). */
  about: ref.optional(),
  /** The reply states this field of the project it is about (or says the catalogue lacks it). */
  field: z.enum(FIELD_NAMES).optional(),
  /** No project shown in an earlier turn of the dialogue is shown again. */
  new_projects: z.literal(true).optional(),
  contains: z.array(z.string()).optional(),
  not_contains: z.array(z.string()).optional(),
}).strict()

const dialogueSchema = z.object({
  name: z.string(),
  turns: z.array(z.object({ say: z.string(), expect: expectSchema.default({}) }).strict()).min(1),
}).strict()

/** One scripted dialogue from dialogues.yaml. */
export type ScriptedDialogue = z.infer<typeof dialogueSchema>

/** The dialogues file shipped with the repo. */
export const DIALOGUES_PATH = join(PACKAGE_ROOT, 'bench', 'eval', 'dialogues.yaml')

/** Reads and validates the scripted dialogues. */
export function loadDialogues(path = DIALOGUES_PATH): ScriptedDialogue[] {
  const result = z.array(dialogueSchema).safeParse(parse(readFileSync(path, 'utf8')))
  if (!result.success) {
    throw new Error(`${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  }
  return result.data
}

function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number)
  return [iso, `${y}年${m}月${d}日`]
}

/** The words a reply must contain to state `field` of `p`; null → it must say the field is missing. */
export function fieldEvidence(p: Project, field: (typeof FIELD_NAMES)[number]): string[] | null {
  switch (field) {
    case 'enroll': return p.enroll ? [p.enroll] : null
    case 'contact': return p.contact ? [p.contact] : null
    case 'url': return p.url ? [p.url] : null
    case 'duration': return p.duration ? [p.duration] : null
    case 'fee': return p.fee === null ? null : p.fee === 0 ? ['免费', 'free'] : [String(p.fee)]
    case 'dates': return p.start_date ? dateForms(p.start_date) : null
    case 'place':
      if (p.format === 'online') return ['线上', 'online']
      return p.region && p.region !== '全国' ? [p.region] : null
  }
}

const MISSING = ['目录里没有写', 'does not say']

/** Checks one reply; returns the problems (empty when the turn passes). */
async function checkTurn(
  e: z.infer<typeof expectSchema>,
  reply: Reply,
  history: Reply[],
  store: Pick<CatalogueStore, 'get'>,
): Promise<string[]> {
  const problems: string[] = []
  const text = replyText(reply)
  const shown = (await Promise.all(reply.projects.map((p) => store.get(p.id)))).filter((p): p is Project => Boolean(p))
  const n = reply.projects.length
  if (e.projects === 'some' && n === 0) problems.push('expected projects, got none')
  if (e.projects === 'none' && n > 0) problems.push(`expected no projects, got ${n}`)
  if (typeof e.projects === 'number' && n !== e.projects) problems.push(`expected ${e.projects} projects, got ${n}`)
  if (e.clarify !== undefined && reply.clarify !== e.clarify) problems.push(`clarify should be ${e.clarify}`)
  if (e.lang && reply.lang !== e.lang) problems.push(`reply in ${reply.lang}, expected ${e.lang}`)
  for (const t of e.topics ?? []) for (const p of shown) if (!p.topics.includes(t)) problems.push(`${p.id} lacks topic ${t}`)
  for (const a of e.audiences ?? []) for (const p of shown) if (!p.audiences.includes(a)) problems.push(`${p.id} lacks audience ${a}`)
  for (const t of e.not_topics ?? []) for (const p of shown) if (p.topics.includes(t)) problems.push(`${p.id} has topic ${t}`)
  if (e.format) for (const p of shown) if (p.format !== e.format && p.format !== 'hybrid') problems.push(`${p.id} is ${p.format}`)
  if (e.free) for (const p of shown) if (p.fee !== 0) problems.push(`${p.id} is not free`)
  let target: Project | undefined
  if (e.about) {
    const id = history[e.about.turn - 1]?.projects[e.about.n - 1]?.id
    target = id ? await store.get(id) : undefined
    if (!target) problems.push(`turn ${e.about.turn} showed no project ${e.about.n}`)
    else if (n !== 1 || reply.projects[0].id !== target.id) problems.push(`expected a reply about ${target.id} only`)
  }
  if (e.field) {
    const p = target ?? shown[0]
    if (!p) problems.push(`no project to check ${e.field} on`)
    else {
      const evidence = fieldEvidence(p, e.field)
      const ok = evidence ? evidence.some((w) => text.includes(w)) : MISSING.some((w) => text.includes(w))
      if (!ok) problems.push(`reply does not state ${e.field} of ${p.id} (${evidence?.join(' / ') ?? 'missing'})`)
    }
  }
  if (e.new_projects) {
    const before = new Set(history.flatMap((r) => r.projects.map((p) => p.id)))
    for (const p of reply.projects) if (before.has(p.id)) problems.push(`${p.id} was shown before`)
  }
  for (const c of e.contains ?? []) if (!text.includes(c)) problems.push(`reply lacks "${c}"`)
  for (const c of e.not_contains ?? []) if (text.includes(c)) problems.push(`reply contains "${c}"`)
  return problems
}


/**
 * Runs every scripted dialogue through `engine` (each as a new learner on
 * channel 'eval'), prints failures, the pass rate and per-turn p50/p99, and
 * returns them. `total` counts dialogues; a dialogue passes when all its turns do.
 */
export async function runDialogueEval(
  engine: ChatEngine,
  store: Pick<CatalogueStore, 'get'>,
  options: { dialogues?: ScriptedDialogue[]; log?: (line: string) => void } = {},
): Promise<{ passed: number; total: number; p50ms: number; p99ms: number }> {
  const dialogues = options.dialogues ?? loadDialogues()
  const log = options.log ?? ((line: string) => console.log(line))
  const times: number[] = []
  const run = Date.now().toString(36)
  let passed = 0
  let turnsPassed = 0
  let turnsTotal = 0
  for (const [i, d] of dialogues.entries()) {
    const user = `eval-${run}-${i}`
    const history: Reply[] = []
    const failures: string[] = []
    for (const [j, turn] of d.turns.entries()) {
      const started = performance.now()
      const reply = await engine.handle({ channel: 'eval', userId: user, chatId: user, text: turn.say })
      times.push(performance.now() - started)
      const problems = await checkTurn(turn.expect, reply, history, store)
      history.push(reply)
      turnsTotal++
      if (problems.length) failures.push(`  turn ${j + 1} "${turn.say}": ${problems.join('; ')}`)
      else turnsPassed++
    }
    await engine.forget('eval', user)
    if (failures.length) log(`FAIL ${d.name}\n${failures.join('\n')}`)
    else passed++
  }
  times.sort((a, b) => a - b)
  const p50ms = percentile(times, 50)
  const p99ms = percentile(times, 99)
  log(`dialogues: ${passed}/${dialogues.length} passed (${((100 * passed) / Math.max(1, dialogues.length)).toFixed(1)}%), ` +
    `turns: ${turnsPassed}/${turnsTotal}, per turn p50 ${p50ms.toFixed(1)} ms, p99 ${p99ms.toFixed(1)} ms`)
  return { passed, total: dialogues.length, p50ms, p99ms }
}
