import { describe, expect, it } from 'vitest'
import { loadPrompts } from '../src/prompts.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { declareChatPrompts } from '../src/dialogue/chat-prompts.js'
import { listReply, menuReply, projectReply } from '../src/dialogue/render-reply.js'
import { fieldAnswer, projectLine } from '../src/dialogue/project-text.js'
import { emptySlots, type Slots } from '../src/query/types.js'
import { DIALOGUE_PROJECTS } from './fixtures/dialogue-projects.js'

const prompts = loadPrompts()
declareChatPrompts(prompts)
const taxonomy = loadTaxonomy()
const byId = (id: string) => DIALOGUE_PROJECTS.find((p) => p.id === id)!

describe('project lines', () => {
  it('writes title, provider, online/offline with the city, and the fee on one line', () => {
    expect(projectLine(prompts, 'zh', byId('T-DS-1'))).toBe('老年人智能手机应用实训班，杭州开放大学，线下（杭州市），免费')
    expect(projectLine(prompts, 'zh', byId('T-EP-1'))).toBe('低压电工上岗培训，国网技术学院，线下（济南市），680元')
    expect(projectLine(prompts, 'zh', byId('T-HC-1'))).toContain('费用没写')
    expect(projectLine(prompts, 'en', byId('T-AI-5'))).toBe('AI for office work, 深圳职业技术大学, online, 380 yuan')
  })

  it('says a missing field is not in the catalogue and whom to ask', () => {
    expect(fieldAnswer(prompts, 'zh', byId('T-HC-1'), 'fee')).toEqual([
      '“养老护理员技能培训”的费用，目录里没有写。',
      '可以问问：0731-8451 2200',
    ])
    expect(fieldAnswer(prompts, 'zh', byId('T-EP-2'), 'contact')).toEqual([
      '“家庭安全用电线上讲座”的联系方式，目录里没有写。',
      '可以问问主办单位：华北电力大学',
    ])
  })
})

describe('structured replies', () => {
  it('lists at most three projects with number buttons and "更多"', () => {
    const r = listReply(prompts, 'zh', DIALOGUE_PROJECTS.slice(0, 5), { intro: '给您找到这几个：' })
    expect(r.projects).toHaveLength(3)
    expect(r.parts.map((p) => p.type)).toEqual(['text', 'projects', 'text', 'buttons'])
    const buttons = r.parts[3].type === 'buttons' ? r.parts[3].buttons : []
    expect(buttons.map((b) => b.payload)).toEqual(['1', '2', '3', '更多'])
  })

  it('offers feedback buttons whose payload names the project', () => {
    const r = projectReply(prompts, 'zh', byId('T-AI-2'), ['x'])
    const buttons = r.parts.find((p) => p.type === 'buttons')
    expect(buttons?.type === 'buttons' && buttons.buttons.map((b) => b.payload)).toEqual(
      expect.arrayContaining(['👍 T-AI-2', '👎 T-AI-2', '怎么报名']),
    )
  })

  it('numbers the topic menu from the taxonomy and marks it as an ask-back', () => {
    const r = menuReply(prompts, 'zh', taxonomy, [], { clarify: true })
    expect(r.clarify).toBe(true)
    const text = r.parts[0].type === 'text' ? r.parts[0].text : ''
    expect(text).toContain('1. 数字技能')
    expect(text).toContain('2. 人工智能')
  })
})
