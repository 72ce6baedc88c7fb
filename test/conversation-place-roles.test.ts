/**
 * Where the learner is, said beside where they came from, and words typed by shape or by sound, through the real
 * engine, search and SQLite on the sample catalogue: a place said as one's origin ("从四川出来", "老家河南", "湖南来的")
 * or as part of one's job ("我係廣州酒樓嘅侍應") is no place to learn in; where one is (在…, 住…, …这边) is. 兔费 is
 * 免费 and 推界 is 推介, and a skill said with how hard it comes ("打字慢") or a vehicle one drives for a living
 * ("开公交车的") describes the learner. Phrasings written for this file, not from any simulator bank.
 */
import { describe, expect, it } from 'vitest'
import type { Reply } from '../src/dialogue/types.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner } = useSampleConversation('place')
const header = (r: Reply) => replyText(r).split('\n').find((l) => l.startsWith('按“')) ?? ''

describe('the place the learner is in wins over the place they came from', () => {
  it.each([
    ['我是从四川出来打工的，现在人在杭州，想学电脑', '杭州', '四川'],
    ['我老家河南的，在北京做保安，想学英语', '北京', '河南'],
    ['我係廣州酒樓嘅侍應，而家喺佛山住，有冇電腦課', '佛山', '广州'],
    ['我云南种茶的，现在在成都，有没有学电脑的课', '成都', '云南'],
    ['打小在湖北长大，如今住在长沙，想学点法律知识', '长沙', '湖北'],
    ['湖南人在深圳打工，想学电工', '深圳', '湖南'],
    ['我是四川的，在北京当保姆，想学电脑', '北京', '四川'],
  ])('"%s" is searched in %s, not %s', async (text, here, there) => {
    const r = await learner()(text)
    expect(header(r)).toContain(here)
    expect(replyText(r)).not.toContain(there)
  })

  it('a place one has just come back from is no place to learn in', async () => {
    const r = await learner()('刚从深圳打工回来，想学点电工')
    expect(header(r)).toContain('能源电力')
    expect(header(r)).not.toContain('深圳')
  })

  it('saying later where one came from keeps the place already said', async () => {
    const say = learner()
    await say('我想学电脑')
    await say('我在杭州')
    const r = await say('对了，我是湖南来的打工的')
    expect(header(r)).toContain('杭州')
    expect(header(r)).not.toContain('湖南')
  })

  it.each([
    ['我在东莞的工厂上班，想学电脑', '东莞'],
    ['我们杭州有什么电脑课', '杭州'],
    ['我是成都的，想学电脑', '成都'],
    ['我在浙江，想学电脑，杭州的最好', '杭州'],
  ])('a place one is in, however it is said ("%s"), is still the place', async (text, here) => {
    const r = await learner()(text)
    expect(header(r)).toContain(here)
  })
})

describe('in English too, where one is wins over where one came from', () => {
  const firstLine = (r: Reply) => replyText(r).split('\n').find((l) => l.startsWith('For "')) ?? ''
  it.each([
    ["I'm from Sichuan, living in Hangzhou now, any computer classes?", '杭州', '四川'],
    ["I'm a Macau hotel cleaner, I live in Guizhou, any computer courses?", '贵州', '澳门'],
    ['I grew up in Hubei but now I am in Changsha, any computer courses?', '长沙', '湖北'],
  ])('"%s" is searched in %s, not %s', async (text, here, there) => {
    const r = await learner()(text)
    expect(firstLine(r)).toContain(here)
    expect(replyText(r)).not.toContain(there)
  })

  it('"i\'m from Hunan" alone is where the learner lives', async () => {
    expect(firstLine(await learner()("i'm from Hunan, any computer classes?"))).toContain('湖南')
  })
})

describe('words typed by shape or by sound', () => {
  it.each(['要兔费的', '有没有兔费的', '有冇兔費嘅'])('"%s" after a list asks for free courses', async (text) => {
    const say = learner()
    await say('我想学电脑')
    const r = await say(text)
    expect(replyText(r)).not.toContain('目录里暂时没有')
    expect(header(r)).toContain('免费')
    expect(header(r)).toContain('数字技能')
  })

  it.each([
    ['我在广州住，麻烦推界课程', '广州'],
    ['我是农民，请推界培训班', '农民'],
    ['我喺北京住，煩請推界課程', '北京'],
  ])('"%s" asks for a recommendation, not for 推界', async (text, fact) => {
    const r = await learner()(text)
    expect(replyText(r)).not.toContain('推界')
    expect(header(r)).toContain(fact)
    expect(r.projects.length).toBeGreaterThan(0)
  })
})

describe('a skill said with how hard it comes describes the learner', () => {
  it.each(['我七十多了 打字慢，有当面教的课没', '我眼睛不好 看手机费劲，有免费的课吗', '上了年纪，用电脑有点吃力，有线下的课吗'])(
    '"%s" lists courses without filtering by the skill',
    async (text) => {
      const r = await learner()(text)
      expect(r.projects.length).toBeGreaterThan(0)
      expect(header(r)).not.toContain('数字技能')
    },
  )

  it('a skill asked for after saying how hard it comes is still asked for', async () => {
    const r = await learner()('我打字太慢了，想学打字')
    expect(header(r)).toContain('数字技能')
  })
})

describe('a vehicle one drives for a living describes the learner', () => {
  it.each([
    ['我是残疾人，平时开三轮车拉货，有什么课', '残疾人'],
    ['我是退役军人，现在开出租车，有哪些课程可以报', '退役军人'],
    ['我是农民工，在工地开塔吊的，有什么课', '农民工'],
  ])('"%s" lists for the learner, not "nothing" for the vehicle', async (text, group) => {
    const r = await learner()(text)
    expect(replyText(r)).not.toContain('目录里暂时没有')
    expect(header(r)).toContain(group)
  })

  it('said after a list, the driving job narrows and keeps the topic', async () => {
    const say = learner()
    await say('我想学电脑')
    const r = await say('补充一下，我是公交公司的职工，开公交车的')
    expect(replyText(r)).not.toContain('目录里暂时没有')
    expect(header(r)).toContain('数字技能')
  })

  it('a wish to drive a machine still asks to learn it', async () => {
    const r = await learner()('我是农民，想开收割机，有课吗')
    expect(r.projects).toEqual([])
  })
})

describe('near home says where, not how', () => {
  it.each([
    ['请问有学电脑的在线课程吗？离家近点最好', '线上'],
    ['我在杭州，有没有学电脑的课？最好离家近点', '杭州'],
  ])('"%s" keeps what was said and adds no way of learning', async (text, said) => {
    const r = await learner()(text)
    expect(header(r)).toContain(said)
    expect(header(r)).not.toContain('线下')
    expect(r.projects.length).toBeGreaterThan(0)
  })

  it('"离家近点" after a list lists again, never "nothing" for it', async () => {
    const say = learner()
    await say('我想学电脑')
    const r = await say('有免费的吗？最好离家近点')
    expect(replyText(r)).not.toContain('目录里暂时没有')
    expect(header(r)).toContain('免费')
    expect(header(r)).not.toContain('线下')
  })
})

describe('what one studies, said as who one is, describes the learner', () => {
  it('"我是学厨师的，想学电脑" asks for computers only', async () => {
    const r = await learner()('我是学厨师的，想学电脑')
    expect(header(r)).toContain('数字技能')
    expect(header(r)).not.toContain('职业技能')
  })

  it('after a reset, "我是学护理的学生，有什么免费的课" lists free courses without the old topic or a new one', async () => {
    const say = learner()
    await say('我想学养老护理')
    await say('从头来')
    const r = await say('我是学护理的学生，有什么免费的课')
    expect(header(r)).toContain('免费')
    expect(header(r)).not.toContain('健康养老')
  })

  it('"我在学电脑" asks about computers', async () => {
    expect(header(await learner()('我在学电脑，有没有进阶的课'))).toContain('数字技能')
  })
})
