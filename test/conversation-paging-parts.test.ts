/**
 * Paging and start-over read by their parts, not by a list of sentences (docs/dialogue-state.md, round 12):
 * - "more" said as a construction: a continuation word (再, 还, 接着), a direction ("further on": 往后头, 下边,
 *   朝后面), a verb of giving or moving through a list (给, 来, 翻翻, 拉拉, 瞅瞅), a batch (几个, 一拨, 一批) and a
 *   chat particle (噻, 嘛, 撒): every combination pages;
 * - a paging clause beside a reaction that asks nothing the catalogue has ("bonza, any more?", "得劲，再整几个")
 *   pages the list on screen, while a subject asked beside it stays a request;
 * - a reset said as discarding what came before (刚才的不算, 之前说的都作废), with or without a start-over after it
 *   (重新推荐, 重新挑, 重来), keeps nothing of the old request.
 * The phrases are composed here from their parts (none is copied from a simulator bank), and the engine test plays
 * the simulator's own conversation plans with them on a generated catalogue nobody tuned on, checked by the
 * simulator's own invariants (paging keeps every stated slot, never repeats, never stops while unseen projects match).
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { classifyControl } from '../src/dialogue/turn-classifier.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { openSimRig, type SimRig } from '../bench/sim/rig.js'
import { SIM_TODAY } from '../bench/sim/eval-sim.js'
import { planArbitrary, type Plan } from '../bench/sim/plan.js'
import { playConversation, type Played } from '../bench/sim/conversation.js'
import type { Bank, Register } from '../bench/sim/bank.js'
import { formatPlayed } from '../bench/sim/simulate.js'
import { canonicalBanks } from './fixtures/canonical-bank.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

/** The parts of a Chinese paging turn. */
const CONTINUE = ['', '再', '接着', '继续']
const FURTHER = ['', '往后头', '往下', '下边', '后面', '朝后', '往后面']
const VERB = ['给', '来', '翻翻', '拉拉', '瞅瞅', '推荐', '挑', '整']
const BATCH = ['', '几个', '一拨', '一批', '点别的', '些其他的', '俩']
const PARTICLE = ['', '噻', '嘛', '撒', '呗', '吧']

/** A paging turn from its parts: at least one continuation or direction word, or a batch of "other" ones. */
const part = (p: string[]) => fc.constantFrom(...p)
const pagingTurn = fc.tuple(part(CONTINUE), part(FURTHER), part(VERB), part(BATCH), part(PARTICLE), fc.boolean())
  .filter(([c, f, , b]) => Boolean(c || f || /别|其他/.test(b)))
  .map(([c, f, v, b, p, directionFirst]) => (directionFirst ? f + c : c + f) + v + b + p)

/** The parts of a reset said as discarding what came before. */
const SAID_BEFORE = ['刚才的', '之前说的', '前面那些', '刚刚讲的', '刚才说的']
const DISCARD = ['不算', '都不算了', '作废', '都不要了', '不算数']
const START_OVER = ['', '重新推荐', '重新找', '重来', '重新挑', '重新匹配一下', '从头来']
const NEW_REQUEST = ['', '我想学电工', '有没有书法课']

const resetTurn = fc.tuple(...[SAID_BEFORE, DISCARD, START_OVER, NEW_REQUEST].map((p) => fc.constantFrom(...p)))

describe('paging and reset are read by their parts', () => {
  it('every paging turn composed of a continuation or direction, a verb, a batch and a particle is "more"', () => {
    fc.assert(fc.property(pagingTurn, (say) => classifyControl(say)?.kind === 'more'), { numRuns: 300, seed: 1212 })
  })

  it('every turn that names what was said and discards it is a reset, with the new request after it kept whole', () => {
    fc.assert(fc.property(resetTurn, ([said, discard, start, rest]) => {
      const turn = classifyControl([said + discard, start, rest].filter(Boolean).join('，'))
      return turn?.kind === 'reset' && turn.rest === rest
    }), { numRuns: 200, seed: 1213 })
  })

  it.each(['重新就业', '条件不要太高', '再筛一下', '后来呢', '下次再说', '还有线上的吗'])('"%s" is neither more nor a reset', (say) => {
    expect(classifyControl(say)).toBeNull()
  })
})

const { learner, shown } = useSampleConversation('paging-parts')
const header = (text: string) => text.split('\n')[0]

describe('a paging clause beside a reaction pages the list on screen', () => {
  it.each([
    ['我想学用智能手机', '得劲，再整几个'],
    ['我想学用智能手机', '巴适得很 往后头再翻翻'],
    ['any english speaking courses?', 'bonza, any more?'],
    ['any english speaking courses?', 'stellar stuff mate, next lot please'],
  ])('after "%s", "%s" shows the next projects of the same list', async (request, say) => {
    const chat = learner()
    const first = await chat(request)
    expect(first.projects.length).toBe(3)
    const next = await chat(say)
    expect(header(replyText(next))).toBe(header(replyText(first)))
    const seen = new Set(first.projects.map((p) => p.id))
    expect(next.projects.length).toBeGreaterThan(0)
    expect(next.projects.some((p) => seen.has(p.id))).toBe(false)
  })

  it('a subject some project names beside the paging clause is a new request, not the next page', async () => {
    const chat = learner()
    await chat('我想学用智能手机')
    const r = await chat('书法，还有吗')
    for (const p of await shown(r)) expect(p.topics).toContain('culture-arts')
  })
})

describe('a reset said as discarding what came before keeps nothing of the old request', () => {
  it.each(['刚才的不算，重新推荐', '之前说的都作废，重新挑', '前面那些都不要了，重新匹配一下'])(
    'after a request for older learners online, "%s" then a new request names neither',
    async (reset) => {
      const chat = learner()
      const first = await chat('我是老年人，想找线上的免费课')
      expect(replyText(first)).toContain('老年人')
      await chat(reset)
      const r = await chat('我想学人工智能')
      const head = header(replyText(r))
      for (const old of ['老年人', '线上', '免费']) expect(head).not.toContain(old)
    },
  )
})

/** An untuned generated catalogue, and how many conversations are played on it. */
const CATALOGUE = { seed: 211, rows: 400 }
const RUNS = 80

describe(`on generated catalogue seed ${CATALOGUE.seed}, conversations paging and resetting in composed words`, () => {
  let rig: SimRig
  let banks: Partial<Record<Register, Bank>>
  beforeAll(async () => {
    rig = await openSimRig({ kind: 'generated', rows: CATALOGUE.rows, seed: CATALOGUE.seed }, SIM_TODAY)
    const canonical = canonicalBanks(rig.world.taxonomy)
    // The standard register says "more" and "start over" only in composed words.
    const more = fc.sample(pagingTurn, { numRuns: 40, seed: 7 })
    const reset = fc.sample(resetTurn, { numRuns: 40, seed: 8 }).map(([said, discard, start]) => [said + discard, start].filter(Boolean).join('，'))
    banks = { standard: { ...canonical.standard!, more, reset } }
  }, 120_000)
  afterAll(() => rig?.close())

  it('keep every simulator invariant at every turn', async () => {
    const plans = planArbitrary(['standard']).map((p): Plan => ({ ...p, steps: p.steps.map((s) => ({ ...s, slip: 0 })) }))
    let k = 0
    let failed: Played | null = null
    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        const played = await playConversation(rig.engine, rig.world, banks as Record<string, Bank>, plan, `parts-${k++}`)
        if (!played.pass) failed = played
        return played.pass
      }),
      { numRuns: RUNS, seed: 20261212 },
    ).catch((e: unknown) => {
      throw new Error([...(failed ? formatPlayed(failed) : []), String(e).slice(0, 400)].join('\n'))
    })
    expect(k).toBeGreaterThanOrEqual(RUNS)
  }, 300_000)
})
