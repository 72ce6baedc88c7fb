/**
 * Every reader sees a Taiwan / Hong Kong / Macau / overseas message the same way, whatever script it is typed in, and
 * reads the register's own frames (docs/dialogue-state.md, round 15 trad15), through the real understander and the
 * real engine on the sample catalogue:
 * - Taiwan and overseas words typed in simplified characters (人工智慧, 数位技能, 太阳能光电, 手作, 堆高机, 联络, 搜寻) are
 *   read as their traditional forms are, which reach the mainland word through OpenCC's Taiwan phrases; only words with
 *   no other mainland meaning, or whole compounds (数码相机 stays);
 * - a renewal (續約, 续期) and money owed arriving (什麼時候入帳, 几时到账) are errands, out of scope;
 * - "is it free?" asked of what is found, in a clause of its own (課程免費嗎, 是免费的吗), asks and filters nothing;
 *   Cantonese 要唔使錢嘅 is a wish for free courses, never the question 要不要钱;
 * - a clause about someone else of the household set against "我自己想學…" names no subject, group or topic.
 * Phrasings are our own; those from the spent fresh18 bank are named as such.
 */
import { describe, expect, it } from 'vitest'
import * as OpenCC from 'opencc-js'
import { loadRegions } from '../src/catalogue/regions.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { createQueryUnderstander } from '../src/query/understand.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
const charsOnly = OpenCC.Converter({ from: 'tw', to: 'cn' })
const { learner } = useSampleConversation('trad-readers')
const reading = (text: string) => {
  const u = understand(text)
  return { topics: u.slots.topics.map((t) => `${t.id}${t.explicit ? '!' : '?'}`).sort(), needs: u.needs, format: u.slots.format, free: u.slots.free }
}

describe('a Taiwan or overseas word typed in simplified characters is read as its traditional form', () => {
  it.each([
    '請問有網路上的人工智慧課程嗎？', '想報名不用錢的數位技能的課', '有沒有免費的太陽能光電相關的課程', '有冇數碼技能課程？',
    '敬請推介實體上課的手作工藝課程', '有沒有面授的堆高機和焊接課程可以報名', '有冇免費智慧型手機應用班？', '我想學數位生活應用',
  ])('"%s" reads the same in simplified characters', (text) => {
    expect(reading(charsOnly(text))).toEqual(reading(text))
  })

  it('a mainland compound of one of the words keeps its own meaning ("数码相机" is no 数字相机)', () => {
    expect(understand('我想学数码相机').needs.flat()).toContain('数码相机')
  })

  it('"第一个怎么联络" asks the first project\'s contact, and "重新搜寻" starts over', async () => {
    const chat = learner()
    const list = await chat('我想学电脑')
    const contact = await chat('第一个怎么联络')
    expect(replyText(contact)).toContain('联系方式')
    expect(replyText(contact)).toContain(list.projects[0].title)
    expect(replyText(await chat('重新搜寻'))).toContain('重新开始')
  })
})

describe('a renewal or money owed arriving is an errand', () => {
  it.each(['請問外傭合約到期點樣續約', '榮民伯伯問一下，就養金什麼時候入帳', '退休金几时到账', '营业执照怎么续期', '补贴哪天发放'])(
    '"%s" gets no projects', async (said) => {
      const r = await learner()(said)
      expect(r.projects, replyText(r)).toEqual([])
      expect(replyText(r)).toContain('没有')
    })

  it('"請問外傭合約到期點樣續約" (fresh18, spent) leaves the request as it was: no migrant worker joins it', async () => {
    const chat = learner()
    await chat('請問外傭合約到期點樣續約')
    const next = await chat('我住北京，有文化藝術的課嗎？要實體的文化藝術的')
    expect(replyText(next)).not.toContain('农民工')
    expect(replyText(next)).not.toContain('外来务工')
    expect(next.relaxed ?? []).toEqual([])
  })

  it('a course\'s dates are still a field question ("第一个什么时候开始")', async () => {
    const chat = learner()
    await chat('我想学电脑')
    expect(replyText(await chat('第一个什么时候开始'))).not.toContain('目录里暂时没有')
  })
})

describe('"is it free?" asks; a wish for free courses filters', () => {
  it.each(['有書法課嗎？免費嗎', '課程是免費的嗎', '甘肅這邊，請問有面授的法律同理財常識課程嗎？課程免費嗎', '有没有电脑课？都是免费的吗'])(
    '"%s" asks the fee: no filter', (text) => {
      expect(understand(text).slots.free).toBeNull()
    })

  it.each(['有免費的嗎', '要唔使錢嘅', '免費的課有嗎', '只要免费的', '有冇唔使錢嘅課', '課程唔使錢嘅嗎？要唔使錢嘅'])(
    '"%s" wants free courses', (text) => {
      expect(understand(text).slots.free).toBe(true)
    })

  it('after a list, "課程唔使錢嘅嗎？要唔使錢嘅" (fresh18, spent) narrows to free courses, never a fee answer', async () => {
    const chat = learner()
    await chat('有冇法律同理財常識嘅課程？唔該')
    const r = await chat('課程唔使錢嘅嗎？要唔使錢嘅')
    expect(replyText(r)).toContain('免费')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).toMatch(/^按/m)
  })
})

describe('someone else of the household, set against "我自己想學", names no subject', () => {
  it.each([
    '屋企工人姐姐湊緊仔，我自己想學線上的教師專業成長，有冇課可以報', '老公開車跑長途，我自己想學電腦', '家里工人带孩子，我自己想学电脑',
  ])('"%s" asks only for the subject after it', (text) => {
    const u = understand(text)
    expect(u.needs).toEqual([])
    expect(u.slots.topics.filter((t) => t.explicit).length).toBe(1)
  })

  it('the helper minding the child makes no parent, and no parenting topic ("屋企工人姐姐湊緊仔", fresh18, spent)', () => {
    const u = understand('福建這邊，我是樂齡長輩，今年七十了，屋企工人姐姐湊緊仔，我自己想學法律與理財知識，有冇課可以報')
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['elderly'])
    expect(u.slots.topics.map((t) => t.id)).toEqual(['law-finance'])
  })

  it('the learner\'s own clause before "我自己" stays theirs ("我是家长，我自己想学电脑")', () => {
    expect(understand('我是家长，我自己想学电脑').slots.audiences.map((a) => a.id)).toEqual(['parents'])
  })
})

describe('the register\'s words for the person read like the mainland ones', () => {
  it('"我係公司員工，做夜更保安" (fresh17, spent): the job in the next clause is the learner\'s, no job-skills subject', () => {
    const u = understand('我係公司員工，做夜更保安，有冇遠端上課的外語嘅課程？')
    expect(u.slots.topics.map((t) => t.id)).toEqual(['language'])
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['employees'])
  })

  it('a course of the job stays a subject ("我是家长，当保安的课有吗")', () => {
    expect(understand('我是家长，当保安的课有吗').needs.flat()).toContain('保安')
  })

  it.each(['我係家長，仔女讀緊小學，有冇免費的課程可以報', '我是家长，子女读小学，有没有免费的课程可以报'])(
    '"%s": one\'s children (仔女, 子女) at school name no subject', (text) => {
      const u = understand(text)
      expect(u.needs).toEqual([])
      expect(u.slots.audiences.map((a) => a.id)).toEqual(['parents'])
    })

  it('轉更 (rotating shifts) is no switch: "轉更成日冇時間，好難搵課。有冇網上嘅課程？" keeps its reading', () => {
    const u = understand('轉更成日冇時間，好難搵課。有冇網上嘅課程？')
    expect(u.normalized).not.toContain('换成')
    expect(u.slots.format).toBe('online')
  })
})
