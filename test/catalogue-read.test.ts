import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import ExcelJS from 'exceljs'
import { stringify as yamlStringify } from 'yaml'
import { readCatalogueBuffer, readCatalogueFile, CatalogueError } from '../src/catalogue/read-catalogue.js'
import { HEADERS, csvText, row, tempDir, testTaxonomy, GOOD_CSV } from './fixtures/catalogue/helpers.js'

const taxonomy = testTaxonomy()
let tmp: ReturnType<typeof tempDir>
beforeEach(() => { tmp = tempDir() })
afterEach(() => tmp.cleanup())

/** Reads CSV text and returns the CatalogueError it must throw. */
async function rejection(text: string | Buffer, name = 'bad.csv'): Promise<CatalogueError> {
  const err = await readCatalogueFile(tmp.file(name, text), { taxonomy }).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(CatalogueError)
  return err as CatalogueError
}

describe('reading a CSV catalogue', () => {
  it('reads the Chinese-header fixture with labels resolved to ids and the archived row kept', async () => {
    const parsed = await readCatalogueFile(GOOD_CSV, { taxonomy })
    expect(parsed.rows).toBe(4)
    expect(parsed.warnings).toEqual([])
    const [first, second, third, fourth] = parsed.projects
    expect(first).toMatchObject({ id: 'LF-0001', audiences: ['elderly'], format: 'offline', fee: 0, start_date: '2026-12-01' })
    expect(second).toMatchObject({ topics: ['energy-power', 'vocational-skills'], format: 'hybrid', fee: 680, start_date: '2027-03-01' })
    expect(third).toMatchObject({ topics: ['ai', 'teacher-development'], region: '全国', start_date: null, url: 'https://ce.ccnu.edu.cn/ai' })
    expect(fourth).toMatchObject({ status: 'archived', fee: null })
  })

  it('reads the same file with and without a UTF-8 BOM', async () => {
    const text = csvText([row('A1'), row('A2')])
    const plain = await readCatalogueFile(tmp.file('plain.csv', text), { taxonomy })
    const bom = await readCatalogueFile(tmp.file('bom.csv', '\uFEFF' + text), { taxonomy })
    expect(bom.projects).toEqual(plain.projects)
    expect(bom.projects[0].id).toBe('A1')
  })

  it('accepts English headers with odd case, spaces and full-width letters', async () => {
    const text = 'ＩＤ, Title ,provider,summary,TOPICS,audiences,format,start date\nE1,T,P,S,ai,elderly,online,2026/9/1\n'
    const parsed = await readCatalogueFile(tmp.file('en.csv', text), { taxonomy })
    expect(parsed.projects[0]).toMatchObject({ id: 'E1', topics: ['ai'], start_date: '2026-09-01', fee: null, status: 'active' })
  })

  it('ignores required marks and bracketed hints in headers', async () => {
    const text = '*编号,项目名称*,主办单位,项目简介,领域,面向人群,学习形式,费用（元）,开课时间(YYYY-MM-DD)\nH1,T,P,S,ai,elderly,线上,300,2027/1/2\n'
    const parsed = await readCatalogueFile(tmp.file('h.csv', text), { taxonomy })
    expect(parsed.warnings).toEqual([])
    expect(parsed.projects[0]).toMatchObject({ id: 'H1', fee: 300, start_date: '2027-01-02' })
  })

  it('rejects an empty file', async () => {
    const err = await rejection('')
    expect(err.message).toContain('bad.csv was not imported')
    expect(err.details.join('\n')).toContain('the file is empty')
  })

  it('rejects a file with a header row but no projects', async () => {
    const err = await rejection(HEADERS.join(',') + '\n\n')
    expect(err.details.join('\n')).toContain('has a header row but no projects')
  })

  it('rejects a missing required column and names it', async () => {
    const headers = HEADERS.filter((h) => h !== '面向人群')
    const err = await rejection(csvText([row('A1')], headers))
    expect(err.problems).toEqual([{ row: 1, column: '面向人群', reason: 'required column is missing (header 面向人群 or audiences)',
      code: 'column_missing', params: { header: '面向人群', field: 'audiences' } }])
  })

  it('keeps an unknown column as extra text and warns about it', async () => {
    const parsed = await readCatalogueFile(tmp.file('x.csv', csvText([{ ...row('A1'), 备注: '需自带手机' }, row('A2')])), { taxonomy })
    expect(parsed.warnings.map((w) => w.text)).toEqual(['unknown column "备注": kept as extra searchable text'])
    expect(parsed.projects[0].extra).toEqual({ 备注: '需自带手机' })
    expect(parsed.projects[1].extra).toEqual({})
  })

  it('rejects duplicate ids, naming the row of the first one', async () => {
    const err = await rejection(csvText([row('A1'), row('A2'), row('A1')]))
    expect(err.problems).toMatchObject([{ row: 4, column: '编号', reason: '"A1" is used twice (first on row 2); every project needs its own id' }])
  })

  it('rejects an id with spaces', async () => {
    const err = await rejection(csvText([row('LF 0001')]))
    expect(err.problems[0]).toMatchObject({ row: 2, column: '编号' })
    expect(err.problems[0].reason).toContain('"LF 0001" contains spaces')
  })

  it('rejects a title of 10,000 characters', async () => {
    const err = await rejection(csvText([row('A1', { 项目名称: '长'.repeat(10_000) })]))
    expect(err.problems).toMatchObject([{ row: 2, column: '项目名称', reason: 'is 10,000 characters long; at most 200 are allowed' }])
  })

  it('rejects an end date before the start date', async () => {
    const err = await rejection(csvText([row('A1', { 开课时间: '2027/3/1', 结束日期: '2027-02-01' })]))
    expect(err.problems).toMatchObject([{ row: 2, column: '结束日期', reason: '2027-02-01 is before the start date 2027-03-01' }])
  })

  it('rejects an unknown audience label and names the closest known labels', async () => {
    const err = await rejection(csvText([row('A1'), row('A2'), row('A3'), row('A4'), row('A5'), row('A6', { 面向人群: '老年' })]))
    expect(err.problems).toHaveLength(1)
    expect(err.details[0]).toBe('row 7, 面向人群: unknown audience "老年" — did you mean 老年人, 老人, 长者?')
  })

  it('rejects an unknown topic label', async () => {
    const err = await rejection(csvText([row('A1', { 领域: '数字技能；区块链' })]))
    expect(err.problems[0]).toMatchObject({ row: 2, column: '领域' })
    expect(err.problems[0].reason).toMatch(/^unknown topic "区块链" — did you mean /)
  })

  it('rejects a list cell holding only separators', async () => {
    const err = await rejection(csvText([row('A1', { 领域: '；、,' })]))
    expect(err.problems).toMatchObject([{ row: 2, column: '领域', reason: 'holds only separators ("；、,"); name at least one topic, e.g. 数字技能' }])
  })

  it('lists every problem of every row at once', async () => {
    const err = await rejection(csvText([row('A1', { 学习形式: '函授' }), row('A2', { 费用: '看情况' }), row('A3', { 链接: 'www.x.cn' })]))
    expect(err.problems.map((p) => `${p.row} ${p.column}`)).toEqual(['2 学习形式', '3 费用', '4 链接'])
  })

  it('refuses a GBK-encoded CSV with a save-as-UTF-8 message instead of mojibake', async () => {
    const err = await rejection(iconv.encode(csvText([row('A1')]), 'gbk'), 'gbk.csv')
    const text = [err.message, ...err.details].join('\n')
    expect(text).toContain('not UTF-8')
    expect(text).toContain('GBK')
    expect(text).toContain('save it as CSV UTF-8')
  })

  it('parses fees, dates and format words the way staff write them', async () => {
    const rows = [
      row('F1', { 费用: '200元', 学习形式: '线上线下', 开课时间: '2026年9月1日', 结束日期: '' }),
      row('F2', { 费用: 'free', 学习形式: '网上', 开课时间: '2026/9/1', 结束日期: '2026.9.30' }),
      row('F3', { 费用: '¥1,200', 学习形式: '面授', 开课时间: '', 结束日期: '' }),
      row('F4', { 费用: '0', 学习形式: 'Hybrid', 状态: '有效' }),
    ]
    const p = (await readCatalogueFile(tmp.file('f.csv', csvText(rows)), { taxonomy })).projects
    expect(p.map((x) => [x.fee, x.format, x.start_date, x.end_date])).toEqual([
      [200, 'hybrid', '2026-09-01', null],
      [0, 'online', '2026-09-01', '2026-09-30'],
      [1200, 'offline', null, null],
      [0, 'hybrid', '2026-12-01', '2026-12-22'],
    ])
  })

  it('rejects an impossible calendar date', async () => {
    const err = await rejection(csvText([row('A1', { 开课时间: '2026-02-30' })]))
    expect(err.problems).toMatchObject([{ row: 2, column: '开课时间', reason: '"2026-02-30" is not a real calendar date' }])
  })

  it('reports progress with a rising count that ends at the row total', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => row(`P${i}`))
    const seen: [number, number][] = []
    await readCatalogueFile(tmp.file('p.csv', csvText(rows)), { taxonomy, onProgress: (d, t) => seen.push([d, t]) })
    expect(seen.length).toBeGreaterThanOrEqual(3)
    expect(seen.at(-1)).toEqual([2501, 2501])
  })
})

describe('reading XLSX, JSON and YAML catalogues', () => {
  async function workbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
    const wb = new ExcelJS.Workbook()
    for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows)
    return Buffer.from(await wb.xlsx.writeBuffer())
  }

  it('reads an XLSX with Chinese headers, real Excel date cells and the sheet named by --sheet', async () => {
    const r = row('X1')
    const data = [HEADERS, HEADERS.map((h) => (h === '开课时间' ? new Date(Date.UTC(2027, 0, 5)) : h === '结束日期' ? new Date(Date.UTC(2027, 1, 28)) : h === '费用' ? 300 : r[h]))]
    const buf = await workbook({ 说明: [['这一页是说明']], 项目: data })
    const path = tmp.file('c.xlsx', buf)
    const parsed = await readCatalogueFile(path, { taxonomy, sheet: '项目' })
    expect(parsed.projects[0]).toMatchObject({ id: 'X1', start_date: '2027-01-05', end_date: '2027-02-28', fee: 300, audiences: ['elderly'] })
    const err = await readCatalogueFile(path, { taxonomy, sheet: '目录' }).then(() => expect.unreachable(), (e: CatalogueError) => e)
    expect(err.details.join()).toContain('no sheet named "目录"; its sheets are "说明", "项目"')
  })

  it('reads the first sheet of an XLSX by default, with spreadsheet row numbers in problems', async () => {
    const r = row('X1', { 面向人群: '老年' })
    const buf = await workbook({ 项目: [HEADERS, HEADERS.map((h) => row('X0')[h]), HEADERS.map((h) => r[h])] })
    const err = await readCatalogueBuffer(buf, 'c.xlsx', { taxonomy }).then(() => expect.unreachable(), (e: CatalogueError) => e)
    expect(err).toBeInstanceOf(CatalogueError)
    expect(err.problems).toMatchObject([{ row: 3, column: '面向人群' }])
  })

  it('refuses a corrupted XLSX with advice instead of a crash', async () => {
    const good = await workbook({ 项目: [HEADERS, HEADERS.map((h) => row('X1')[h])] })
    const broken = Buffer.concat([good.subarray(0, 200), Buffer.alloc(500, 7)])
    const err = await rejection(broken, 'broken.xlsx')
    expect(err.details.join()).toContain('damaged or not really an .xlsx file')
  })

  it('reads rich text, formula results, numeric ids and a date-formatted number cell', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('项目')
    const r = row('X1')
    ws.addRow(HEADERS)
    ws.addRow(HEADERS.map((h) => r[h]))
    const data = ws.getRow(2)
    data.getCell(1).value = 1001
    data.getCell(2).value = { richText: [{ text: '老年人' }, { font: { bold: true }, text: '手机课' }] }
    data.getCell(9).value = { formula: '100*2', result: 200 }
    data.getCell(11).value = 46357
    data.getCell(11).numFmt = 'yyyy"年"m"月"d"日"'
    data.getCell(12).value = ''
    const parsed = await readCatalogueBuffer(Buffer.from(await wb.xlsx.writeBuffer()), 'rich.xlsx', { taxonomy })
    expect(parsed.projects[0]).toMatchObject({ id: '1001', title: '老年人手机课', fee: 200, start_date: '2026-12-01', end_date: null })
  })

  it('refuses an old .xls workbook with advice to save it as .xlsx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)])
    const err = await rejection(ole, 'old.xlsx')
    expect(err.details.join()).toContain('old Excel 97-2003 (.xls) workbook')
  })

  it('reads a JSON array with list values as arrays or as joined text', async () => {
    const items = [
      { id: 'J1', title: 'T', provider: 'P', summary: 'S', topics: ['ai', '数字技能'], audiences: '老人、家长', format: 'online', fee: 0, note: 'x' },
    ]
    const parsed = await readCatalogueBuffer(Buffer.from(JSON.stringify(items)), 'c.json', { taxonomy })
    expect(parsed.projects[0]).toMatchObject({ id: 'J1', topics: ['ai', 'digital-skills'], audiences: ['elderly', 'parents'], fee: 0, extra: { note: 'x' } })
    expect(parsed.warnings.map((w) => w.text)).toEqual(['unknown field "note": kept as extra searchable text'])
  })

  it('reads a YAML list with Chinese keys and reports bad items by position', async () => {
    const yaml = yamlStringify([row('Y1'), row('Y2', { 学习形式: '函授' })])
    const err = await readCatalogueBuffer(Buffer.from(yaml), 'c.yaml', { taxonomy }).then(() => expect.unreachable(), (e: CatalogueError) => e)
    expect(err.problems).toMatchObject([{ row: 2, column: '学习形式' }])
    const ok = await readCatalogueBuffer(Buffer.from(yamlStringify([row('Y1')])), 'c.yml', { taxonomy })
    expect(ok.projects[0]).toMatchObject({ id: 'Y1', format: 'offline', tags: ['手机', '挂号'] })
  })
})
