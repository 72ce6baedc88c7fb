/**
 * How a message is framed, not what it says: a form's label before a colon ("补充地点：广州", "时间：周末"), a question
 * passed on for someone ("转一位居民的问题：…", "替隔壁村一个养了三百头猪的农民问"), an aside about one's shift
 * ("刚换完班"), and a shown project picked by a word of its title inside a frame ("想了解一下英语那个", "就业嗰个有冇电话",
 * "the 课程 one, where is it?"), through the real engine, search and SQLite on the sample catalogue. The title words
 * are chosen from the replies, never written in. Phrasings written for this file, not from any simulator bank.
 */
import { describe, expect, it } from 'vitest'
import type { Reply } from '../src/dialogue/types.js'
import { controlForm } from '../src/dialogue/control-text.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, shown } = useSampleConversation('frame')
const ids = (r: Reply) => r.projects.map((p) => p.id)
const header = (r: Reply) => replyText(r).split('\n')[0]

describe('a label before a colon frames the value after it', () => {
  it.each([
    ['补充地点：杭州', '杭州'],
    ['补充地店：南昌市', '南昌'],
    ['上课地点：武汉', '武汉'],
    ['補充地點：廣州', '广州'],
    ['备注一下所在城市：昆明', '昆明'],
    ['另外补充地区信息：成都', '成都'],
    ['地点信息：西安，其他不变', '西安'],
  ])('"%s" after a list narrows to the place and keeps the topic', async (text, place) => {
    const say = learner()
    await say('我想学电脑')
    const r = await say(text)
    expect(replyText(r)).not.toContain('目录里暂时没有')
    expect(header(r)).toContain(place)
    expect(header(r)).toContain('数字技能')
  })

  it.each(['时间：周末', '上课时间：晚上', '地址：线上就行'])('a field word labelling a value ("%s") asks no shown project which one', async (text) => {
    const say = learner()
    await say('我想学电脑')
    const r = await say(text)
    expect(replyText(r)).not.toMatch(/第几个/)
  })

  it('a label whose value only asks ("第二个的电话：多少") still asks that field', async () => {
    const say = learner()
    const list = await say('我想学电脑')
    const second = (await shown(list))[1]
    const r = await say('第二个的电话：多少')
    expect(ids(r)).toEqual([second.id])
    if (second.contact) expect(replyText(r)).toContain(second.contact.slice(0, 4))
  })
})

describe('a question passed on for someone asks what it asks', () => {
  it.each(['转一位朋友的问题：哪里可以找人算命', '转个街坊的咨询：哪里能找人看风水'])('"%s" after a list shows no project', async (text) => {
    const say = learner()
    await say('我想学电脑')
    const r = await say(text)
    expect(r.projects).toEqual([])
  })

  it('a forwarded request for a subject is that request', async () => {
    const say = learner()
    await say('我想学电脑')
    expect(header(await say('转一位老人的问题：有没有书法课'))).toContain('文化艺术')
  })

  it.each([
    '补充一下，替隔壁村一个养了三百头猪的农民问',
    '说明一下，帮我们村一位种了十几亩果树的农民问问',
  ])('asking on behalf of someone described at length ("%s") narrows and keeps the topic', async (text) => {
    const say = learner()
    await say('我想学电脑')
    const r = await say(text)
    expect(header(r)).toContain('数字技能')
    expect(header(r)).toContain('农民')
  })

  it('a shift just changed (换班) is the learner\'s day, not a switch', async () => {
    const say = learner()
    await say('我想学电脑')
    const r = await say('对了，我在医院做护工，算单位职工，刚换完班')
    expect(header(r)).toContain('数字技能')
  })
})

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' })
/** A Chinese word of `title` (as a word cutter cuts it, two characters or more) that no other title holds. */
function distinguishingWord(title: string, others: string[]): string | null {
  for (const { segment: w } of WORDS.segment(controlForm(title))) {
    if (!/^[\u4e00-\u9fff]{2,}$/u.test(w) || /[那这个的是有要在就想了]/u.test(w)) continue
    if (others.every((o) => !controlForm(o).includes(w))) return w
  }
  return null
}

const OPENERS = ['我想学电脑', '老年人想学养生保健', '我想学外语', '家长想学家庭教育']
const FRAMES = [(w: string) => `想了解一下${w}那个`, (w: string) => `${w}那个说说`, (w: string) => `想多了解${w}那個`]

describe('a word of one title inside a frame names exactly that project', () => {
  it.each(OPENERS)('every project of the list for "%s" is named by its word in each frame, whatever else the word names', async (opener) => {
    let checked = 0
    for (const frame of FRAMES) {
      const list = await learner()(opener)
      const titles = list.projects.map((p) => p.title)
      for (const [i, p] of list.projects.entries()) {
        const word = distinguishingWord(p.title, titles.filter((_, j) => j !== i))
        if (!word) continue
        const say = learner()
        await say(opener)
        expect(ids(await say(frame(word))), `${frame(word)} after ${opener}`).toEqual([p.id])
        checked++
      }
    }
    expect(checked).toBeGreaterThan(3)
  })

  it('a title word that is also a topic or group word ("老年", "残疾" of the list for 电脑) still points', async () => {
    const list = await learner()('我想学电脑')
    const titles = list.projects.map((p) => p.title)
    const pointed = list.projects.flatMap((p, i) => {
      const w = ['老年', '残疾', '外语', '英语'].find((x) => controlForm(p.title).includes(x) && titles.every((t, j) => j === i || !controlForm(t).includes(x)))
      return w ? [{ p, w }] : []
    })
    expect(pointed.length).toBeGreaterThan(0)
    for (const { p, w } of pointed) {
      const say = learner()
      await say('我想学电脑')
      expect(ids(await say(`想了解一下${w}那个`))).toEqual([p.id])
    }
  })

  it('a title word starting like a pronoun (就业) names its project and the field after it is answered', async () => {
    const say = learner()
    const list = await say('我想学电脑')
    const i = list.projects.findIndex((p) => p.title.includes('就业'))
    expect(i).toBeGreaterThanOrEqual(0)
    const p = (await shown(list))[i]
    const r = await say('就業嗰個有冇電話可以打')
    expect(ids(r)).toEqual([p.id])
    expect(replyText(r)).toContain(p.contact!.slice(0, 4))
  })

  it('a title word that is a field word (开课) points, and the field asked after it is the one answered', async () => {
    const say = learner()
    let list = await say('我想学人工智能')
    for (let page = 0; page < 4 && !list.projects.some((p) => p.title.includes('开课')); page++) list = await say('更多')
    const i = list.projects.findIndex((p) => p.title.includes('开课'))
    expect(i).toBeGreaterThanOrEqual(0)
    const p = (await shown(list))[i]
    const r = await say('开课那个找谁联系？')
    expect(ids(r)).toEqual([p.id])
    expect(replyText(r)).toContain(p.contact ? p.contact.slice(0, 4) : '联系方式')
    expect(replyText(r)).not.toMatch(/开始|结束/)
  })

  it('a subject said again apart from the pointer ("…刚才那个比哪个好？帮我找找…的") is asked for, not pointed at', async () => {
    const say = learner()
    await say('我想学电脑')
    const r = await say('老年人照护和养老刚才那个比哪个好？帮我找找老年人照护和养老的')
    expect(header(r)).toContain('健康养老')
  })

  it.each(['那现在那个老年的有没有', '老年那个还有吗'])('asking whether there are such ("%s") is a request, not a pointer', async (text) => {
    const say = learner()
    await say('我想学电脑')
    expect(header(await say(text))).toMatch(/按“/)
  })

  it('in English, "the <word> one" with a Chinese word of the title points at that project', async () => {
    const say = learner()
    const list = await say('我想学电脑')
    const titles = list.projects.map((p) => p.title)
    const word = distinguishingWord(titles[1], [titles[0], ...titles.slice(2)])!
    expect(ids(await say(`the ${word} one, where is it?`))).toEqual([list.projects[1].id])
  })
})
