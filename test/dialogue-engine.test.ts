import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import type { TurnRecord } from '../src/dialogue/create-chat-engine.js'
import { openRig, tempDbPath, type EngineRig } from './fixtures/dialogue-setup.js'

let rig: EngineRig
let tmp: ReturnType<typeof tempDbPath>
const turns: TurnRecord[] = []
let nextUser = 0
/** A fresh learner for each test, so conversations never mix. */
const learner = () => {
  const user = `learner-${++nextUser}`
  return (text: string) => rig.say(text, user)
}
const shown = async (r: Reply): Promise<Project[]> => (await Promise.all(r.projects.map((p) => rig.store.get(p.id)))).map((p) => p!)

beforeAll(async () => {
  tmp = tempDbPath()
  rig = await openRig(tmp.path, { engine: { onTurn: (t) => turns.push(t) } })
})
afterAll(() => {
  rig.close()
  tmp.cleanup()
})

describe('carrying slots across turns', () => {
  it('narrows "我想学人工智能" with "有适合老年人的吗" and then "那线下的呢"', async () => {
    const say = learner()
    const r1 = await say('我想学人工智能')
    expect(r1.projects.length).toBeGreaterThan(0)
    expect((await shown(r1)).every((p) => p.topics.includes('ai'))).toBe(true)
    const r2 = await say('有适合老年人的吗')
    expect(r2.projects.length).toBeGreaterThan(0)
    expect((await shown(r2)).every((p) => p.topics.includes('ai') && p.audiences.includes('elderly'))).toBe(true)
    const r3 = await say('那线下的呢')
    expect(r3.projects.length).toBeGreaterThan(0)
    expect((await shown(r3)).every((p) => p.topics.includes('ai') && p.audiences.includes('elderly') && p.format === 'offline')).toBe(true)
  })

  it('drops the old topic when the learner switches: "算了，我想学电工"', async () => {
    const say = learner()
    await say('我想学人工智能')
    await say('有适合老年人的吗')
    const r = await say('算了，我想学电工')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('energy-power') && !p.topics.includes('ai'))).toBe(true)
  })
})

describe('the reply a learner reads', () => {
  it('lists at most three projects, one plain line each, and says how to continue', async () => {
    const r = await learner()('我想学人工智能')
    const list = r.parts.find((p) => p.type === 'projects')
    expect(list && list.type === 'projects' && list.items.length).toBeLessThanOrEqual(3)
    if (list?.type !== 'projects') throw new Error('no list')
    for (const item of list.items) {
      const p = (await rig.store.get(item.id))!
      expect(item.line).toContain(p.title)
      expect(item.line).toContain(p.provider)
      expect(item.line).not.toContain('\n')
    }
    const text = replyText(r)
    expect(text).toContain('回复数字看详情')
    expect(text).not.toMatch(/\|.*\||\*\*|^#/m)
    const buttons = r.parts.find((p) => p.type === 'buttons')
    expect(buttons?.type === 'buttons' && buttons.buttons.map((b) => b.payload)).toContain('更多')
  })
})

describe('follow-ups on shown projects', () => {
  const fieldCases: [string, (p: Project) => string][] = [
    ['怎么报名', (p) => p.enroll!],
    ['联系电话', (p) => p.contact!],
    ['网址', (p) => p.url!],
    ['要学多久', (p) => p.duration!],
  ]
  it.each(fieldCases)('answers "第一个%s" from the first project\'s own field', async (question, value) => {
    const say = learner()
    const list = await say('我想学人工智能')
    const first = (await rig.store.get(list.projects[0].id))!
    const r = await say(`第一个${question}`)
    expect(r.projects).toEqual([{ id: first.id, title: first.title }])
    const v = value(first)
    if (v) expect(replyText(r)).toContain(v)
    else expect(replyText(r)).toContain('目录里没有写')
  })

  it('answers "1号要钱吗" with the fee and "什么时候开始" with the dates of the same project', async () => {
    const say = learner()
    const list = await say('我想学电工')
    const first = (await rig.store.get(list.projects[0].id))!
    const fee = await say('1号要钱吗')
    expect(replyText(fee)).toContain(first.fee === 0 ? '免费' : String(first.fee))
    const when = await say('什么时候开始')
    expect(when.projects[0].id).toBe(first.id)
    const [y, m, d] = first.start_date!.split('-').map(Number)
    expect(replyText(when)).toContain(`${y}年${m}月${d}日`)
  })

  it('answers "这个在哪里上课" about the project just opened', async () => {
    const say = learner()
    await say('我想学用智能手机')
    const list = await say('有适合老年人的吗')
    const n = (await shown(list)).findIndex((p) => p.format === 'offline') + 1
    expect(n).toBeGreaterThan(0)
    const card = await say(String(n))
    const p = (await rig.store.get(card.projects[0].id))!
    const r = await say('这个在哪里上课')
    expect(r.projects[0].id).toBe(p.id)
    expect(replyText(r)).toContain(p.region!)
  })

  it('finds a project by a piece of its name', async () => {
    const say = learner()
    const list = await say('老年人学手机')
    const target = (await shown(list)).find((p) => p.id === 'T-DS-1')
    expect(target).toBeDefined()
    const r = await say('智能手机应用实训班怎么报名')
    expect(r.projects[0].id).toBe('T-DS-1')
    expect(replyText(r)).toContain(target!.enroll!)
  })

  it.each([
    ['怎么报名', 'enroll'], ['要钱吗', 'fee'], ['在哪里上课', 'region'], ['什么时候开始', 'start_date'],
    ['要学多久', 'duration'], ['联系电话', 'contact'], ['网址是什么', 'url'],
  ] as const)('answers "智能手机应用实训班%s" by the project\'s name from its %s', async (question, field) => {
    const say = learner()
    const list = await say('老年人学手机')
    expect(list.projects.map((p) => p.id)).toContain('T-DS-1')
    const r = await say(`智能手机应用实训班${question}`)
    expect(r.projects).toEqual([{ id: 'T-DS-1', title: '老年人智能手机应用实训班' }])
    const p = (await rig.store.get('T-DS-1'))!
    const value = field === 'start_date' ? '2026年12月5日' : field === 'fee' && p.fee === 0 ? '免费' : String(p[field])
    expect(replyText(r)).toContain(value)
  })

  it('asks "第几个" when a field question could mean several projects, then answers the number', async () => {
    const say = learner()
    const list = await say('我想学人工智能')
    expect(list.projects.length).toBeGreaterThan(1)
    const ask = await say('什么时候开始')
    expect(ask.clarify).toBe(true)
    expect(ask.projects).toEqual([])
    const r = await say('2')
    const second = (await rig.store.get(list.projects[1].id))!
    expect(r.projects[0].id).toBe(second.id)
    const [, m, d] = second.start_date!.split('-').map(Number)
    expect(replyText(r)).toContain(`${m}月${d}日`)
  })

  it('says "目录里没有写" and names whom to ask when a field is empty', async () => {
    const say = learner()
    const list = await say('家庭安全用电')
    const n = list.projects.findIndex((p) => p.id === 'T-EP-2') + 1
    expect(n).toBeGreaterThan(0)
    const contact = await say(`第${n}个联系电话`)
    expect(replyText(contact)).toContain('目录里没有写')
    expect(replyText(contact)).toContain('华北电力大学')
    const when = await say('什么时候开始')
    expect(replyText(when)).toContain('目录里没有写')
    expect(replyText(when)).not.toMatch(/\d{4}年/)
  })

  it('understands follow-ups written in traditional characters', async () => {
    const say = learner()
    const list = await say('我想學電工')
    const p = (await rig.store.get(list.projects[0].id))!
    const r = await say('第一個怎麼報名')
    expect(r.projects[0].id).toBe(p.id)
    expect(replyText(r)).toContain(p.enroll!)
    expect(replyText(await say('謝謝'))).toContain('不客气')
  })

  it('shows a detail card for a bare number', async () => {
    const say = learner()
    const list = await say('我想学电工')
    const r = await say('1')
    const p = (await rig.store.get(list.projects[0].id))!
    const text = replyText(r)
    for (const v of [p.title, p.provider, p.enroll!, p.contact!]) expect(text).toContain(v)
    const buttons = r.parts.find((x) => x.type === 'buttons')
    expect(buttons?.type === 'buttons' && buttons.buttons.map((b) => b.payload)).toContain(`👍 ${p.id}`)
  })
})

describe('more, menus and things the catalogue cannot meet', () => {
  it('shows the next projects on "更多" without repeats, then says there are no more', async () => {
    const say = learner()
    const seen = new Set<string>()
    let r = await say('我想学人工智能')
    for (let i = 0; i < 5 && r.projects.length; i++) {
      for (const p of r.projects) {
        expect(seen.has(p.id)).toBe(false)
        seen.add(p.id)
        expect((await rig.store.get(p.id))!.topics).toContain('ai')
      }
      r = await say(i % 2 ? '换一批' : '更多')
    }
    expect(seen.size).toBe(5)
    expect(r.projects).toEqual([])
    expect(replyText(r)).toContain('都给您看过了')
  })

  it('asks back with a numbered topic menu for a vague wish, and a number picks the topic', async () => {
    const say = learner()
    const menu = await say('有什么好学的')
    expect(menu.clarify).toBe(true)
    expect(menu.projects).toEqual([])
    const text = replyText(menu)
    const line = text.split('\n').find((l) => l.endsWith('人工智能'))!
    const n = Number(/^(\d+)\./.exec(line)![1])
    const r = await say(String(n))
    expect(r.clarify).toBe(false)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('ai'))).toBe(true)
  })

  it('says plainly when nothing fits, recommends nothing and offers the menu', async () => {
    const say = learner()
    const r = await say('我想学开飞机')
    expect(r.projects).toEqual([])
    expect(replyText(r)).toContain('目录里暂时没有')
    expect(replyText(r)).toMatch(/1\. 数字技能/)
    expect(turns.at(-1)?.matched).toBe(false)
  })

  it('answers a bare "好" or "ok" with nothing on screen with the topic menu, and thanks after a list without it', async () => {
    const first = await learner()('好')
    expect(first.clarify).toBe(true)
    expect(replyText(first)).toMatch(/1\. 数字技能/)
    const en = await learner()('ok')
    expect(en.clarify).toBe(true)
    const say = learner()
    await say('我想学人工智能')
    const thanks = await say('好的，谢谢')
    expect(thanks.clarify).toBeFalsy()
    expect(replyText(thanks)).toContain('不客气')
  })

  it('answers greetings, thanks, help and a reset', async () => {
    const say = learner()
    expect(replyText(await say('你好'))).toContain('您好')
    await say('我想学人工智能')
    expect(replyText(await say('谢谢'))).toContain('不客气')
    const help = await say('菜单')
    expect(help.clarify).toBe(true)
    expect(replyText(help)).toContain('怎么用')
    const reset = await say('重新开始')
    expect(replyText(reset)).toContain('重新开始')
    const after = await say('更多')
    expect(after.projects).toEqual([])
    expect(replyText(after)).toContain('还没有给您列出项目')
  })

  it('passes a 👍 on a project to the turn hook as feedback', async () => {
    const say = learner()
    const list = await say('我想学电工')
    const id = list.projects[0].id
    const r = await say(`👍 ${id}`)
    expect(replyText(r)).toContain('谢谢')
    expect(turns.at(-1)?.feedback).toEqual({ projectId: id, value: 'up' })
  })
})

describe('English learners', () => {
  it('answers in English with English titles and follow-ups', async () => {
    const say = learner()
    const r = await say('I want to learn AI')
    expect(r.lang).toBe('en')
    expect(r.projects.length).toBeGreaterThan(0)
    for (const p of r.projects) expect(p.title).toBe((await rig.store.get(p.id))!.title_en)
    expect(replyText(r)).toContain('Reply with a number')
    const fee = await say('how much is the first one?')
    expect(fee.lang).toBe('en')
    const p = (await rig.store.get(r.projects[0].id))!
    expect(replyText(fee)).toContain(p.fee === 0 ? 'free' : String(p.fee))
    const card = await say('2')
    expect(card.lang).toBe('en')
    expect(card.projects[0].id).toBe(r.projects[1].id)
  })
})

describe('numbers that point past the list', () => {
  it('asks for a number in range, and says plainly when only one project is on screen', async () => {
    const say = learner()
    const many = await say('我想学人工智能')
    expect(many.projects.length).toBe(3)
    expect(replyText(await say('第五个怎么报名'))).toContain('请回复1到3之间的数字')
    const one = await say('我想学电工，要线下的')
    expect(one.projects.length).toBe(1)
    expect(replyText(await say('第二个怎么报名'))).toContain('现在只有1个，请回复1')
  })
})
