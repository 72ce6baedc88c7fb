/**
 * The headers staff really write, through the real `learnfinder import`: a sheet whose provider column says 主办院校
 * (or 学校, 承办单位, 举办单位, 院校名称), Chinese and English wordings of every column, a 是否收费 column, and two
 * columns that name one field, refused in Chinese with both named and nothing changed.
 */
import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCatalogue } from '../src/catalogue/open-catalogue.js'
import { FIELD_ALIASES, fieldForHeader, type CatalogueField } from '../src/catalogue/header-aliases.js'
import { PROJECT_FIELDS, type Project } from '../src/catalogue/project.js'
import { HEADERS, TAXONOMY_PATH, csvText, row, runCli, tempDir } from './fixtures/catalogue/helpers.js'

let tmp: ReturnType<typeof tempDir>
let db: string
beforeEach(() => { tmp = tempDir(); db = tmp.file('c.db') })
afterEach(() => tmp.cleanup())

const T = ['--taxonomy', TAXONOMY_PATH]
const cliZh = (...argv: string[]) => runCli([...argv, '--db', db, ...T])

/** A fixture row with its headers renamed (`rename`: export header → the header staff wrote). */
function renamed(id: string, rename: Record<string, string>, over: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(row(id, over)).map(([h, v]) => [rename[h] ?? h, v]))
}

async function stored(id: string): Promise<Project | undefined> {
  const c = openCatalogue(db)
  try { return await c.store.get(id) } finally { c.close() }
}

async function version(): Promise<number> {
  const c = openCatalogue(db)
  try { return await c.store.version() } finally { c.close() }
}

describe('catalogue headers as staff write them', () => {
  it('imports a sheet whose provider column is headed 主办院校, 学校, 承办单位, 举办单位 or 院校名称', async () => {
    for (const [i, header] of ['主办院校', '学校', '承办单位', '举办单位', '院校名称'].entries()) {
      const file = tmp.file(`p${i}.csv`, csvText([renamed(`P${i}`, { 主办单位: header }, { 主办单位: `示范大学 ${i}` })]))
      const r = await cliZh('import', file)
      expect(r.code, r.stderr).toBe(0)
      expect((await stored(`P${i}`))?.provider).toBe(`示范大学 ${i}`)
    }
  })

  it('reads every column under the everyday Chinese wording, a 是否收费 column included', async () => {
    const rename = {
      项目名称: '课程名称', 主办单位: '主办院校', 项目简介: '课程简介', 领域: '课程类别', 面向人群: '适用对象', 学习形式: '授课方式',
      地区: '所在地', 费用: '是否收费', 时长: '课时', 开课时间: '开课日期', 结束日期: '结课日期', 报名方式: '报名途径',
      联系方式: '咨询电话', 链接: '网址', 标签: '关键字',
    }
    const file = tmp.file('zh.csv', csvText([
      renamed('Z1', rename, { 费用: '否', 学习形式: '线上', 地区: '浙江省 杭州市', 联系方式: '0571-1111 2222', 报名方式: '扫码报名' }),
      renamed('Z2', rename, { 费用: '是' }),
    ]))
    const r = await cliZh('import', file)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).not.toContain('不认识的列')
    const z1 = (await stored('Z1'))!
    expect(z1).toMatchObject({ title: '社区智能手机课 Z1', provider: '江苏开放大学', format: 'online', region: '浙江省 杭州市', fee: 0,
      duration: '4次课', start_date: '2026-12-01', end_date: '2026-12-22', enroll: '扫码报名', contact: '0571-1111 2222', url: 'https://www.jsou.edu.cn/p/1' })
    expect(z1.tags).toEqual(['手机', '挂号'])
    // 是 says it costs something without saying how much: unknown, never shown as free.
    expect((await stored('Z2'))?.fee).toBeNull()
  })

  it('reads an Excel sheet headed in English the way staff write it', async () => {
    const english: Record<string, string> = {
      编号: 'Project ID', 项目名称: 'Course Name', 主办单位: 'Organiser', 项目简介: 'Description', 领域: 'Category', 面向人群: 'Target audience',
      学习形式: 'Delivery mode', 地区: 'Location', 费用: 'Cost', 时长: 'Hours', 开课时间: 'Start_Date', 结束日期: 'End Date',
      报名方式: 'How to apply', 联系方式: 'Phone', 链接: 'Website', 英文名称: 'English title', 英文简介: 'English summary', 标签: 'Keywords', 状态: 'Status',
    }
    const wb = new ExcelJS.Workbook()
    const r = row('E1', { 费用: '200元' })
    wb.addWorksheet('Projects').addRows([HEADERS.map((h) => english[h]), HEADERS.map((h) => r[h])])
    const file = tmp.file('en.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))
    const out = await cliZh('import', file)
    expect(out.code, out.stderr).toBe(0)
    expect(await stored('E1')).toMatchObject({ provider: '江苏开放大学', fee: 200, start_date: '2026-12-01', end_date: '2026-12-22', enroll: '社区报名', title_en: 'Smartphone class' })
  })

  it('refuses two columns that name one field in Chinese, naming both, and changes nothing', async () => {
    const file = tmp.file('twice.csv', csvText([{ ...row('D1'), 主办院校: '另一所大学' }]))
    const r = await cliZh('import', file)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('「主办院校」：“主办院校”和“主办单位”两列都是主办单位（provider）；只保留其中一列')
    expect(await version()).toBe(0)
    // The same in a JSON file, whose keys are its headers.
    const json = tmp.file('twice.json', JSON.stringify([{ ...row('D2'), 学校: '另一所大学' }]))
    const j = await cliZh('import', json)
    expect(j.code).toBe(1)
    expect(j.stderr).toContain('“学校”和“主办单位”两列都是主办单位（provider）')
    expect(await version()).toBe(0)
  })

  it('leaves a column that often stands beside another of its field (联系人, 上课地点) as extra text, not a clash', async () => {
    const file = tmp.file('beside.csv', csvText([{ ...row('B1'), 联系人: '王老师', 上课地点: '鼓楼区社区中心' }]))
    const r = await cliZh('import', file)
    expect(r.code, r.stderr).toBe(0)
    expect((await stored('B1'))?.extra).toMatchObject({ 联系人: '王老师', 上课地点: '鼓楼区社区中心' })
  })

  it('gives every header of the table its own field, under any spacing or joining of its words', () => {
    const wrong: string[] = []
    for (const field of PROJECT_FIELDS) {
      for (const header of [field, ...FIELD_ALIASES[field as CatalogueField]]) {
        for (const written of [header, ` ${header.toUpperCase()} `, header.replace(/[ _]/g, '-'), `*${header}（必填）`]) {
          if (fieldForHeader(written) !== field) wrong.push(`${written} → ${fieldForHeader(written)} (want ${field})`)
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('lists in docs/catalogue-format.md exactly the headers the table holds', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'catalogue-format.md'), 'utf8')
    const listed = Object.fromEntries([...doc.matchAll(/^\| `([a-z_]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2].split(/[;,]\s*/).map((h) => h.trim())]))
    expect(listed).toEqual(Object.fromEntries(PROJECT_FIELDS.map((f) => [f, [...FIELD_ALIASES[f as CatalogueField]]])))
  })
})
