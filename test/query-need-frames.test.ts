import { describe, expect, it } from 'vitest'
import { isAskedSubject } from '../src/query/need-frames.js'

describe('need frames', () => {
  it('reads a learning verb glued to its subject as asked wherever it stands (补英语, 练书法)', () => {
    expect(isAskedSubject('孙女考大学 补英语有没有', '补英语')).toBe(true)
    expect(isAskedSubject('有没有练书法的 免费的', '练书法')).toBe(true)
  })

  it('never reads a learning verb and a word for a class (学习班, 补习课) as a subject nobody teaches', () => {
    expect(isAskedSubject('年轻小伙子学的 有的学习班吗', '学习班')).toBe(false)
    expect(isAskedSubject('我在厂里有正式工作 有补习课吗', '补习课')).toBe(false)
  })
})
