/**
 * Colloquial, elderly and dialect Mandarin through the real engine, search and
 * SQLite on the sample catalogue: Wu, north-western, central-plains, Xiang and
 * north-eastern function words (src/text/mandarin-dialect.ts), how villagers
 * and workers name themselves and their subjects (src/query/colloquial-cues.ts),
 * and voice-input slips. Phrasings are our own, not the simulator's banks;
 * every check is computed from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { createQueryUnderstander } from '../src/query/understand.js'
import { toMandarin } from '../src/text/dialect.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('coll')
const online = (p: Project) => p.format === 'online' || p.format === 'hybrid'
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })

describe('Mandarin dialect function words become standard Mandarin before matching', () => {
  it.each([
    ['阿拉是女同志 有免费的伐', '我们是女同志 有免费的吗'],
    ['额是上了岁数的人', '我是上了岁数的人'],
    ['恁给找个不要钱的', '你给找个不要钱的'],
    ['有莫得网上的课', '有没有网上的课'],
    ['这疙瘩有啥课', '这里有什么课'],
    ['还有旁的伐', '还有别的吗'],
    ['第二个上哪儿报', '第二个去哪里报'],
    ['第一个几时候开课', '第一个什么时候开课'],
    ['有合适的不', '有合适的吗'],
    ['搞么子好', '搞什么好'],
    ['在收集上学的', '在手机上学的'],
    ['教书先生的培训', '老师的培训'],
    ['换一拨', '换一批'],
    ['从头整', '从头来'],
    ['白给的课', '免费的课'],
  ])('"%s" reads as "%s"', (said, plain) => {
    expect(toMandarin(said)).toBe(plain)
  })

  it('leaves content words that contain a dialect word alone (阿拉伯语, 名额, 步伐, 路旁的, 有没有)', () => {
    for (const text of ['阿拉伯语入门', '名额还有吗', '跟上时代的步伐', '路旁的花', '明年有没有', '收集资料']) expect(toMandarin(text)).toBe(text)
  })
})

describe('control words said in dialect work in a conversation', () => {
  it('a Wu speaker\'s "还有旁的伐" pages on to unseen projects of the same subject', async () => {
    const say = learner()
    const first = await say('俺想学画画')
    const seen = new Set(first.projects.map((p) => p.id))
    const r = await say('还有旁的伐')
    expect(r.projects.length).toBeGreaterThan(0)
    for (const p of await shown(r)) {
      expect(seen.has(p.id)).toBe(false)
      expect(p.topics).toContain('culture-arts')
    }
  })

  it('"第二个上哪儿报" answers how to enrol in the second project, not where it is held', async () => {
    const say = learner()
    const list = await say('俺想学画画')
    const second = (await shown(list))[1]
    expect(second.enroll).toBeTruthy()
    const r = await say('第二个上哪儿报')
    expect(replyText(r)).toContain(second.enroll!)
  })

  it('"往下翻" and "就这些啊" page on, "从头整" starts over', async () => {
    const say = learner()
    const first = await say('俺想学画画')
    const seen = new Set(first.projects.map((p) => p.id))
    for (const more of ['往下翻', '就这些啊']) {
      const r = await say(more)
      expect(r.projects.length).toBeGreaterThan(0)
      for (const p of await shown(r)) {
        expect(seen.has(p.id)).toBe(false)
        seen.add(p.id)
      }
    }
    const reset = await say('从头整 俺想学手机')
    const projects = await shown(reset)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('digital-skills'))).toBe(true)
    expect(replyText(reset)).not.toContain(sampleRig().taxonomy.get('topics', 'culture-arts')!.zh)
  })

  it('"得是不用出门的" narrows to online courses and keeps the subject', async () => {
    const say = learner()
    await say('我想学智能手机')
    const r = await say('得是不用出门的')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => online(p) && p.topics.includes('digital-skills'))).toBe(true)
  })
})

describe('who the learner is, in the words villagers, workers and grandparents use', () => {
  it.each([
    ['俺家小子十七了 想学画画', 'youth'],
    ['给我孙女找 她上高中 有啥课', 'youth'],
    ['我家有上学的娃 有啥课', 'parents'],
    ['我是在外头厂子里做工的 想学电工', 'migrant-workers'],
    ['阿拉是女同志 有啥课', 'women'],
    ['我在家种大棚 想学英语', 'farmers'],
    ['老婆子想学点东西', 'elderly'],
    ['俺这岁数了还能学啥', 'elderly'],
    ['我在公司干活 想学点东西', 'employees'],
  ] as const)('"%s" is for %s', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
    expect(replyText(r)).toContain(sampleRig().taxonomy.get('audiences', audience)!.zh)
  })

  it('a narrowing that says "我是农村种庄稼的" keeps the subject and adds the farmer', async () => {
    const say = learner()
    await say('俺学电工活儿')
    const r = await say('咱是农村种庄稼的 有合适的不')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('energy-power') && forAudience('farmers')(p))).toBe(true)
  })

  it('farm and family words inside what is asked for say nothing of who learns', () => {
    for (const text of ['俺要种地养殖的新技术的', '想整种果树养鸡鸭的', '隔代带孙子咋教', '俺想学养猪']) {
      const u = understand(text)
      expect(u.slots.topics.length).toBeGreaterThan(0)
      expect(u.slots.audiences).toEqual([])
    }
  })
})

describe('subjects and formats said plainly', () => {
  it.each([
    ['当老师咋教得更好', 'teacher-development'],
    ['教书先生的培训有不', 'teacher-development'],
    ['我是娃他爹 咋管教自家孩子', 'family-education'],
    ['想在网上卖俺家的土鸡蛋', 'rural-revitalization'],
  ] as const)('"%s" finds %s projects', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes(topic))).toBe(true)
  })

  it('"网上线下都行的" asks for mixed courses, "线上线下都可以" for either', () => {
    expect(understand('有网上线下都行的课不').slots.format).toBe('hybrid')
    expect(understand('线上线下都可以').slots.format).toBeNull()
  })

  it('learn glued to a light verb is no subject ("学当护工", "想整用微信")', () => {
    expect(understand('学当护工').needs.flat()).not.toContain('学当')
    expect(understand('想整用微信发语音的').needs.flat()).not.toContain('整用')
  })
})

describe('south-western, Beijing-Tianjin and Wu speech and voice input read as standard Mandarin', () => {
  it.each([
    ['我在厂头上班', '我在厂里上班'],
    ['我是乡头的老师', '我是乡下的老师'],
    ['在手机上头学的', '在手机上学的'],
    ['下头还有没', '下面还有吗'],
    ['第一个好久开始', '第一个什么时候开始'],
    ['第二个在哪点', '第二个在哪里'],
    ['线上线下都要得', '线上线下都行'],
    ['带孙娃子的学问', '带孙子的学问'],
    ['莫遭人骗了', '不要被人骗了'],
    ['头一个说一哈', '头一个说一下'],
    ['有嘛课 甭花钱的', '有什么课 不用花钱的'],
    ['介个课倍儿好', '这个课很好'],
    ['哪能报名', '怎么报名'],
    ['啥辰光开课 勿要钞票伐', '什么时候开课 不要钱吗'],
    ['嗯那个 我想学电脑', ' 我想学电脑'],
    ['那个那个就是学画画的的有没有', ' 学画画的有没有'],
  ])('"%s" reads as "%s"', (said, plain) => {
    expect(toMandarin(said)).toBe(plain)
  })

  it('leaves standard words that share a dialect word alone (码头, 街头, 好久没学, 介绍, 要得到, 的确)', () => {
    for (const text of ['在码头上班', '街头艺术', '好久没学习了', '等了好久。', '介绍一下', '想要得到证书', '的的确确', '那个多少钱', '只看哈尔滨', '在成都中的课']) expect(toMandarin(text)).toBe(text)
  })
})

describe('an elderly or dialect speaker is never told "nothing" when something fits', () => {
  it('"我是乡头的老师 有没得的课" finds rural-teacher projects (not farmers\')', async () => {
    const r = await learner()('我是乡头的老师 有没得的课')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every(forAudience('rural-teachers'))).toBe(true)
    expect(replyText(r)).toContain(sampleRig().taxonomy.get('audiences', 'rural-teachers')!.zh)
  })

  it('"我在厂头上班" says the learner is an employee, and "手机上头学的" asks for online, not for phone skills', async () => {
    const r = await learner()('我在厂头上班 学门技术嘛 手机上头学的的有莫得')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => online(p) && forAudience('employees')(p) && p.topics.includes('vocational-skills'))).toBe(true)
  })

  it('a voice-typed request with fillers and no punctuation keeps its subject, format and person', async () => {
    const r = await learner()('嗯那个 我想问哈 我们这些老年人 那个那个就是唱歌跳舞 要去现场的有没有啊')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('culture-arts') && p.format !== 'online' && forAudience('elderly')(p))).toBe(true)
  })

  it('"下头还有没" pages on, and "好久开始", "老三那个在哪点", "第二个找哪个" answer that project\'s field', async () => {
    const say = learner()
    const first = await say('我想学电工')
    const seen = new Set(first.projects.map((p) => p.id))
    const more = await say('下头还有没')
    const list = await shown(more)
    expect(list.length).toBeGreaterThan(2)
    expect(list.every((p) => !seen.has(p.id) && p.topics.includes('energy-power'))).toBe(true)
    const dates = await say('第一个好久开始')
    expect(replyText(dates)).toContain(list[0].title)
    const place = await say('老三那个在哪点')
    expect(replyText(place)).toContain(list[2].title)
    const contact = await say('第二个找哪个')
    expect(list[1].contact).toBeTruthy()
    expect(replyText(contact)).toContain(list[1].contact!)
  })
})

describe('words straddling a longer word are segmentation accidents', () => {
  it('"换成人工智能" keeps the rural teacher (no "成人" adult audience), "想学生成式人工智能" has no student', async () => {
    expect(understand('换成人工智能').slots.audiences).toEqual([])
    expect(understand('主要想学生成式人工智能').slots.audiences).toEqual([])
    const say = learner()
    await say('我在村小教书 有啥子课')
    const r = await say('换成人工智能')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('ai') && forAudience('rural-teachers')(p))).toBe(true)
  })

  it('"在首级上头学的" (voice input) is an online course, not a subject', () => {
    const u = understand('我在村小教书 首级上头学的的有啥子')
    expect(u.slots.format).toBe('online')
    expect(u.slots.topics).toEqual([])
  })
})

describe('northern villagers\' words for who they are and what they want', () => {
  it.each([
    ['有单位的 免费的当面教的有啥', 'employees'],
    ['俺家种苞米 学门技术 有的没', 'farmers'],
    ['我屋头种洋芋的 有啥子课', 'farmers'],
  ] as const)('"%s" is for %s', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
  })

  it('"修电的手艺" is electrical work, "修电脑" is not', async () => {
    expect(understand('有修电的手艺的不').slots.topics.map((t) => t.id)).toContain('energy-power')
    expect(understand('我想学修电脑').slots.topics.map((t) => t.id)).not.toContain('energy-power')
    const r = await learner()('俺在工地干活 有修电的手艺的不')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('energy-power'))).toBe(true)
  })

  it('"网上当面都中" is either format, never online only; "都中的" asks for mixed courses', () => {
    expect(understand('网上当面都中').slots.format).toBeNull()
    expect(understand('给俺整个网上当面都中的').slots.format).toBe('hybrid')
  })
})

describe('a trade to live on, a small child and a trip to class, as villagers say them', () => {
  it.each([
    ['学个吃饭的手艺这块 有的班没得', 'vocational-skills'],
    ['有莫得能找到活路的技术的课', 'vocational-skills'],
    ['给我整个教育小娃', 'family-education'],
  ] as const)('"%s" finds %s projects, never "nothing"', async (text, topic) => {
    const r = await learner()(text)
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes(topic))).toBe(true)
  })

  it('"要跑去上课那种的" asks for classes in person; "不用跑的" for online; 跑步 is neither', () => {
    expect(understand('娃才十八 要跑去上课那种的').slots.format).toBe('offline')
    expect(understand('找个不要钱的不用跑的').slots.format).toBe('online')
    expect(understand('我每天跑步 想学画画').slots.format).toBeNull()
  })

  it('"头前那个找谁" asks about the first project on the list', async () => {
    const say = learner()
    const list = await shown(await say('我想学画画'))
    const r = await say('头前那个找谁')
    expect(replyText(r)).toContain(list[0].title)
  })
})

describe('being cheated and looking after grandchildren, said plainly', () => {
  it.each(['防着被人骗有伐', '我被人骗过钱 有没有课', '小心被骗的课'])('"%s" asks about scams and the law', async (text) => {
    const r = await learner()(text)
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('law-finance'))).toBe(true)
  })

  it('"带孙子孙女" is one subject: the grandparent inside it only ranks, so a stated community worker stays the audience', () => {
    const u = understand('我是社区的干部 带孙子孙女有伐 要面对面的的的')
    expect(u.slots.topics.map((t) => t.id)).toEqual(['family-education'])
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['community-workers'])
    expect(u.slots.format).toBe('offline')
  })
})

describe('a way of life asked about as a method is the subject, not the learner', () => {
  it('"种地的新法子有伐" asks about farming, it does not say the learner farms; "我是种地的" still does', () => {
    const asked = understand('种地的新法子有伐')
    expect(asked.slots.topics.map((t) => t.id)).toEqual(['rural-revitalization'])
    expect(asked.slots.audiences).toEqual([])
    expect(understand('我是种地的').slots.audiences.map((a) => a.id)).toEqual(['farmers'])
  })

  it('"阿拉小姐妹几个" are women', () => {
    expect(understand('阿拉小姐妹几个 给俺找的').slots.audiences.map((a) => a.id)).toEqual(['women'])
  })
})

describe('selling the farm\'s goods online', () => {
  it('"俺还想学网上卖农货的本事" switches to rural e-commerce', async () => {
    const say = learner()
    await say('俺当过兵 给俺找个考个技工证的')
    const r = await say('俺还想学网上卖农货的本事')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('rural-revitalization'))).toBe(true)
  })
})

describe('an age before the child, and "有无需" read right', () => {
  it('"给十七岁的儿子找" is for a teenager; "二十七岁的儿子" is not', async () => {
    expect(understand('我二十七岁的儿子').slots.audiences).toEqual([])
    const r = await learner()('给十七岁的儿子找，麻烦推荐的项目')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every(forAudience('youth'))).toBe(true)
  })

  it('"有无需付费的" asks for free courses ("无需" is "no need"), "有无免费的" is still "any free ones"', () => {
    expect(toMandarin('请问有无需付费的课程吗')).toBe('请问有无需付费的课程吗')
    expect(understand('请问有无需付费的声乐舞蹈课程吗').slots.free).toBe(true)
    expect(toMandarin('有无免费的课')).toBe('有没有免费的课')
  })
})

describe('after a subject nobody teaches, the next facts are never answered "nothing"', () => {
  it('"俺想学开大货车" then "我们是妇女 有线下的班没" lists in-person courses women can take', async () => {
    const say = learner()
    const none = await say('俺想学开大货车')
    expect(none.projects).toEqual([])
    const r = await say('我们是妇女 有线下的班没')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.format !== 'online' && forAudience('women')(p))).toBe(true)
  })
})

describe('round 6: how villagers, parents and chat typists name themselves', () => {
  it.each([
    ['我在屯子里种苞米 有不要钱的课不', 'farmers'],
    ['种了一辈子地 想学用手机', 'farmers'],
    ['我是孩儿他爹 有啥课', 'parents'],
    ['孩他娘想问问有啥课', 'parents'],
    ['俺在乡下学校当老湿 有啥课', 'rural-teachers'],
  ])('"%s" is read as %s and every project shown is open to them', async (said, audience) => {
    expect(understand(said).slots.audiences.map((a) => a.id)).toEqual([audience])
    const projects = await shown(await learner()(said))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every(forAudience(audience))).toBe(true)
  })

  it('a farming phrase that names the course ("种果树搞合作社的课") is the subject, not a farmer', async () => {
    const u = understand('我是村委会干事 搞么子种果树搞合作社的课')
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['community-workers'])
    expect(u.slots.topics.map((t) => t.id)).toEqual(['rural-revitalization'])
    expect(understand('我是种地的 有啥课').slots.audiences.map((a) => a.id)).toEqual(['farmers'])
  })

  it('chat slang reads as plain Mandarin (肿么, 神马, 免费滴, 老湿), and 风湿, 点滴 stay', () => {
    expect(toMandarin('肿么报名')).toBe('怎么报名')
    expect(toMandarin('有神马免费滴课')).toBe('有什么免费的课')
    expect(toMandarin('老风湿 点滴')).toBe('老风湿 点滴')
  })

  it('"家长咋管孩子" at a switch is parenting, and the village teacher the learner said they are still filters', async () => {
    const say = learner()
    const first = await say('我在村小教娃娃 有啥课')
    expect((await shown(first)).every(forAudience('rural-teachers'))).toBe(true)
    const r = await say('算了算了 我要家长咋管孩子')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => forAudience('rural-teachers')(p) && p.topics.includes('family-education'))).toBe(true)
  })
})

describe('round 6: farm work joined to a subject, and going on with the telling', () => {
  it('"那种庄稼养鸡养猪的有没得" after "我在单位上班" switches to farming and keeps the employee', async () => {
    expect(understand('那种庄稼养鸡养猪的有没得').slots.audiences).toEqual([])
    const say = learner()
    await say('我在单位上班 有啥课')
    const projects = await shown(await say('那种庄稼养鸡养猪的有没得'))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => forAudience('employees')(p) && p.topics.includes('rural-revitalization'))).toBe(true)
  })

  it('"接着说" and "往下讲" page on to unseen projects of the same subject', async () => {
    const say = learner()
    const seen = new Set((await say('俺想学画画')).projects.map((p) => p.id))
    for (const more of ['接着说', '往下讲']) {
      const projects = await shown(await say(more))
      expect(projects.length).toBeGreaterThan(0)
      for (const p of projects) {
        expect(seen.has(p.id)).toBe(false)
        expect(p.topics).toContain('culture-arts')
        seen.add(p.id)
      }
    }
  })

  it('"俺想学修电的手艺" is the electrician\'s trade: a colloquial subject inside "学…的手艺" is the subject', async () => {
    expect(understand('俺想学修电的手艺').slots.topics.map((t) => t.id)).toEqual(['energy-power'])
    const projects = await shown(await learner()('俺想学修电的手艺'))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('energy-power'))).toBe(true)
  })
})

describe('round 6: who the learner is, said beside a subject', () => {
  it('"俺家种了十几亩麦子 能学不呀" after a phone course narrows to farmers and keeps the phone subject', async () => {
    const say = learner()
    await say('我想学用手机')
    const projects = await shown(await say('俺家种了十几亩麦子 能学不呀'))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => forAudience('farmers')(p) && p.topics.includes('digital-skills'))).toBe(true)
  })

  it('"我孙女十五岁 想学护理" is for a teenager: a grandchild with a teen\'s age is the learner, not someone cared for', () => {
    expect(understand('我孙女十五岁 想学护理').slots.audiences.map((a) => a.id)).toEqual(['youth'])
    expect(understand('我奶奶瘫痪了 怎么护理').slots.audiences).toEqual([])
  })
})


describe('round 6: short English typed for a grandparent', () => {
  it('"i\'m 72, internet courses?" lists online courses an older learner can take; "using the internet" stays a subject', async () => {
    expect(understand('learn to use the internet').slots.format).toBeNull()
    expect(understand('internet and email basics please').slots.format).toBeNull()
    const projects = await shown(await learner()("i'm 72, internet courses?"))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => online(p) && forAudience('elderly')(p))).toBe(true)
  })

  it('"i work away from my home province" is a migrant worker', () => {
    expect(understand('i work away from my home province, i need parenting skills').slots.audiences.map((a) => a.id)).toEqual(['migrant-workers'])
  })
})

describe('round 6: a speaker who corrects themself means what comes after', () => {
  it.each([
    ['我想学唱歌 哦不对 我是说学英语', 'language'],
    ['俺想学画画 说错了 想学用手机', 'digital-skills'],
    ['I want singing, no wait, english lessons', 'language'],
  ])('"%s" asks only for %s', async (said, topic) => {
    expect(understand(said).slots.topics.map((t) => t.id)).toEqual([topic])
    const projects = await shown(await learner()(said))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes(topic))).toBe(true)
  })

  it('"我在南昌 不对 我在赣州" is in Ganzhou; earlier facts stand ("我孙女十五岁 … 哦不对 我是说…")', () => {
    expect(understand('我在南昌 不对 我在赣州').slots.region).toBe('赣州市')
    const u = understand('我孙女十五岁 学画画 哦不对 我是说学唱歌')
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['youth'])
    expect(u.slots.topics.map((t) => t.matched)).toEqual(['唱歌'])
    // A correction of the bot, with nothing of the learner's before it, is no self-correction.
    expect(understand('不对 我要线下的').slots.format).toBe('offline')
  })

  it('"第一个 说错了 第二个怎么报名" answers about the second project', async () => {
    const say = learner()
    const list = await say('我想学画画')
    const second = (await shown(list))[1]
    const r = await say('第一个 说错了 第二个怎么报名')
    expect(r.projects.map((p) => p.id)).toEqual([second.id])
  })
})

describe('the speaker’s own farm, then a wish to learn', () => {
  it('"家里养了几十头猪，想学学防病" keeps the farm as the subject’s setting; "俺家种了十几亩麦子 能学不呀" does not', () => {
    expect(understand('家里养了几十头猪，想学学防病').slots.topics.map((t) => t.id)).toEqual(['rural-revitalization'])
    expect(understand('俺家种了十几亩麦子 能学不呀').slots.topics).toEqual([])
  })
})

describe('a grandchild beside the subject', () => {
  it('"奶奶我想学学怎么用手机给孙子发红包" is a grandparent learning phones: the grandchild is no subject joined to 发红包', () => {
    const slots = understand('奶奶我想学学怎么用手机给孙子发红包').slots
    expect(slots.topics.map((t) => t.id)).toEqual(['digital-skills'])
    expect(slots.audiences.map((a) => a.id)).toEqual(['elderly'])
  })
})
