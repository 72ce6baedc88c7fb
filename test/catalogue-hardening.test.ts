import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { parse as parseCsv } from 'csv-parse/sync'
import { readCatalogueFile, CatalogueError } from '../src/catalogue/read-catalogue.js'
import { openCatalogue } from '../src/catalogue/open-catalogue.js'
import { streamElements } from '../src/catalogue/xlsx-xml.js'
import { FileLimitError, FILE_LIMITS } from '../src/catalogue/file-limits.js'
import { InflateBudget, type ZipEntry } from '../src/catalogue/zip-reader.js'
import { neutraliseFormula, unneutraliseFormula } from '../src/text/csv-safe.js'
import { HOSTILE_FILES, SHEET_HEAD, SHEET_TAIL, cell, randomCells, workbook } from './fixtures/catalogue/hostile-files.js'
import { GOOD_CSV, TAXONOMY_PATH, csvText, row, runCli, tempDir, testTaxonomy } from './fixtures/catalogue/helpers.js'

const taxonomy = testTaxonomy()
let tmp: ReturnType<typeof tempDir>
beforeEach(() => { tmp = tempDir() })
afterEach(() => tmp.cleanup())

const T = ['--taxonomy', TAXONOMY_PATH]
const hostile = (name: string) => HOSTILE_FILES.find((f) => f.name === name)!

/** Reads `name` from disk and returns the one-problem CatalogueError it must throw. */
async function refusal(name: string, data: Buffer): Promise<string> {
  const err = await readCatalogueFile(tmp.file(name, data), { taxonomy }).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(CatalogueError)
  const problems = (err as CatalogueError).problems
  expect(problems).toHaveLength(1)
  expect((err as CatalogueError).message).toBe(`${name} was not imported (nothing was changed)`)
  return problems[0].reason
}

describe('hostile catalogue files are refused with one clear line', () => {
  it('refuses a workbook with 200 cells at column ZZZZZ, past Excel\'s last column XFD', async () => {
    expect(await refusal('zzzzz.xlsx', hostile('column-zzzzz.xlsx').build())).toMatch(/reaches past Excel's last column XFD.*ZZZZZ1/)
  })

  it('refuses a 1 KB workbook with one cell at column HJUNYW', async () => {
    const data = hostile('column-hjunyw.xlsx').build()
    expect(data.length).toBeLessThan(2048)
    expect(await refusal('hjunyw.xlsx', data)).toMatch(/reaches past Excel's last column XFD.*HJUNYW1/)
  })

  it('reads a cell at column XFD itself (the last one Excel has) as a cell outside the table', async () => {
    const sheet = SHEET_HEAD + `<row r="1">${cell('A1', '编号')}${cell('XFD1', '备注')}</row>` + SHEET_TAIL
    const err = await readCatalogueFile(tmp.file('xfd.xlsx', workbook(sheet)), { taxonomy }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CatalogueError)
    expect((err as CatalogueError).details.join('\n')).toContain('required column is missing')
  })

  it('refuses a row numbered past Excel\'s last row 1,048,576', async () => {
    expect(await refusal('rows.xlsx', hostile('row-past-excel.xlsx').build())).toMatch(/past Excel's last row 1,048,576/)
  })

  it('refuses a row that never closes as a damaged workbook, and one past the element cap as too large', async () => {
    expect(await refusal('open.xlsx', hostile('unclosed-row-4mb.xlsx').build())).toMatch(/damaged/)
    expect(await refusal('open20.xlsx', hostile('unclosed-row-20mb.xlsx').build())).toMatch(/more than 4 million characters \(or never ends\)/)
  })

  it('refuses styles that inflate past their stated size, and a zip bomb by its inflate ratio', async () => {
    expect(await refusal('styles.xlsx', hostile('styles-bomb-lying.xlsx').build())).toMatch(/zip bomb.*styles\.xml is larger than it says/)
    expect(await refusal('rows.xlsx', hostile('many-rows-bomb.xlsx').build())).toMatch(/zip bomb/)
  })

  it('bounds the parts of one workbook together: two that fit alone do not fit side by side', () => {
    const MB = 1024 * 1024
    const part = (name: string, size: number): ZipEntry => ({ name, method: 8, compressedSize: size / 4, size, localOffset: 0 })
    const budget = new InflateBudget()
    budget.check(part('xl/sharedStrings.xml', 200 * MB), FILE_LIMITS.entryBytes)
    budget.take(part('xl/sharedStrings.xml', 200 * MB), 200 * MB, 200 * MB, FILE_LIMITS.entryBytes)
    expect(() => budget.check(part('xl/worksheets/sheet1.xml', 200 * MB), FILE_LIMITS.entryBytes)).toThrow(FileLimitError)
    expect(() => new InflateBudget().check(part('xl/styles.xml', 20 * MB), FILE_LIMITS.smallEntryBytes)).toThrow(FileLimitError)
    expect(() => new InflateBudget().check(part('zip64.xml', 0xffffffff), FILE_LIMITS.entryBytes)).toThrow(FileLimitError)
  })

  it('never inflates a part it does not need, however large', async () => {
    const parsed = await readCatalogueFile(tmp.file('ok.xlsx', hostile('unused-part-bomb.xlsx').build()), { taxonomy })
    expect(parsed.projects.map((p) => p.id)).toEqual(['OK-1', 'OK-2'])
  })

  it('refuses a CSV with a million header columns and one with a cell past the cap', async () => {
    expect(await refusal('wide.csv', hostile('million-columns.csv').build())).toMatch(/more than 16,384 columns/)
    const big = Buffer.concat([Buffer.from(csvText([row('A1')])), Buffer.from('A2,"'), Buffer.alloc(FILE_LIMITS.elementChars + 10, 'a'), Buffer.from('"\n')])
    expect(await refusal('cell.csv', big)).toMatch(/one cell holds more than 4 million characters/)
  })

  it('refuses a CSV of empty rows of the wrong width, and still numbers rows as a spreadsheet after empty lines', async () => {
    const header = csvText([row('A1')]).split('\n')[0]
    expect(await refusal('blank.csv', Buffer.from(header + '\n' + ',\n'.repeat(20_000)))).toMatch(/more than 10,000 empty rows/)
    const lines = csvText([row('A1'), row('A 2')]).trimEnd().split('\n')
    const err = await readCatalogueFile(tmp.file('gaps.csv', [lines[0], '', lines[1], '', '', lines[2]].join('\n')), { taxonomy }).catch((e: unknown) => e)
    expect((err as CatalogueError).problems.map((p) => p.row)).toEqual([6])
  })

  it('refuses JSON and YAML nested 100,000 deep inside a field, and YAML alias expansion', async () => {
    expect(await refusal('deep.json', hostile('deep.json').build())).toMatch(/nested more than 64 deep/)
    expect(await refusal('deep.yaml', hostile('deep.yaml').build())).toMatch(/nested more than 64 deep/)
    expect(await refusal('laughs.yaml', hostile('laughs.yaml').build())).toMatch(/YAML aliases/)
  })

  it('stops reading after 1,000 problems instead of collecting a million', async () => {
    const rows = Array.from({ length: 3000 }, () => row('SAME'))
    const err = await readCatalogueFile(tmp.file('dupes.csv', csvText(rows)), { taxonomy }).catch((e: unknown) => e) as CatalogueError
    expect(err).toBeInstanceOf(CatalogueError)
    expect(err.problems).toHaveLength(FILE_LIMITS.problems)
    expect(err.message).toBe('dupes.csv was not imported: reading stopped after 1000 problems, nothing was changed')
  })
})

describe('the streaming element scanner', () => {
  const chunks = (text: string, size: number) => Readable.from((function* () {
    const data = Buffer.from(text)
    for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size)
  })())

  it('finds rows whose close tag is cut across chunks, with Chinese cut mid-character', async () => {
    const xml = SHEET_HEAD + ['一', '二二', '三三三'].map((t, i) => `<row r="${i + 1}">${cell(`A${i + 1}`, t)}</row>`).join('') + '<row r="4"/>' + SHEET_TAIL
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const rows = []
      for await (const el of streamElements(chunks(xml, size), 'row')) rows.push(el)
      expect(rows.map((r) => r.attrs.trim())).toEqual(['r="1"', 'r="2"', 'r="3"', 'r="4"'])
      expect(rows[2].inner).toBe(cell('A3', '三三三'))
    }
  })

  it('gives up on an element past the cap while it streams, without waiting for its end', async () => {
    const never = SHEET_HEAD + '<row r="1">' + randomCells(2000)
    const read = async () => { for await (const _ of streamElements(chunks(never, 16), 'row', 1000)) void _ }
    await expect(read()).rejects.toBeInstanceOf(FileLimitError)
  })
})

describe('project ids must be addressable on the command line', () => {
  for (const id of ['..', '.', '--db', '-x']) {
    it(`refuses the id "${id}" and changes nothing`, async () => {
      const db = tmp.file('c.db')
      await runCli(['import', GOOD_CSV, ...T, '--db', db])
      const r = await runCli(['import', tmp.file('ids.csv', csvText([row(id)])), ...T, '--db', db])
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/编号: ".*" (starts with "-"|is only dots)/)
      const c = openCatalogue(db)
      try { expect(await c.store.count()).toEqual({ active: 3, archived: 1 }) } finally { c.close() }
    })
  }

  it('lists a problem quoting a cell with escape sequences without them', async () => {
    const r = await runCli(['import', tmp.file('esc.csv', csvText([row('A\x1b]0;pwned\x07\x1b[2J1')])), ...T, '--db', tmp.file('c.db')])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('编号: "A1" contains characters other than')
    expect(r.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/)
  })

  it('still accepts ids with dots and dashes inside', async () => {
    const parsed = await readCatalogueFile(tmp.file('ok.csv', csvText([row('A.1-b_2'), row('v1.0')])), { taxonomy })
    expect(parsed.projects.map((p) => p.id)).toEqual(['A.1-b_2', 'v1.0'])
  })
})

describe('CSV cells that a spreadsheet would run', () => {
  it('neutralises formulas with a quote that the importer takes off again, for any text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const out = neutraliseFormula(s)
      expect(/^[=+\-@|\t\r]/.test(out)).toBe(false)
      expect(unneutraliseFormula(out)).toBe(s)
    }), { numRuns: 2000 })
    expect(neutraliseFormula('=HYPERLINK("http://evil.example","点我")')).toBe('\'=HYPERLINK("http://evil.example","点我")')
    expect(neutraliseFormula("'=x")).toBe("''=x")
    expect(neutraliseFormula("'quoted")).toBe("'quoted")
  })

  it('exports catalogue cells beginning with = + - @ | neutralised, and re-imports them unchanged', async () => {
    const db = tmp.file('c.db')
    const titles = ['=HYPERLINK("http://evil.example","点我")', '-减脂操入门', '+1 技能课', '@家长课堂', '|管道', "'=已经带引号"]
    const rows = titles.map((t, i) => row(`F-${i}`, { 项目名称: t, 联系方式: '+86 25 1234 5678' }))
    // Imported from JSON, so the title that begins with a quote is kept as written (a CSV import would read it as neutralised).
    expect((await runCli(['import', tmp.file('f.json', JSON.stringify(rows)), ...T, '--db', db])).code).toBe(0)
    const out = tmp.file('export.csv')
    expect((await runCli(['export', '--out', out, ...T, '--db', db])).code).toBe(0)
    const cells = (parseCsv(readFileSync(out, 'utf8'), { bom: true }) as string[][]).slice(1)
    for (const cellText of cells.flat()) expect(cellText).not.toMatch(/^[=+\-@|\t\r]/)
    expect(cells.map((r) => r[1])).toEqual(titles.map((t) => `'${t}`))
    const again = await runCli(['import', out, ...T, '--db', db])
    expect(again.stdout).toContain('0 added, 0 updated, 6 unchanged, 0 archived')
    const c = openCatalogue(db)
    try { expect((await c.store.list({ status: 'all' })).map((p) => p.title)).toEqual(titles) } finally { c.close() }
  })
})
