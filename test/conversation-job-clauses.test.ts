/**
 * A job said in the learner's description of themselves is their life, not a subject no project teaches
 * (docs/dialogue-state.md, "Facts about the person"), through the real engine on the sample catalogue: the words of
 * "我是在职职工，开公交车的" are weighed as the request reads them afterwards, so the bus is never "目录里暂时没有" and
 * the employee gets their list; asked to learn, the same words are still a subject ("想学开公交车": nothing).
 * Phrasings are our own; those from the spent fresh21 bank are named as such.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, expectFor } = useSampleConversation('job-clauses')

describe('a job in a self-description is no untaught subject', () => {
  it.each([
    ['我是公交公司的在职职工，开公交车的，有没有课程可以推荐一下', 'employees'],
    ['我是在职职工，开公交车的，有课吗', 'employees'],
    ['我是退役军人，现在开公交车，有没有课程可以推荐一下', 'veterans'],
    ['我是退伍军人，平时开货车，有什么课', 'veterans'],
    ['本人是在职职工，专门开叉车的，请问有哪些课程', 'employees'],
  ])('"%s" (fresh21 and our own) lists projects for the group', async (text, audience) => {
    const r = await learner()(text)
    expect(replyText(r)).not.toContain('目录里暂时没有')
    await expectFor(r, audience)
  })

  it('still answers nothing when the same job is what the learner asks to learn', async () => {
    for (const text of ['想学开公交车', '我是在职职工，想学开公交车']) {
      const r = await learner()(text)
      expect(r.projects).toEqual([])
      expect(replyText(r)).toContain('公交车')
    }
  })

  it('still answers nothing to exam tutoring for a child said beside who he is (fresh19)', async () => {
    for (const text of ['我儿子初三了，数学能不能找个家教补一补', '我個仔中三，邊度有數學補習社']) expect((await learner()(text)).projects).toEqual([])
  })

  it('still answers nothing for an untaught subject asked beside the job', async () => {
    const r = await learner()('我是在职职工，开公交车的，想学游泳')
    expect(r.projects).toEqual([])
    expect(replyText(r)).toContain('游泳')
  })
})
