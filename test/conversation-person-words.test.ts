/**
 * Who the learner is when they say it by an age, a life situation or a village word rather than a category noun
 * (round 12, words12): a bare age right after the speaker ("我18 …", "本人二十三，…", "俺65 …"), how school ended
 * ("没考上大学", "中考落榜", "不念书了"), a counted group owned by a place without 的 ("我们村几个婆姨", "村里好些媳妇",
 * "小区一帮老头老太"), a body asking for its people ("农会这边帮农民朋友问"), and the ways of saying where one learns
 * that were still missing (不用出去, 家里头). Through the real engine, search and SQLite on the sample catalogue. The
 * phrasings are invented, not the simulator banks'.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, expectFor, shown } = useSampleConversation('person-words')
const read = (text: string) => sampleRig().search.understand(text)
const audiences = (text: string) => read(text).slots.audiences.map((a) => a.id)
const offline = (p: Project) => p.format === 'offline' || p.format === 'hybrid'

describe('an age said bare right after the speaker', () => {
  it.each([
    ['我17 在家闲着 有啥课', 'youth'],
    ['本人二十三，待业在家', 'youth'],
    ['俺十七八 想学门手艺', 'youth'],
    ['我二十三四 想学电脑', 'youth'],
    ['俺65 想学手机', 'elderly'],
    ['我七十三 想学画画', 'elderly'],
    ['本人78，有适合的课吗', 'elderly'],
  ])('"%s" is %s', (said, id) => {
    expect(audiences(said)).toContain(id)
  })

  it('reads no age in a date, a price or an age in between (我18号去, 我25块钱的, 我40)', () => {
    for (const said of ['我18号去报名', '我25块钱的课有吗', '我40 想学电脑']) expect(audiences(said)).toEqual([])
  })

  it('"本人二十三 待业在家" leaves no need: being between jobs is who they are, not a subject', () => {
    expect(read('本人二十三 待业在家').needs).toEqual([])
  })
})

describe('how school ended says a young learner', () => {
  it.each(['我没考上大学 想学门手艺', '中考落榜了 有啥课', '高考没考好 想学技术', '我19 不念书了 有啥课', '今年刚出校门 想学点东西'])(
    '"%s" is a young learner', (said) => {
      expect(audiences(said)).toContain('youth')
      expect(read(said).needs.flat()).not.toContain('大学')
    })

  it('"俺17 没考上高中 有没有要到教室去上的课" lists in-person courses for young people, not "nothing"', async () => {
    const projects = await expectFor(await learner()('俺17 没考上高中 有没有要到教室去上的课'), 'youth')
    expect(projects.every(offline)).toBe(true)
  })
})

describe('a counted group owned by a place, without 的', () => {
  it.each([
    ['我们村几个婆姨想学手机', 'women'],
    ['村里好些媳妇想学电商', 'women'],
    ['我们队里几个大婶想学跳舞', 'women'],
    ['我们小区一帮老头老太想学用手机', 'elderly'],
    ['我们村几个老汉想学养羊', 'elderly'],
  ])('"%s" is %s', (said, id) => {
    expect(audiences(said)).toContain(id)
  })

  it('"屯里几个婆姨想学 有甚课" lists courses for women, with no need left for the dialect word', async () => {
    expect(read('屯里几个婆姨想学 有甚课').needs).toEqual([])
    await expectFor(await learner()('屯里几个婆姨想学 有甚课'), 'women')
  })
})

describe('a body opening the clause and asking for its people', () => {
  it.each([
    ['农会这边帮农民朋友问，有电脑课吗', 'farmers'],
    ['妇联这里替姐妹们找，有免费的课吗', 'women'],
    ['合作社帮社员问，有电脑课吗', 'farmers'],
  ])('"%s" is for %s and names no rural topic', (said, id) => {
    expect(audiences(said)).toContain(id)
    expect(read(said).slots.topics.map((t) => t.id)).not.toContain('rural-revitalization')
  })

  it('"農會這邊幫農民朋友問，敬啟者，請問有否外國語言課程？" lists language courses, with no need left for the salutation', async () => {
    expect(read('農會這邊幫農民朋友問，敬啟者，請問有否外國語言課程？').needs).toEqual([])
    const projects = await expectFor(await learner()('農會這邊幫農民朋友問，敬啟者，請問有否外國語言課程？'), 'farmers')
    expect(projects.every((p) => p.topics.includes('language'))).toBe(true)
  })
})

describe('where the learning happens, said by what happens', () => {
  it.each([
    ['不用出去的课有吗', 'online'],
    ['可以在家里头学的课', 'online'],
    ['老师当面教的有没有', 'offline'],
    ['要到教室里上的课有吗', 'offline'],
  ])('"%s" is %s', (said, format) => {
    expect(read(said).slots.format).toBe(format)
  })

  it('"不想出去 在家里头学的电脑课" lists online computer courses', async () => {
    const projects = await shown(await learner()('不想出去 在家里头学的电脑课'))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.format !== 'offline' && p.topics.includes('digital-skills'))).toBe(true)
  })
})
