/**
 * A fake chat engine for testing the conversation simulator itself: it is
 * told what each message means (through the simulator's onIntent hook) and
 * answers as a perfect bot would, from the simulator's World, unless one
 * named fault is switched on. A correct checker passes the perfect oracle
 * and catches every fault.
 */
import type { ChatEngine, Reply } from '../../src/dialogue/types.js'
import type { SimReply, TurnIntent } from '../../bench/sim/check.js'
import type { PlayHooks } from '../../bench/sim/conversation.js'
import type { Constraints, World } from '../../bench/sim/world.js'

/** The faults the oracle can be given, one per invariant. */
export const ORACLE_FAULTS = [
  'ignores-audience', 'shows-nothing', 'more-repeats', 'more-gives-up', 'relaxes-anyway',
  'detail-without-field', 'reset-leaks', 'vague-says-nothing', 'oos-shows',
] as const
/** One of {@link ORACLE_FAULTS}, or null for the perfect oracle. */
export type OracleFault = (typeof ORACLE_FAULTS)[number] | null

const PAGE = 3

/** The oracle engine and the hook that feeds it the simulator's intents. */
export function oracleEngine(world: World, fault: OracleFault = null): { engine: ChatEngine; hooks: PlayHooks } {
  let intent: TurnIntent | null = null
  const sessions = new Map<string, { list: string[]; shown: number; stated: Constraints; before: Constraints }>()
  const reply = (text: string, ids: string[], extra: Partial<SimReply> = {}): SimReply => ({
    parts: [{ type: 'text', text }, ...(ids.length ? [{ type: 'projects' as const, items: ids.map((id, i) => ({ n: i + 1, id, title: world.byId.get(id)!.title, line: world.byId.get(id)!.title })) }] : [])],
    lang: 'zh', clarify: false, projects: ids.map((id) => ({ id, title: world.byId.get(id)!.title })), ...extra,
  })
  const header = (c: Constraints) => `按“${Object.keys(c).map((k) => world.namesOf(k as keyof Constraints, c)[0] ?? '').join('、')}”，给您找到这几个：`
  const engine: ChatEngine = {
    async handle(msg): Promise<Reply> {
      const it = intent!
      const s = sessions.get(msg.userId) ?? { list: [], shown: 0, stated: {}, before: {} }
      sessions.set(msg.userId, s)
      if (it.kind === 'oos') {
        if (fault === 'oos-shows') return reply('给您找到这几个：', world.live.slice(0, PAGE).map((p) => p.id))
        return reply('目录里暂时没有“游泳”的项目。', [])
      }
      if (it.kind === 'vague') {
        if (fault === 'vague-says-nothing') return reply('目录里暂时没有合适的项目。', [])
        return { ...reply('我来帮您挑。先选一类吧：', []), clarify: true }
      }
      if (it.kind === 'detail' && it.target) {
        const p = world.byId.get(it.target.id)!
        if (fault === 'detail-without-field') return reply(`“${p.title}”`, [p.id])
        const facts = [p.title, p.enroll, p.fee === 0 ? '免费' : String(p.fee), p.contact, p.start_date, p.region, p.format === 'online' ? '线上' : '']
        return reply(facts.join('，') + '（其余目录里没有写）', [p.id])
      }
      if (it.kind === 'more') {
        if (fault === 'more-repeats') return reply(header(s.stated), s.list.slice(0, PAGE))
        if (fault === 'more-gives-up') return reply('这方面的项目都给您看过了。', [])
        const page = s.list.slice(s.shown, s.shown + PAGE)
        s.shown += page.length
        return reply(page.length ? header(s.stated) : '这方面的项目都给您看过了。', page)
      }
      if (!it.wantsList) {
        if (it.kind === 'reset') { s.before = s.stated; s.stated = {}; s.list = []; s.shown = 0 }
        return reply('好的，我们重新开始。', [])
      }
      if (it.kind === 'reset') s.before = s.stated
      const wanted = { ...it.stated }
      if (fault === 'ignores-audience') delete wanted.audience
      s.stated = it.stated
      s.list = fault === 'shows-nothing' ? [] : world.matching(wanted).map((p) => p.id)
      s.shown = Math.min(PAGE, s.list.length)
      const leak = fault === 'reset-leaks' && it.cleared ? header(s.before) : ''
      const extra: Partial<SimReply> = fault === 'relaxes-anyway' ? { relaxed: ['region'] } : {}
      return reply(leak + header(s.stated), s.list.slice(0, PAGE), extra)
    },
    async forget(_channel, userId) { sessions.delete(userId) },
    // The simulator never sends notices.
    present: async (_chat, deliver) => deliver(),
  }
  return { engine, hooks: { onIntent: (i) => { intent = i } } }
}
