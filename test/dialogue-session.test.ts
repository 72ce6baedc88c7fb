import { afterEach, describe, expect, it } from 'vitest'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { replyText } from '../src/dialogue/reply-text.js'
import { createChatEngine, type ChatEngineDeps } from '../src/dialogue/create-chat-engine.js'
import { loadPrompts } from '../src/prompts.js'
import { PROMPTS_DIR } from '../src/paths.js'
import { openRig, tempDbPath, type EngineRig } from './fixtures/dialogue-setup.js'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})
async function rigAt(path: string, engine: Partial<ChatEngineDeps> = {}): Promise<EngineRig> {
  const rig = await openRig(path, { engine })
  cleanups.push(() => rig.close())
  return rig
}
function tmp() {
  const t = tempDbPath()
  cleanups.unshift(() => t.cleanup())
  return t
}

describe('sessions in SQLite', () => {
  it('continues a conversation after a restart: a new engine on the same database file', async () => {
    const t = tmp()
    const first = await openRig(t.path)
    const list = await first.say('我想学人工智能', 'grandma')
    await first.say('有适合老年人的吗', 'grandma')
    const narrowed = await first.say('那线下的呢', 'grandma')
    first.close()

    const second = await rigAt(t.path)
    const r = await second.say('第一个怎么报名', 'grandma')
    const p = (await second.store.get(narrowed.projects[0].id))!
    expect(r.projects[0].id).toBe(p.id)
    expect(replyText(r)).toContain(p.enroll!)
    const more = await second.say('更多', 'grandma')
    for (const x of more.projects) expect(narrowed.projects.map((y) => y.id)).not.toContain(x.id)
    expect(list.projects.length).toBeGreaterThan(0)
  })

  it('forgets a conversation after the idle time', async () => {
    const t = tmp()
    let now = new Date('2026-11-28T10:00:00Z')
    const rig = await rigAt(t.path, { idleMinutes: 30, now: () => now })
    await rig.say('我想学电工', 'u')
    now = new Date('2026-11-28T10:20:00Z')
    expect((await rig.say('1', 'u')).projects).toHaveLength(1)
    now = new Date('2026-11-28T11:00:00Z')
    const late = await rig.say('1', 'u')
    expect(late.projects).toEqual([])
    expect(replyText(late)).toContain('还没有给您列出项目')
  })

  it('keeps separate conversations per chat and deletes a user\'s with forget', async () => {
    const t = tmp()
    const rig = await rigAt(t.path)
    await rig.say('我想学电工', 'a')
    await rig.say('我想学人工智能', 'b')
    const a = await rig.say('1', 'a')
    expect((await rig.store.get(a.projects[0].id))!.topics).toContain('energy-power')
    await rig.engine.forget('test', 'a')
    expect((await rig.say('1', 'a')).projects).toEqual([])
    const b = await rig.say('1', 'b')
    expect((await rig.store.get(b.projects[0].id))!.topics).toContain('ai')
  })

  it('keeps one conversation per group room, whoever speaks in it', async () => {
    const t = tmp()
    const rig = await rigAt(t.path)
    await rig.engine.handle({ channel: 'wechat', userId: 'alice', chatId: 'room-1', text: '我想学电工' })
    const r = await rig.engine.handle({ channel: 'wechat', userId: 'bob', chatId: 'room-1', text: '1号要钱吗' })
    expect(r.projects).toHaveLength(1)
    expect((await rig.store.get(r.projects[0].id))!.topics).toContain('energy-power')
  })

  it('answers two quick messages of one chat in order', async () => {
    const t = tmp()
    const rig = await rigAt(t.path)
    const [list, card] = await Promise.all([rig.say('我想学电工', 'q'), rig.say('1', 'q')])
    expect(card.projects[0].id).toBe(list.projects[0].id)
  })
})

describe('reply templates', () => {
  it('fails start-up with a clear message when a template uses an unknown variable', async () => {
    const t = tmp()
    const dir = join(t.dir, 'prompts')
    cpSync(PROMPTS_DIR, dir, { recursive: true })
    const file = join(dir, 'zh', 'chat.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^found: .*$/m, 'found: 找到{titel}'))
    const rig = await rigAt(t.path)
    const broken = loadPrompts(dir)
    expect(() => createChatEngine({ ...rig, prompts: broken })).toThrowError(/reply templates/)
    try {
      createChatEngine({ ...rig, prompts: broken })
    } catch (err) {
      expect((err as { details: string[] }).details.join('\n')).toMatch(/chat\.yaml: "found" uses unknown variable \{titel\}/)
    }
  })
})
