/**
 * The dialogue layer's turn classification through the real engine, search and
 * SQLite on the sample catalogue, with phrasings written for this file (not
 * from any simulator bank): "more" in every register until the list is truly
 * used up, resets with and without a new request, vague openers, ordinals, and
 * control words that collide with content. Every check is computed from the
 * catalogue's fields, never from a hard-coded answer.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { classifyControl } from '../src/dialogue/turn-classifier.js'
import { forAudience, useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown, active } = useSampleConversation('cd')
const NOTHING = /目录里暂时没有|The catalogue has no/


describe('the turn classifier reads control phrases by rule, not by sentence', () => {
  it.each([
    '再给我看几个', '还有别的没', '換一批吧', '仲有冇啲', '还又没有别的', '再来点', '别的还有吗', '下一批呢',
    '不行 换几个看看', 'any more please', 'show me some others', 'next few', 'got anything else', 'more ones pls',
    // Colloquial carrying verbs and 啥: 整, 弄, 搞 only carry the request.
    '再弄俩', '再搞几个瞅瞅', '还有啥呀',
    // "Let me see" shapes: 让我看看, 看下 (睇下), 瞧一下.
    '其他的也让我看看', '睇下其他', '给我瞧一下别的', '别的让俺瞅瞅',
    // A character typed twice is one slip.
    '再再来几个', '还有有别的吗',
    // A question about the list itself: has it ended, is this all of it.
    '名单到头了没', '清单到底了吗', '总共就这几个吗', '这个单子就这样而已啊', '一共就这些？再给几个',
  ])('reads "%s" as more', (text) => {
    expect(classifyControl(text)).toEqual({ kind: 'more' })
  })

  it.each(['还有线上的吗', '再见', '还行', '您好', '在吗', 'anything else about AI', '有没有免费的', '别的老师推荐的电工课', '还有啥电工课', '再搞个养殖的', '就这样吧', '就这样，谢谢', '这个到底怎么报名', '全部都要免费的'])(
    'does not read "%s" as more',
    (text) => expect(classifyControl(text)?.kind).not.toBe('more'),
  )

  it.each([
    ['算了 从头来过吧，我想学电工', '我想学电工'],
    ['不要了，清空重来。我在九江，想学用手机', '我在九江,想学用手机'],
    ['ok start over: I want to learn AI', 'i want to learn ai'],
    ['重新開始', ''],
    ['清除所有条件', ''],
    ['well, clear all and begin again', ''],
  ])('reads "%s" as a reset followed by "%s"', (text, rest) => {
    expect(classifyControl(text)).toEqual({ kind: 'reset', rest })
  })

  it.each([
    ['全不要了 重新找 想学电工', '想学电工'],
    ['全部清除再来过', ''],
    ['刚才的都不算，重新来', ''],
    ['都清掉 从头来，俺在九江', '俺在九江'],
    ['另起炉灶吧', ''],
    ['start all over', ''],
    ["let's start from the beginning", ''],
    // An apology or the asker before the start-over, and Cantonese 唔計 (不计) naming what goes.
    ['不好意思，我重新问一遍，我想学电工', '我想学电工'],
    ['抱歉 让我从头说', ''],
    // 咨询 is asking, like 问: "重新咨询" starts over.
    ['重新咨询一下，我想学电工', '我想学电工'],
    ['那我重新咨询', ''],
    ['頭先講嘅唔計，重新嚟過，我喺杭州', '我喺杭州'],
    // A word after the start-over that only sounds like a tail (农 nóng ~ 弄) begins the new request.
    ['重新开始，农业方面，有免费的吗', '农业方面,有免费的吗'],
    ['清清除条件重新开始，想学电工', '想学电工'],
    ['重新新开始，我在济南', '我在济南'],
    // "Never mind what I said" (嫑管 / 甭管 刚才的), Cantonese 算數, English "begin afresh".
    ['嫑管刚才的重新来', ''],
    ['算數，重新搵過', ''],
    ["let's begin afresh. i stay in guilin", 'i stay in guilin'],
    ['当我没说，重新开始，我想学电工', '我想学电工'],
    ['我说错了，从头来', ''],
    ['forget what i said, i want cooking', 'i want cooking'],
  ])('reads "%s" (words naming what goes, a clearing verb or idiom) as a reset followed by "%s"', (text, rest) => {
    expect(classifyControl(text)).toEqual({ kind: 'reset', rest })
  })

  it.each(['我重新学电脑', '让我看看电工课', '看下电工课有没有', '重新就业培训有吗', '我想重新学电脑', 'forget that, money management instead', '全部免费的课有吗', '都不要钱的有没有', '清除浏览器广告'])('does not read "%s" as a reset', (text) => {
    expect(classifyControl(text)?.kind).not.toBe('reset')
  })
})

describe('"more" in every register walks one list until it is truly used up', () => {
  it('pages unseen projects of the request with mixed variants, then asks back, also when asked again', async () => {
    const say = learner()
    const first = await say('退休了想学用智能手机')
    expect(first.projects.length).toBeGreaterThan(0)
    const variants = ['再给我看几个', '还有别的没', '換一批吧', '仲有冇啲', 'any more please', '还又没有别的', 'show me some others', '下一批呢']
    const seen = new Set(first.projects.map((p) => p.id))
    let last: Reply = first
    for (let i = 0; i < 60; i++) {
      last = await say(variants[i % variants.length])
      if (!last.projects.length) break
      for (const p of last.projects) {
        expect(seen.has(p.id)).toBe(false)
        seen.add(p.id)
      }
    }
    expect(last.projects).toEqual([])
    expect(last.clarify).toBe(true)
    expect(replyText(last)).not.toMatch(NOTHING)
    const again = await say('还有吗')
    expect(again.clarify).toBe(true)
    expect(replyText(again)).not.toMatch(NOTHING)
  })

  it.each([['我是退役军人，想学法律知识', 'law-finance', 'veterans'], ['我是退役军人，想学人工智能', 'ai', 'veterans']])(
    'after "%s" walks the group\'s own list on into the projects open to everyone, saying so, and shows every one of them',
    async (text, topic, audience) => {
      const say = learner()
      const pages = [await say(text)]
      while (pages.at(-1)!.projects.length && pages.length < 20) pages.push(await say('还有吗'))
      const ids = pages.flatMap((r) => r.projects.map((p) => p.id))
      expect(new Set(ids).size).toBe(ids.length)
      const wanted = (await active()).filter((p) => p.topics.includes(topic) && forAudience(audience)(p)).map((p) => p.id)
      expect(ids.filter((id) => !wanted.includes(id))).toEqual([])
      expect(wanted.filter((id) => !ids.includes(id))).toEqual([])
      const open = pages.find((r) => replyText(r).includes('大家都能报'))
      expect(open?.projects.length).toBeGreaterThan(0)
      expect(open?.relaxed ?? []).toEqual([])
    },
  )
})

describe('a turn that says nothing new after a list is "more", however it is put', () => {
  it.each(['唔夠喎', 'and?', '这几个都不太合适，换几个看看', 'that all?', '嗯', '一般般吧', 'meh', '還有冇得揀', '别的呢'])(
    '"%s" after a list shows unseen projects of the same request',
    async (text) => {
      const say = learner()
      const first = await say('我想学用智能手机')
      expect(first.projects.length).toBeGreaterThan(0)
      const topics = (await shown(first)).map((p) => p.topics)
      expect(topics.every((t) => t.includes('digital-skills'))).toBe(true)
      const next = await say(text)
      expect(next.projects.length).toBeGreaterThan(0)
      const firstIds = new Set(first.projects.map((p) => p.id))
      expect(next.projects.some((p) => firstIds.has(p.id))).toBe(false)
      expect((await shown(next)).every((p) => p.topics.includes('digital-skills'))).toBe(true)
    },
  )

  it.each(['唔夠喎', 'and?', '嗯'])('"%s" with no list on the screen never pages anything', async (text) => {
    const r = await learner()(text)
    expect(r.projects).toEqual([])
    expect(r.clarify).toBe(true)
  })

  it.each(['any boxing classes', '想学拳击'])('"%s" after a list (a subject nobody teaches, one slip from a filler) pages nothing', async (text) => {
    const say = learner()
    await say('我想学用智能手机')
    expect((await say(text)).projects).toEqual([])
  })

  it('a short turn with content of its own ("要线上的") narrows instead of paging', async () => {
    const say = learner()
    await say('我想学用智能手机')
    const r = await say('要线上的')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.format !== 'offline')).toBe(true)
  })
})

describe('a wish said with 最近 ("最近想学…") narrows nothing by date', () => {
  it('"最近想学" pages through as many projects as the same request without it', async () => {
    const walk = async (first: string) => {
      const say = learner()
      const ids = new Set<string>()
      let r = await say(first)
      for (let i = 0; i < 30 && r.projects.length; i++) {
        r.projects.forEach((p) => ids.add(p.id))
        r = await say('更多')
      }
      return ids.size
    }
    const plain = await walk('我是农村妇女，想学职业技能，要线下的')
    expect(plain).toBeGreaterThan(3)
    expect(await walk('我是农村妇女，最近想学职业技能，要线下的')).toBe(plain)
  })
})

describe('a correction that turns down "this one" switches the subject, it never asks about a shown project', () => {
  it.each(['不是这个，我要的是照顾老人', '那个不要了，我想学照顾老人', '唔係呢個，我要照顧長者', 'not that one, elderly care', 'change it to elderly care', 'switch it to how to care for the elderly'])(
    '"%s" after a list of arts projects lists elderly-care projects',
    async (text) => {
      const say = learner()
      const first = await say('我想学书法')
      expect(first.projects.length).toBeGreaterThan(0)
      const r = await say(text)
      expect(r.projects.length).toBeGreaterThan(0)
      expect((await shown(r)).every((p) => p.topics.includes('health-elderly-care'))).toBe(true)
    },
  )

  it.each(['不对，我是说农产品网上销售', '唔係呀，我係話農產品網上銷售', "no wait, i meant selling farm produce online"])(
    '"%s" (a correction marker, never a self-description) switches the topic and keeps the stated group',
    async (text) => {
      const say = learner()
      const first = await say('帮妇联的姐妹们问，有什么课')
      expect(first.projects.length).toBeGreaterThan(0)
      const r = await say(text)
      expect(r.projects.length).toBeGreaterThan(0)
      const header = replyText(r).split('\n')[0]
      expect(header).toMatch(/妇女|Women/)
      expect(header).not.toMatch(/在职职工|Employees/)
      expect((await shown(r)).every((p) => p.topics.includes('rural-revitalization'))).toBe(true)
    },
  )

  it('"这个要钱吗" still asks about the project just shown', async () => {
    const say = learner()
    await say('我想学书法')
    const card = await say('1')
    expect(card.projects.length).toBeLessThanOrEqual(1)
    const r = await say('这个要钱吗')
    expect(r.projects.length).toBeLessThanOrEqual(1)
    expect(replyText(r)).not.toMatch(/找到这几个/)
  })
})

describe('a reset clears everything, and what follows it is the new request', () => {
  it.each([
    ['不要了，清空重来。我想学电工', '电工'],
    ['ok start over: any electrician courses?', 'electric'],
    ['全部清除，重新找。我想学电工', '电工'],
    ['scrap that, start all over: electrician courses', 'electric'],
  ])('"%s" leaks neither the old place nor the old format', async (reset) => {
    const say = learner()
    await say('我在南昌，想学人工智能，要线下的')
    const r = await say(reset)
    expect(r.projects.length).toBeGreaterThan(0)
    const header = replyText(r).split('\n')[0]
    expect(header).not.toMatch(/南昌|江西|线下|in person/)
    expect((await shown(r)).every((p) => p.topics.includes('energy-power'))).toBe(true)
  })

  it.each([
    ['不问了重新问，我想学电工', '电工'],
    ['撤回，重新来，我想学电工', '电工'],
    ['唔問喇，重新嚟，我想學電工', '电工'],
    ["ok so basically start over. any electrician courses?", 'electric'],
  ])('"%s" (a start-over after a preamble no word list holds) leaks neither the old place nor the old format', async (reset) => {
    const say = learner()
    await say('我在南昌，想学人工智能，要线下的')
    const r = await say(reset)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r).split('\n')[0]).not.toMatch(/南昌|江西|线下|in person/)
    expect((await shown(r)).every((p) => p.topics.includes('energy-power'))).toBe(true)
  })

  it.each(['不问了重新问', "let's try again from scratch"])('a bare "%s" clears the request: "more" then pages nothing', async (reset) => {
    const say = learner()
    await say('我在南昌，想学人工智能，要线下的')
    const r = await say(reset)
    expect(r.projects).toEqual([])
    expect((await say('更多')).projects).toEqual([])
  })

  it('a place said before "重新开始" is no preamble: the message is not read as a bare reset', async () => {
    const say = learner()
    await say('我想学人工智能')
    const r = await say('我在南昌，重新开始')
    expect(replyText(r)).not.toMatch(/重新开始。/)
  })

  it('a bare reset in traditional characters is a reset, not a question about when something starts', async () => {
    const say = learner()
    await say('我想学电工')
    const r = await say('重新開始')
    expect(r.projects).toEqual([])
    expect(replyText(r)).not.toMatch(/开课|starts on/)
  })
})

describe('vague openers always ask back, never "nothing found"', () => {
  it.each(['不知道学啥好', '啥都行 你看着推荐', 'no idea what to study', 'where should I begin?', '想学点东西 还没想好学什么'])(
    '"%s" gets the menu with clarify',
    async (text) => {
      const r = await learner()(text)
      expect(r.clarify).toBe(true)
      expect(r.projects).toEqual([])
      expect(replyText(r)).not.toMatch(NOTHING)
    },
  )

  it.each(['你好', '您好！', 'hello', 'good morning'])('a bare greeting "%s" with nothing on screen greets and asks back with the menu', async (text) => {
    const say = learner()
    const r = await say(text)
    expect(r.clarify).toBe(true)
    expect(r.projects).toEqual([])
    expect(replyText(r)).toMatch(/您好|Hello/)
    const pick = await say('2')
    expect(pick.projects.length).toBeGreaterThan(0)
  })

  it('a greeting with a list on screen only greets, and "更多" still pages that list', async () => {
    const say = learner()
    const list = await say('我想学人工智能')
    const hi = await say('你好')
    expect(hi.clarify).toBe(false)
    const more = await say('更多')
    expect(more.projects.length).toBeGreaterThan(0)
    expect(more.projects.some((p) => list.projects.some((q) => q.id === p.id))).toBe(false)
  })

  it('talk around a request ("给俺找个课呗") is no subject: the learner\'s own facts still find projects', async () => {
    const r = await learner()('俺是退休老人 给俺找个课呗')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.audiences.includes('elderly') || p.audiences.includes('general-public'))).toBe(true)
  })

  it('one skill of a topic that no project mentions ("学开叉车") gets "nothing" naming the skill, never the topic the catalogue has', async () => {
    const { taxonomy } = sampleRig()
    const texts = (await active()).map((p) => `${p.title}${p.summary}`)
    // Synonyms that are one skill (not a name of the whole topic) and that no project mentions, nor any pair of their characters.
    const pairs = (w: string) => [...w].slice(1).map((c, i) => [...w][i] + c)
    const skills = taxonomy.topics.flatMap((e) => e.synonyms.map((w) => ({ id: e.id, w })))
      .filter(({ w }) => /^\p{Script=Han}{2,}$/u.test(w) && !taxonomy.namesWholeTopic(w) && !taxonomy.isFamilyWord(w) && ![w, ...pairs(w)].some((x) => texts.some((t) => t.includes(x))))
    expect(skills.length).toBeGreaterThan(0)
    for (const { id, w } of skills.slice(0, 3)) {
      const r = await learner()(`想学${w}`)
      expect(r.projects).toEqual([])
      expect(replyText(r)).toContain(`“${w}”`)
      // Never "no 职业技能 projects": the topic may only be offered ("想看职业技能类的其他课，回复“6”").
      expect(replyText(r).split('\n')[0]).not.toContain(`没有“${taxonomy.get('topics', id)!.zh}`)
    }
  })

  it('after a subject nobody teaches, the next topic keeps the stated person and preferences, not a hint tied to that subject', async () => {
    const word = '滑翔伞'
    expect((await active()).some((p) => `${p.title}${p.summary}`.includes(word))).toBe(false)
    const say = learner()
    expect((await say(`我是家长，有没有线上的学${word}课？`)).projects).toEqual([])
    const r = await say('那学人工智能呢')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r).split('\n')[0]).toMatch(/家长.*线上/)
    for (const p of await shown(r)) {
      expect(p.format === 'online' || p.format === 'hybrid').toBe(true)
      expect(p.audiences.includes('parents') || p.audiences.includes('general-public')).toBe(true)
    }
    const other = learner()
    await other(`孩子想学${word}`)
    expect(replyText(await other('那学人工智能呢')).split('\n')[0]).not.toContain('青少年')
  })

  it.each(['我听力有残疾', '我腿脚不方便'])('"%s" said of oneself beside a subject nobody teaches is still who the learner is at the next topic', async (self) => {
    const word = '滑翔伞'
    expect((await active()).some((p) => `${p.title}${p.summary}`.includes(word))).toBe(false)
    const say = learner()
    expect((await say(`${self}，想学${word}`)).projects).toEqual([])
    const r = await say('那学电脑呢')
    expect(replyText(r).split('\n')[0]).toContain('残疾人')
    const list = await shown(r)
    expect(list.length).toBeGreaterThan(0)
    expect(list.every((p) => p.audiences.includes('people-with-disabilities') || p.audiences.includes('general-public'))).toBe(true)
  })

  it('a group only implied beside a subject nobody teaches (俺孙子 → older) never replaces the group the learner stated', async () => {
    const say = learner()
    await say('我是乡村教师，有线下的课吗')
    expect((await say('俺孙子想学滑翔伞有没有')).projects).toEqual([])
    const header = replyText(await say('那学人工智能呢')).split('\n').find((l) => l.startsWith('按')) ?? ''
    expect(header).toContain('乡村教师')
    expect(header).not.toContain('老年人')
  })

  it('a subject in a learning frame that no project teaches still gets the honest "nothing"', async () => {
    const word = '滑翔伞'
    expect((await active()).some((p) => `${p.title}${p.summary}`.includes(word))).toBe(false)
    const r = await learner()(`想学${word}`)
    expect(r.projects).toEqual([])
    expect(replyText(r)).toContain(word)
  })
})
