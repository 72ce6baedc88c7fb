/**
 * The console shows the import reader's problems in Chinese: every reason the
 * reader gives for a realistic set of bad rows has a Chinese template, and the
 * file's own values stay in it.
 */
import { describe, expect, it } from 'vitest'
import { CatalogueError } from '../src/catalogue/catalogue-error.js'
import { readCatalogueBuffer } from '../src/catalogue/read-catalogue.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadPrompts } from '../src/prompts.js'
import { declareCataloguePrompts, problemReason } from '../src/catalogue/problem-text.js'

const CSV = [
  '编号,项目名称,主办单位,项目简介,领域,面向人群,学习形式,地区,费用,开课时间,结束日期,链接,状态',
  'A-1,课程一,大学,简介,人工智能,老年大学学员,线上,全国,免费,2027-01-10,2027-01-03,,',
  'A 2,课程二,大学,简介,人工只能,老年人,网课吧,全国,三百块,2027-02-30,,example.org,暂停',
  'A-1,,大学,简介,；,老年人,线上,全国,100,明年,,,',
].join('\n')

describe('problems shown in the console', () => {
  it('are all worded in Chinese with the file’s values kept, and in English as the reader wrote them', async () => {
    // The console renders problems through the catalogue's one renderer, like the CLI and the chat upload.
    const prompts = declareCataloguePrompts(loadPrompts())
    const err = await readCatalogueBuffer(Buffer.from(CSV), 'bad.csv', { taxonomy: loadTaxonomy() }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CatalogueError)
    const problems = (err as CatalogueError).problems
    expect(problems.length).toBeGreaterThanOrEqual(10)
    const shown = problems.map((p) => problemReason(prompts, 'zh', p))
    const untranslated = shown.filter((text, i) => text === problems[i].reason)
    expect(untranslated).toEqual([])
    expect(shown.join('\n')).toContain('“老年大学学员”')
    expect(shown.join('\n')).toContain('“三百块”')
    expect(shown.join('\n')).toContain('第一次出现在第 2 行')
    expect(problemReason(prompts, 'en', problems[0])).toBe(problems[0].reason)
  })
})
