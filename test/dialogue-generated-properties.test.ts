/**
 * The dialogue's "show what matches" rules as properties over generated
 * conversations on a generated catalogue (a seed no bank was tuned on), played
 * through the real engine, search and SQLite. The learner names a topic by its
 * label or by one of the taxonomy's whole-topic names (words such a catalogue
 * never writes), says who they are and where, switches topic, narrows and
 * starts over, with or without a new request in the same message. After every
 * reply: when the catalogue (read by the simulator's World, not by the bot)
 * has projects meeting everything stated, the reply shows some, widens
 * nothing, and every shown project meets what was stated; after a reset, the
 * header names nothing that was cleared; "more" (in everyday wordings) shows
 * only unseen projects, and something while unseen matching ones remain; a
 * subject the catalogue has nothing for, asked in the middle of a conversation,
 * gets no projects. A failure shrinks to the shortest conversation that still
 * breaks a rule.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { openSimRig, type SimRig } from '../bench/sim/rig.js'
import { SIM_TODAY } from '../bench/sim/eval-sim.js'
import type { Constraints } from '../bench/sim/world.js'

let rig: SimRig
beforeAll(async () => {
  rig = await openSimRig({ kind: 'generated', rows: 400, seed: 13 }, SIM_TODAY)
}, 120_000)
afterAll(() => rig?.close())

let chats = 0
const newChat = () => {
  const user = `gen-prop-${++chats}`
  return (text: string) => rig.engine.handle({ channel: 'test', userId: user, chatId: user, text })
}

/** The audiences a learner states of themselves (社会公众 is nobody's self-description). */
const AUDIENCES = ['elderly', 'migrant-workers', 'rural-teachers', 'farmers', 'women', 'veterans', 'community-workers', 'parents']
const SWITCH_FORMS = ['换成{t}吧', '那{t}呢', '不看这个了，看看{t}']
const RESETS = ['重新开始', '全部清除，重新找', '算了 从头来过', 'start over', '前面说的都不算了']
const MORES = ['更多', '还有吗', '再来几个', '往下翻翻', '就这几个啊', '换一批', '还有没有别的']
/** Subjects a generated catalogue never teaches (checked against its rows before use), in two frames. */
const UNTAUGHT = ['滑翔伞', '潜水', '高尔夫', '马术', '冲浪']
const OOS_FORMS = ['想学{w}', '有没有{w}的班', '我还想学{w}，有吗']

type Step =
  | { kind: 'request'; topic: number; word: number; audience: number | null; city: number | null; free: boolean }
  | { kind: 'switch'; topic: number; word: number; form: number }
  | { kind: 'narrow'; city: number | null }
  | { kind: 'reset'; reset: number; then: { topic: number; word: number; audience: number | null } | null }
  | { kind: 'more'; form: number }
  | { kind: 'oos'; word: number; form: number }

const small = fc.nat(40)
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('request' as const), topic: small, word: small, audience: fc.option(small), city: fc.option(small), free: fc.boolean() }),
  fc.record({ kind: fc.constant('switch' as const), topic: small, word: small, form: small }),
  fc.record({ kind: fc.constant('narrow' as const), city: fc.option(small) }),
  fc.record({
    kind: fc.constant('reset' as const), reset: small,
    then: fc.option(fc.record({ topic: small, word: small, audience: fc.option(small) })),
  }),
  fc.record({ kind: fc.constant('more' as const), form: small }),
  fc.record({ kind: fc.constant('oos' as const), word: small, form: small }),
)

/** A topic id and a Chinese word that names the whole topic: its label or one of its taxonomy names. */
function topicWord(topic: number, word: number): { id: string; word: string } {
  const topics = rig.world.taxonomy.topics
  const e = topics[topic % topics.length]
  const words = [e.zh, ...(e.names ?? []).filter((w) => /\p{Script=Han}/u.test(w))]
  return { id: e.id, word: words[word % words.length] }
}

/** The cities the catalogue's projects are in, so a stated place can match. */
function cityOf(n: number): { province: string; city: string } {
  const cities = [...new Set(rig.world.live.map((p) => p.region ?? '').filter((r) => r.includes(' ')))].sort()
  const [province, city] = cities[n % cities.length].split(/\s+/)
  return { province, city }
}

function audienceOf(n: number): { id: string; zh: string } {
  const id = AUDIENCES[n % AUDIENCES.length]
  return { id, zh: rig.world.taxonomy.get('audiences', id)!.zh }
}

/** The message a step says and the constraints after it (what the learner has stated so far). */
function play(s: Step, before: Constraints): { text: string; after: Constraints; cleared?: Constraints } {
  if (s.kind === 'more') return { text: MORES[s.form % MORES.length], after: before }
  if (s.kind === 'oos') {
    const untaught = UNTAUGHT.filter((w) => rig.world.mentionsNone([w]))
    if (!untaught.length) throw new Error('every "untaught" subject is taught by this catalogue: pick others')
    return { text: OOS_FORMS[s.form % OOS_FORMS.length].replace('{w}', untaught[s.word % untaught.length]), after: before }
  }
  if (s.kind === 'request' || (s.kind === 'reset' && s.then)) {
    const r = s.kind === 'request' ? s : { ...s.then!, city: null, free: false }
    const t = topicWord(r.topic, r.word)
    const a = r.audience === null ? null : audienceOf(r.audience)
    const c = r.city === null ? null : cityOf(r.city)
    const text = `${a ? `我是${a.zh}，` : ''}${c ? `我在${c.city}，` : ''}有没有${t.word}方面的课${r.free ? '，要免费的' : ''}`
    const after: Constraints = { topic: t.id }
    if (a) after.audience = a.id
    if (c) after.region = { province: c.province, city: c.city }
    if (r.free) after.free = true
    if (s.kind === 'reset') return { text: `${RESETS[s.reset % RESETS.length]}，${text}`, after, cleared: before }
    // A new request in the same chat keeps who the learner is, where and "free" unless it says otherwise.
    return { text, after: { ...before, ...after, topic: t.id } }
  }
  if (s.kind === 'reset') return { text: RESETS[s.reset % RESETS.length], after: {}, cleared: before }
  if (s.kind === 'switch') {
    const t = topicWord(s.topic, s.word)
    return { text: SWITCH_FORMS[s.form % SWITCH_FORMS.length].replace('{t}', t.word), after: { ...before, topic: t.id } }
  }
  if (s.city === null) return { text: '只要免费的', after: { ...before, free: true } }
  const c = cityOf(s.city)
  return { text: `只看${c.city}的`, after: { ...before, region: { province: c.province, city: c.city } } }
}

const header = (r: Reply) => replyText(r).split('\n')[0]

describe('on a generated catalogue, a reply shows what matches', () => {
  it('shows something whenever something meets everything stated, never widening a slot then, and keeps to what was stated', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
        const say = newChat()
        let stated: Constraints = {}
        let started = false
        // Projects shown since the current list began; null when no list is on screen for "more" to page.
        let seen: Set<string> | null = null
        for (const s of steps) {
          // A switch or a narrowing needs a request before it: the first turn always asks for something.
          if (!started && s.kind !== 'request') continue
          const { text, after, cleared } = play(s, stated)
          const r = await say(text)
          stated = after
          started = s.kind === 'request' || (s.kind === 'reset' && s.then !== null) || (started && s.kind !== 'reset')
          if (s.kind === 'reset' && !s.then) { seen = null; continue }
          if (s.kind === 'oos') {
            expect({ text, shown: r.projects.length }).toEqual({ text, shown: 0 })
            seen = null
            continue
          }
          if (s.kind === 'more') {
            if (!seen) continue
            for (const p of r.projects) expect({ text, repeated: seen.has(p.id) }).toEqual({ text, repeated: false })
            const unseen = rig.world.matching(stated).filter((p) => !seen!.has(p.id))
            if (unseen.length) expect({ text, shown: r.projects.length }).not.toEqual({ text, shown: 0 })
            for (const p of r.projects) seen.add(p.id)
            continue
          }
          seen = new Set(r.projects.map((p) => p.id))
          const matching = rig.world.matching(stated)
          const relaxed = r.relaxed ?? []
          if (matching.length) {
            expect({ text, shown: r.projects.length }).not.toEqual({ text, shown: 0 })
            expect(relaxed).toEqual([])
          }
          for (const p of r.projects) {
            expect({ text, id: p.id, ok: rig.world.satisfies(rig.world.byId.get(p.id)!, stated, relaxed, true) }).toEqual({ text, id: p.id, ok: true })
          }
          if (cleared && r.projects.length) {
            for (const key of Object.keys(cleared) as (keyof Constraints)[]) {
              if (JSON.stringify(cleared[key]) === JSON.stringify(stated[key])) continue
              const names = rig.world.namesOf(key, cleared).filter((n) => !rig.world.namesOf(key, stated).includes(n))
              for (const n of names) expect(header(r)).not.toContain(n)
            }
          }
        }
      }),
      { numRuns: 60, seed: 20261213 },
    )
  }, 240_000)
})
