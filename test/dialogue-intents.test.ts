import { describe, expect, it } from 'vitest'
import { detectControl, detectField, detectOrdinal, mentionsThis } from '../src/dialogue/intents.js'
import { detectLang } from '../src/text/lang.js'

describe('control words', () => {
  it.each([
    ['你好', 'greeting'], ['您好！', 'greeting'], ['hello', 'greeting'], ['在吗？', 'greeting'],
    ['谢谢', 'thanks'], ['好的，谢谢！', 'thanks'], ['thanks', 'thanks'],
    ['菜单', 'help'], ['help', 'help'], ['?', 'help'], ['？', 'help'],
    ['重新开始', 'reset'], ['restart', 'reset'],
    ['更多', 'more'], ['换一批', 'more'], ['more', 'more'], ['还有别的吗？', 'more'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(detectControl(text)?.kind).toBe(kind)
  })

  it.each([['1', 1], ['２', 2], ['第二个', 2], ['3号', 3], ['三', 3], ['no 2', 2]])('reads "%s" as the number %d', (text, n) => {
    expect(detectControl(text)).toEqual({ kind: 'number', n })
  })

  it('reads a feedback button payload with its project id', () => {
    expect(detectControl('👍 LF-0001')).toEqual({ kind: 'feedback', value: 'up', projectId: 'LF-0001' })
    expect(detectControl('👎 T-AI-2')).toEqual({ kind: 'feedback', value: 'down', projectId: 'T-AI-2' })
  })

  it('leaves requests that start with a greeting to the request path', () => {
    expect(detectControl('你好，我想学电脑')).toBeNull()
    expect(detectControl('我想学人工智能')).toBeNull()
  })
})

describe('follow-up pieces', () => {
  it.each([
    ['第二个怎么报名', 2], ['1号要钱吗', 1], ['第3个在哪里上课', 3], ['2 怎么报名', 2], ['the second one, how much?', 2],
  ])('finds the project number in "%s"', (text, n) => {
    expect(detectOrdinal(text)).toBe(n)
  })

  it('does not read "第一次" or "3天" as a project number', () => {
    expect(detectOrdinal('我第一次学电脑')).toBeNull()
    expect(detectOrdinal('3天的课有吗')).toBeNull()
  })

  it.each([
    ['第二个怎么报名', 'enroll'], ['1号要钱吗', 'fee'], ['这个在哪里上课', 'place'], ['什么时候开始', 'dates'],
    ['联系电话', 'contact'], ['网址', 'url'], ['要学多久', 'duration'], ['多长时间', 'duration'],
    ['how do I sign up?', 'enroll'], ['how much does it cost', 'fee'], ['详细介绍一下', 'details'],
  ])('finds the field in "%s"', (text, field) => {
    expect(detectField(text)).toBe(field)
  })

  it('recognises "这个" and "this one" as pointing at the last project', () => {
    expect(mentionsThis('这个在哪里上课')).toBe(true)
    expect(mentionsThis('where is this one')).toBe(true)
    expect(mentionsThis('我想学电工')).toBe(false)
  })
})

describe('reply language', () => {
  it('answers Chinese in Chinese and English in English', () => {
    expect(detectLang('我想学人工智能', 'en', undefined, 'zh')).toBe('zh')
    expect(detectLang('I want to learn AI', 'zh', undefined, 'zh')).toBe('en')
  })

  it('keeps the conversation language for a bare number', () => {
    expect(detectLang('2', 'en', undefined, 'zh')).toBe('en')
    expect(detectLang('2', undefined, 'en', 'zh')).toBe('en')
    expect(detectLang('2', undefined, undefined, 'zh')).toBe('zh')
  })
})
