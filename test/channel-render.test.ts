import { describe, expect, it } from 'vitest'
import { renderReplyText } from '../src/channels/shared/render-text.js'
import { ButtonTable, renderTelegram } from '../src/channels/telegram/render.js'
import { loadPrompts } from '../src/prompts.js'
import type { Reply } from '../src/dialogue/types.js'

const prompts = loadPrompts()
const list = (withButtons: boolean, withHint = false): Reply => ({
  lang: 'zh',
  clarify: false,
  projects: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }],
  parts: [
    { type: 'text', text: '找到这些：' },
    { type: 'projects', items: [{ n: 1, id: 'a', title: 'A', line: 'A 课程（线上，免费）' }, { n: 2, id: 'b', title: 'B', line: 'B 课程（北京，收费）' }] },
    ...(withHint ? [{ type: 'text' as const, text: '回复数字看详情，回复“更多”看更多。' }] : []),
    ...(withButtons ? [{ type: 'buttons' as const, buttons: [{ label: '1', payload: '1' }, { label: '2', payload: '2' }, { label: '更多', payload: '更多' }, { label: '👍', payload: '👍 a' }] }] : []),
  ],
})

describe('plain-text rendering (WeChat, terminal, HTTP text)', () => {
  it('numbers the projects and says "回复 1、2 看详情" when the engine did not', () => {
    expect(renderReplyText(list(false), prompts)).toBe('找到这些：\n1. A 课程（线上，免费）\n2. B 课程（北京，收费）\n回复 1、2 看详情')
  })

  it('does not repeat a hint or a word the engine already offered', () => {
    expect(renderReplyText(list(true, true), prompts)).toBe(
      '找到这些：\n1. A 课程（线上，免费）\n2. B 课程（北京，收费）\n回复数字看详情，回复“更多”看更多。',
    )
  })
})

  it('offers button words the text does not mention, but not numbers or 👍', () => {
  const reply: Reply = {
    lang: 'zh',
    clarify: false,
    projects: [{ id: 'a', title: 'A' }],
    parts: [
      { type: 'text', text: 'A 课程这样报名：电话报名' },
      { type: 'buttons', buttons: [{ label: '怎么报名', payload: '怎么报名' }, { label: '联系电话', payload: '联系电话' }, { label: '1', payload: '1' }, { label: '👍', payload: '👍 a' }] },
    ],
  }
  expect(renderReplyText(reply, prompts)).toBe('A 课程这样报名：电话报名\n也可以回复：怎么报名 / 联系电话')
})

describe('Telegram rendering', () => {
  it('turns number buttons into "n 详情", keeps 更多, and puts 👍 on its own last row', () => {
    const msg = renderTelegram(list(true), prompts, new ButtonTable())
    const rows = msg.keyboard!.inline_keyboard.map((r) => r.map((b) => b.text))
    expect(rows).toEqual([['1 详情', '2 详情'], ['更多'], ['👍']])
  })

  it('adds details and 更多 buttons to a project list that came without buttons', () => {
    const msg = renderTelegram(list(false), prompts, new ButtonTable())
    expect(msg.keyboard!.inline_keyboard.map((r) => r.map((b) => b.text))).toEqual([['1 详情', '2 详情'], ['更多']])
  })

  it('keeps long payloads behind a short key within the 64-byte callback limit', () => {
    const table = new ButtonTable()
    const payload = '我想找适合农村老年人学习的智能手机课程'
    const data = table.sayData(payload)
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64)
    expect(table.decode(data)).toEqual({ kind: 'say', payload })
    expect(table.decode('b:unknown')).toEqual({ kind: 'expired' })
  })
})
