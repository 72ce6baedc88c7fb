/**
 * Control turns said with words the classifier does not know (docs/dialogue-state.md, round 14):
 * - "more" decided by the absence of content: a more-word glued, without a pause, to words that name nothing (an
 *   address, a cheer, a particle: "下一批走起", "还有么师傅", "亲还有吗") pages the list on screen; a word some project
 *   names or one asked for beside it stays a request;
 * - a reset whose tail names nothing ("重来一次，感恩", "start over mate") is a bare reset, never a request for 感恩;
 *   "all of it" discarded (全都不要了) is a reset, and a start-over read by its sound counts as a clause of its own
 *   (全都不要了 从来 …) but never inside one (我从来没学过电脑);
 * - pinyin glued to characters ("mianfei的可有", "有xianshang的课吗") is read like pinyin standing alone;
 * - 行 ("fine") beside 大 is no district typed by sound ("不大行啊 换一批" keeps the list's place).
 * The phrasings are composed here (a few from the spent fresh15/fresh16 banks are named as such).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyControl } from '../src/dialogue/turn-classifier.js'
import { hasPagingClause } from '../src/dialogue/contentless-turn.js'
import { controlForm } from '../src/dialogue/control-text.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const MORE = ['还有么', '还有吗', '下一批', '再来几个', '换一批', '有别的不']
const TALK = ['师傅', '大哥', '老铁', '亲', '走起', '辛苦']

describe('a more-word glued to talk is read as a paging part', () => {
  it('every more-word with an address or a cheer glued before or after it has a paging part', () => {
    const turn = fc.tuple(fc.constantFrom(...MORE), fc.constantFrom(...TALK), fc.boolean())
      .map(([more, talk, first]) => (first ? talk + more : more + talk))
    fc.assert(fc.property(turn, (say) => hasPagingClause(controlForm(say))), { numRuns: 100, seed: 1414 })
  })

  it.each(['再说吧', '还有个问题', '再学点别的', 'moreover'])('"%s" has no paging part', (say) => {
    expect(hasPagingClause(controlForm(say))).toBe(false)
  })
})

describe('a reset is read whatever fillers come with it', () => {
  it.each(['全都不要了', '全不要了', '全都不要了 从来', '由頭嚟過', '由零開始'])('"%s" is a reset', (say) => {
    expect(classifyControl(say)?.kind).toBe('reset')
  })

  it('a start-over read by its sound inside a clause is no reset', () => {
    expect(classifyControl('我从来没学过电脑')).toBeNull()
    expect(classifyControl('从来没用过')).toBeNull()
  })
})

const { learner } = useSampleConversation('control-talk')
const header = (text: string) => text.split('\n').find((l) => l.startsWith('按')) ?? ''

describe('with a list on screen, "more" said beside talk that names nothing pages it', () => {
  it.each(['下一批走起', '还有么师傅', '亲还有吗', '再来几个呗老铁', '不大行啊 换一批'])(
    'after a request, "%s" shows the next projects of the same list',
    async (say) => {
      const chat = learner()
      const first = await chat('我想学用智能手机')
      const next = await chat(say)
      expect(header(replyText(next))).toBe(header(replyText(first)))
      expect(next.projects.length).toBeGreaterThan(0)
      expect(next.projects.some((p) => first.projects.some((q) => q.id === p.id))).toBe(false)
    },
  )

  it('a subject some project names beside the more-word is a new request', async () => {
    const chat = learner()
    await chat('我想学用智能手机')
    expect(header(replyText(await chat('还有书法吗')))).toContain('文化艺术')
  })
})

describe('a reset keeps nothing and asks nothing of what only fills it', () => {
  it.each(['重来一次，感恩', '从頭開始，感恩', '重来吧亲', '全部重新来過，唔該', '全都不要了'])(
    'after a request for older learners in person, "%s" starts over with nothing asked',
    async (say) => {
      const chat = learner()
      await chat('我是老年人，在杭州，想学书法，要线下的')
      const r = replyText(await chat(say))
      expect(r).toContain('重新开始')
      expect(r).not.toContain('目录里暂时没有')
    },
  )

  it.each([
    ['俺是社区的 有在教网上线下都行的管娃娃的家庭教育吗', '全都不要了 从来 有在教玩手机电脑的本事吗'], // fresh16
    ['我是老年人，想学书法，要线下的', '全都不要了 从来 我想学电工'],
  ])('after "%s", "%s" is the new request alone', async (request, say) => {
    const chat = learner()
    const first = header(replyText(await chat(request)))
    const head = header(replyText(await chat(say)))
    expect(head).not.toBe('')
    for (const old of first.replace(/^按“|”.*$/g, '').split('、').slice(1)) expect(head).not.toContain(old)
  })

  it('a subject nobody teaches after a start-over is still answered', async () => {
    const chat = learner()
    await chat('我是老年人，想学书法')
    expect(replyText(await chat('重新开始，我想学游泳'))).toContain('游泳')
  })
})

describe('pinyin glued to characters is read', () => {
  it.each([['mianfei的可有', '免费'], ['有xianshang的课吗', '线上']])('after a request, "%s" narrows to %s', async (say, slot) => {
    const chat = learner()
    await chat('我想学用智能手机')
    const head = header(replyText(await chat(say)))
    expect(head).toContain('数字技能')
    expect(head).toContain(slot)
  })
})
