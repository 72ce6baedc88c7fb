/**
 * Sessions are written only by the dialogue engine: a notice (what the staff
 * notifier sends) is presented through `engine.present`, on the same per-chat
 * queue as the learner's turns. A slow turn (a fake model that answers only
 * when the test lets it) and a notice arriving meanwhile both survive in the
 * session: the turn's request stays, and the notice's numbering is what "1" opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFakeChatModel } from '../src/llm/fake-chat-model.js'
import { createChatEngine } from '../src/dialogue/create-chat-engine.js'
import { SqliteSessionStore } from '../src/dialogue/sqlite-session-store.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { ChatAddress, Reply } from '../src/dialogue/types.js'
import { openRig, tempDbPath, type EngineRig } from './fixtures/dialogue-setup.js'

let rig: EngineRig
let tmp: ReturnType<typeof tempDbPath>
beforeAll(async () => {
  tmp = tempDbPath()
  rig = await openRig(tmp.path)
})
afterAll(() => {
  rig.close()
  tmp.cleanup()
})

/** A notice numbering one project, as the staff notifier renders it. */
function notice(id: string, title: string): Reply {
  return {
    lang: 'zh',
    clarify: false,
    projects: [{ id, title }],
    parts: [
      { type: 'text', text: '您订阅的「电力」有新项目了：' },
      { type: 'projects', items: [{ n: 1, id, title, line: title }] },
    ],
  }
}

/** An engine whose model waits until `release()`; `asked` resolves when a turn reached the model. */
function slowEngine() {
  let release!: () => void
  const gate = new Promise<void>((r) => (release = r))
  let reached!: () => void
  const asked = new Promise<void>((r) => (reached = r))
  const model = createFakeChatModel(async () => {
    reached()
    await gate
    return { ok: false, reason: 'the test model keeps the template wording' }
  })
  return { engine: createChatEngine({ ...rig, chatModel: model }), asked, release }
}

const load = (chatId: string) => new SqliteSessionStore(rig.db, { idleMinutes: 30, now: () => new Date() }).load('test', chatId)

describe('a notice presented while a slow turn runs', () => {
  it('waits for the turn, then keeps both the turn’s request and the notice’s numbering', async () => {
    const { engine, asked, release } = slowEngine()
    const chat: ChatAddress = { channel: 'test', chatId: 'slow-1', userId: 'slow-1', lang: 'zh' }
    const turn = engine.handle({ channel: 'test', userId: 'slow-1', chatId: 'slow-1', text: '我想学人工智能' })
    await asked // the turn has loaded the session and waits on the model
    let delivered = false
    const presented = engine.present(chat, async () => {
      delivered = true
      return notice('T-EP-1', '低压电工上岗培训')
    })
    await Promise.resolve()
    expect(delivered).toBe(false)
    release()
    const answered = await turn
    await presented
    expect(delivered).toBe(true)
    expect(answered.projects.map((p) => p.id)).toContain('T-AI-1')

    const state = (await load('slow-1'))!
    expect(state.shown).toEqual(['T-EP-1'])
    expect(state.seen).toEqual(expect.arrayContaining([...answered.projects.map((p) => p.id), 'T-EP-1']))
    expect(state.request.active).toBe(true)
    expect(state.request.topics.map((t) => t.value.id).length).toBeGreaterThan(0)
    expect(replyText(await engine.handle({ channel: 'test', userId: 'slow-1', chatId: 'slow-1', text: '1' }))).toContain('低压电工上岗培训')
  })

  it('runs a turn that arrives after a notice on the notice’s numbering', async () => {
    const { engine, release } = slowEngine()
    release()
    const chat: ChatAddress = { channel: 'test', chatId: 'slow-2', userId: 'slow-2', lang: 'zh' }
    await engine.present(chat, async () => notice('T-HC-1', '养老护理员技能培训'))
    const reply = await engine.handle({ channel: 'test', userId: 'slow-2', chatId: 'slow-2', text: '1' })
    expect(replyText(reply)).toContain('养老护理员技能培训')
  })

  it('records nothing when the notice could not be delivered', async () => {
    const { engine, release } = slowEngine()
    release()
    const chat: ChatAddress = { channel: 'test', chatId: 'slow-3', userId: 'slow-3', lang: 'zh' }
    await expect(engine.present(chat, async () => Promise.reject(new Error('blocked by the user')))).rejects.toThrow('blocked')
    expect(await load('slow-3')).toBeNull()
  })
})
