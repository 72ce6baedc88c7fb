import { describe, expect, it } from 'vitest'
import { checkGrounding } from '../src/llm/grounding.js'
import { DIALOGUE_PROJECTS } from './fixtures/dialogue-projects.js'

const phone = DIALOGUE_PROJECTS.find((p) => p.id === 'T-DS-1')!
const electric = DIALOGUE_PROJECTS.find((p) => p.id === 'T-EP-1')!

describe('the grounding check', () => {
  it('accepts wording that only repeats the records', () => {
    expect(checkGrounding('可以打0571-8827 6651找王老师，12月5日开课，免费。', [phone])).toEqual({ ok: true })
    expect(checkGrounding('《老年人智能手机应用实训班》适合刚用手机的长辈。', [phone])).toEqual({ ok: true })
    expect(checkGrounding('费用680元，3月1日开始。', [electric])).toEqual({ ok: true })
  })

  it('rejects a phone number that no record has', () => {
    expect(checkGrounding('报名电话 0571-1111 2222', [phone]).ok).toBe(false)
  })

  it('rejects a URL that no record has', () => {
    expect(checkGrounding('详情见 https://example.com/apply', [phone]).ok).toBe(false)
    expect(checkGrounding('详情见 https://www.hzou.edu.cn/lll/phone', [phone]).ok).toBe(true)
  })

  it('rejects a fee or date that no record has', () => {
    expect(checkGrounding('学费 990 元', [electric]).ok).toBe(false)
    expect(checkGrounding('学费五百元', [electric]).ok).toBe(false)
    expect(checkGrounding('2027年4月8日开课', [electric]).ok).toBe(false)
  })

  it('rejects a quoted title that is not among the retrieved projects', () => {
    expect(checkGrounding('还可以看看《高级电工证书班》', [electric]).ok).toBe(false)
  })

  it('accepts a number that is only in the template sentence it rewords', () => {
    expect(checkGrounding('按“人工智能”找到这些', [phone], '按“人工智能”，给您找到这几个：').ok).toBe(true)
  })

  it('rejects empty, overlong and tabular answers', () => {
    expect(checkGrounding('  ', [phone]).ok).toBe(false)
    expect(checkGrounding('好'.repeat(500), [phone]).ok).toBe(false)
    expect(checkGrounding('| 名称 | 费用 |\n|---|---|', [phone]).ok).toBe(false)
  })
})
