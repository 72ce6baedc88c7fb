/**
 * The rules of docs/dialogue-state.md as properties over generated turn
 * sequences (fast-check), played through the real engine, search and SQLite on
 * the sample catalogue: a reset leaks nothing (what follows it is answered as
 * in a new chat), "more" never repeats a project of the current request and
 * ends with an ask-back, and facts about the person survive narrowing.
 * A failure shrinks to the shortest sequence that still breaks the rule.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Reply } from '../src/dialogue/types.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleRig } from './fixtures/dialogue-setup.js'

const sampleRig = useSampleRig()
let chats = 0


/** Requests, some stating who the learner is (`who`: the audience whose label the header must keep). */
const REQUESTS = [
  { text: '我是农民工，想学电工', who: 'migrant-workers' },
  { text: '退休了，想学用智能手机', who: 'elderly' },
  { text: '我是乡村教师，想学人工智能', who: 'rural-teachers' },
  { text: '我想学养老护理', who: null },
  { text: 'I want to learn AI', who: null },
]
const NARROWINGS = ['只要免费的', '要线上的', '在杭州', '只要线下的', 'online only', '在江西']
// Paging words, and turns that add nothing after a list (the general reading of "more").
const MORE = ['更多', '换一批', '还有别的吗', '再来几个', 'more', '仲有冇', '嗯', 'and?', '唔够喎', '这几个不太合适', 'that all?']
// Start-over words, also after a preamble no word list holds (不问了, let's try again).
const RESETS = ['重新开始', '从头来', 'start over', '算了 从头来过', '不问了重新问', '当我没说，重新开始', "let's try again from scratch"]

type Turn = { kind: 'request'; i: number } | { kind: 'narrow'; i: number } | { kind: 'more'; i: number } | { kind: 'reset'; i: number }
const turn: fc.Arbitrary<Turn> = fc.oneof(
  fc.record({ kind: fc.constant('request' as const), i: fc.nat(REQUESTS.length - 1) }),
  fc.record({ kind: fc.constant('narrow' as const), i: fc.nat(NARROWINGS.length - 1) }),
  fc.record({ kind: fc.constant('more' as const), i: fc.nat(MORE.length - 1) }),
  fc.record({ kind: fc.constant('reset' as const), i: fc.nat(RESETS.length - 1) }),
)
const textOf = (t: Turn) =>
  t.kind === 'request' ? REQUESTS[t.i].text : t.kind === 'narrow' ? NARROWINGS[t.i] : t.kind === 'more' ? MORE[t.i] : RESETS[t.i]

const ids = (r: Reply) => r.projects.map((p) => p.id)
const header = (r: Reply) => replyText(r).split('\n').slice(0, 3).join('\n')
const newChat = () => {
  const user = `prop-${++chats}`
  return (text: string) => sampleRig().say(text, user)
}

describe('dialogue state rules hold over generated conversations', () => {
  it('a reset leaks nothing: the request after it is answered exactly as in a new chat', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(turn, { maxLength: 4 }), fc.nat(RESETS.length - 1), fc.nat(REQUESTS.length - 1), fc.boolean(), async (before, reset, request, inOneMessage) => {
        const say = newChat()
        for (const t of before) await say(textOf(t))
        const ask = REQUESTS[request].text
        const r = inOneMessage ? await say(`${RESETS[reset]}，${ask}`) : (await say(RESETS[reset]), await say(ask))
        const fresh = await newChat()(ask)
        expect(ids(r)).toEqual(ids(fresh))
        expect(header(r)).toEqual(header(fresh))
      }),
      { numRuns: 25, seed: 20261130 },
    )
  })

  it('"more" never repeats a project of the current request, and an empty page asks back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(turn, { minLength: 1, maxLength: 8 }), async (turns) => {
        const say = newChat()
        let seen = new Set<string>()
        for (const t of turns) {
          const r = await say(textOf(t))
          if (t.kind !== 'more') {
            seen = new Set(ids(r))
            continue
          }
          for (const id of ids(r)) expect(seen.has(id)).toBe(false)
          if (!r.projects.length) expect(r.clarify).toBe(true)
          for (const id of ids(r)) seen.add(id)
        }
      }),
      { numRuns: 25, seed: 71113 },
    )
  })

  it('facts about the person survive narrowing (or the reply says it widened the audience)', async () => {
    const stated = REQUESTS.map((r, i) => ({ ...r, i })).filter((r) => r.who)
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...stated), fc.array(fc.nat(NARROWINGS.length - 1), { minLength: 1, maxLength: 3 }), async (request, narrowings) => {
        const label = sampleRig().taxonomy.get('audiences', request.who!)!
        const names = (r: Reply) => header(r).includes(label.zh) || header(r).includes(label.en)
        const say = newChat()
        const first = await say(request.text)
        expect(names(first)).toBe(true)
        for (const n of narrowings) {
          const r = await say(NARROWINGS[n])
          if (!r.projects.length) continue
          if (!(r.relaxed ?? []).includes('audience')) expect(names(r)).toBe(true)
        }
      }),
      { numRuns: 20, seed: 7 },
    )
  })
})
