/**
 * @module test/fakes/channel-scripted-engine
 * A tiny ChatEngine for channel tests: channels are tested for how they
 * carry messages and render replies, not for what the real engine answers
 * (its own tests cover that). It remembers what it was asked and answers
 * in the real engine's shapes: "菜单" with a topic menu, a number with that
 * project's details (with 👍/👎 buttons), "更多" with the next projects,
 * anything else with three projects and buttons 1/2/3/更多.
 */
import type { ChatEngine, IncomingMessage, Reply } from '../../src/dialogue/types.js'

const PROJECTS = Array.from({ length: 9 }, (_, i) => ({
  id: `p${i + 1}`,
  title: `项目${i + 1}`,
  line: `项目${i + 1}（示范大学，线上，免费）`,
}))

/** The scripted engine plus what it saw. */
export interface ScriptedEngine extends ChatEngine {
  seen: IncomingMessage[]
  forgotten: { channel: string; userId: string }[]
  /** Milliseconds each handle() takes (to test graceful stop and throughput). */
  delayMs: number
}

/** Builds a fresh scripted engine. */
export function createScriptedEngine(): ScriptedEngine {
  const shown = new Map<string, number>()
  const engine: ScriptedEngine = {
    seen: [],
    forgotten: [],
    delayMs: 0,
    async handle(m) {
      engine.seen.push(m)
      if (engine.delayMs) await new Promise((r) => setTimeout(r, engine.delayMs))
      const key = `${m.channel}:${m.chatId}`
      const lang = m.lang ?? (/[\u4e00-\u9fff]/.test(m.text) || !/[a-z]/i.test(m.text) ? 'zh' : 'en')
      const text = m.text.trim()
      if (text === '菜单' || text === 'menu') {
        return {
          lang,
          clarify: true,
          projects: [],
          parts: [
            { type: 'text', text: '您想学哪方面？' },
            { type: 'buttons', buttons: [{ label: '人工智能', payload: '我想学人工智能' }, { label: '电工', payload: '我想学电工' }] },
          ],
        }
      }
      if (/^\d$/.test(text)) {
        const start = (shown.get(key) ?? 3) - 3
        const p = PROJECTS[start + Number(text) - 1]
        if (!p) return say(lang, '没有这个编号。')
        return {
          lang,
          clarify: false,
          projects: [{ id: p.id, title: p.title }],
          parts: [
            { type: 'text', text: `${p.title}：报名请打电话。` },
            { type: 'buttons', buttons: [{ label: '怎么报名', payload: '怎么报名' }, { label: '👍', payload: `👍 ${p.id}` }, { label: '👎', payload: `👎 ${p.id}` }] },
          ],
        }
      }
      const fb = /^(👍|👎) (\w+)$/u.exec(text)
      if (fb) return say(lang, '收到，谢谢您的反馈！')
      const from = text === '更多' || text === 'more' ? (shown.get(key) ?? 0) : 0
      const items = PROJECTS.slice(from, from + 3)
      shown.set(key, from + items.length)
      return {
        lang,
        clarify: false,
        projects: items.map((p) => ({ id: p.id, title: p.title })),
        parts: [
          { type: 'text', text: `为您找到这些（${text}）：` },
          { type: 'projects', items: items.map((p, i) => ({ n: i + 1, id: p.id, title: p.title, line: p.line })) },
          { type: 'text', text: '回复数字看详情，回复“更多”看更多。' },
          { type: 'buttons', buttons: [...items.map((_, i) => ({ label: String(i + 1), payload: String(i + 1) })), { label: '更多', payload: '更多' }] },
        ],
      }
    },
    async forget(channel, userId) {
      engine.forgotten.push({ channel, userId })
    },
    async present(chat, deliver) {
      const reply = await deliver()
      shown.set(`${chat.channel}:${chat.chatId}`, reply.projects.length)
      return reply
    },
  }
  return engine
}

function say(lang: Reply['lang'], text: string): Reply {
  return { lang, clarify: false, projects: [], parts: [{ type: 'text', text }] }
}
