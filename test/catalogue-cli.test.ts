import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { Writable } from 'node:stream'
import { openCatalogue } from '../src/catalogue/open-catalogue.js'
import { createProgress } from '../src/cli/progress.js'
import { GOOD_CSV, HEADERS, TAXONOMY_PATH, csvText, row, runCli, tempDir } from './fixtures/catalogue/helpers.js'

let tmp: ReturnType<typeof tempDir>
let db: string
beforeEach(() => { tmp = tempDir(); db = tmp.file('c.db') })
afterEach(() => tmp.cleanup())

const T = ['--taxonomy', TAXONOMY_PATH]
// These checks pin the English wording: staff output is Chinese unless --lang en.
const cli = (...argv: string[]) => runCli([...argv, '--db', db, '--lang', 'en'])
const cliZh = (...argv: string[]) => runCli([...argv, '--db', db])
async function counts(path = db) {
  const c = openCatalogue(path)
  try { return { ...(await c.store.count()), version: await c.store.version() } } finally { c.close() }
}

describe('learnfinder import', () => {
  it('imports into a fresh database that then holds only what was imported', async () => {
    const r = await cli('import', GOOD_CSV, ...T)
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toContain('Imported good.csv: 3 added, 0 updated, 0 unchanged, 1 archived.')
    expect(await counts()).toEqual({ active: 3, archived: 1, version: 1 })
  })

  it('changes nothing on --dry-run and says what would change', async () => {
    await cli('import', GOOD_CSV, ...T)
    const next = tmp.file('next.csv', csvText([row('LF-0001'), row('NEW-1')]))
    const r = await cli('import', next, '--dry-run', ...T)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Nothing was changed')
    expect(r.stdout).toContain('Importing would give: 1 added, 1 updated, 0 unchanged, 0 archived.')
    expect(await counts()).toEqual({ active: 3, archived: 1, version: 1 })
  })

  it('rejects a bad file with every problem listed, exit code 1, no stack trace and nothing changed', async () => {
    await cli('import', GOOD_CSV, ...T)
    const bad = tmp.file('bad.csv', csvText([row('A1', { 面向人群: '老年' }), row('A 2'), row('A3', { 结束日期: '2020-01-01' })]))
    const r = await cli('import', bad, ...T)
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      'learnfinder import: bad.csv was not imported: 3 problems found, nothing was changed',
      '  row 2, 面向人群: unknown audience "老年" — did you mean 老年人, 老人, 长者?',
      '  row 3, 编号: "A 2" contains spaces; an id may hold only A-Z, a-z, 0-9, "-", "_" and "."',
      '  row 4, 结束日期: 2020-01-01 is before the start date 2026-12-01',
    ])
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(await counts()).toEqual({ active: 3, archived: 1, version: 1 })
  })

  it('speaks Chinese to staff by default: the import summary and every problem with its row and column', async () => {
    const ok = await cliZh('import', GOOD_CSV, ...T)
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('已导入 good.csv：新增 3 个，更新 0 个，未变 0 个，归档 1 个。')
    const bad = tmp.file('bad.csv', csvText([row('A1', { 面向人群: '老年' }), row('A 2'), row('A3', { 结束日期: '2020-01-01' })]))
    const r = await cliZh('import', bad, ...T)
    expect(r.code).toBe(1)
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      'learnfinder import: bad.csv 没有导入：发现 3 处问题，目录没有任何改动。',
      '  第 2 行「面向人群」：没有“老年”这类人群，您是不是想写：老年人, 老人, 长者？',
      '  第 3 行「编号」：“A 2”含有空格；编号只能用 A-Z、a-z、0-9、“-”、“_”和“.”',
      '  第 4 行「结束日期」：2020-01-01 早于开课时间 2026-12-01',
    ])
    expect((await runCli(['import', bad, '--db', db, '--lang', 'fr'])).code).toBe(2)
    expect((await cliZh('archive', 'LF-0001')).stdout).toMatch(/^已归档 LF-0001（.+），以后不会再推荐。\n$/)
    const back = await cliZh('rollback')
    expect(back.stdout).toContain('已撤销第 1 次导入（good.csv）：')
    expect(back.stdout).toContain('目录现有 0 个有效项目、0 个已归档项目。')
  })

  it('warns about an unknown column, in the staff member\'s language, and keeps it', async () => {
    const f = tmp.file('x.csv', csvText([{ ...row('A1'), 备注: '自带手机' }]))
    const r = await cli('import', f, ...T)
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('warning: unknown column "备注": kept as extra searchable text')
    // Chinese by default, like every other line staff read.
    expect((await cliZh('import', f, '--dry-run')).stderr).toContain('提示：不认识的列「备注」：内容作为附加信息保留，可以被搜到')
    expect((await cli('show', 'A1', ...T)).stdout).toMatch(/备注\s+自带手机/)
  })

  it('treats several files as one batch and refuses an id used in two of them', async () => {
    const a = tmp.file('a.csv', csvText([row('A1'), row('A2')]))
    const b = tmp.file('b.csv', csvText([row('B1'), row('A2')]))
    const r = await cli('import', a, b, ...T)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('  b.csv, id: "A2" is also in a.csv; every project needs its own id')
    expect(await counts()).toEqual({ active: 0, archived: 0, version: 0 })
    const c = tmp.file('c.csv', csvText([row('C1')]))
    expect((await cli('import', a, c, ...T)).stdout).toContain('Imported a.csv, c.csv: 3 added')
  })

  it('reports a missing file, a missing argument and a wrong flag as plain messages', async () => {
    const missing = await cli('import', tmp.file('nope.csv'), ...T)
    expect(missing).toMatchObject({ code: 1 })
    expect(missing.stderr).toContain('cannot read')
    expect((await cli('import', ...T)).stderr).toContain('name at least one file')
    const flag = await cli('import', GOOD_CSV, '--shet', 'x')
    expect(flag.code).toBe(2)
    expect(flag.stderr).not.toMatch(/\n\s+at /)
  })

  it('imports the chosen sheet of an XLSX with Chinese headers', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('封面').addRow(['2026 年目录'])
    const r = row('X1')
    wb.addWorksheet('项目').addRows([HEADERS, HEADERS.map((h) => (h === '开课时间' ? new Date(Date.UTC(2026, 10, 1)) : r[h]))])
    const file = tmp.file('c.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))
    expect((await cli('import', file, '--sheet', '项目', ...T)).code).toBe(0)
    expect((await cli('show', 'X1', ...T)).stdout).toMatch(/dates\s+2026-11-01 to 2026-12-22\n/)
    const first = await cli('import', file, ...T)
    expect(first.code).toBe(1)
    expect(first.stderr).toContain('required column is missing')
  })

  it('shows a few progress lines (not a flood) for an import of more than 300 rows', async () => {
    const f = tmp.file('big.csv', csvText(Array.from({ length: 3000 }, (_, i) => row(`R${i}`))))
    const r = await cli('import', f, ...T)
    expect(r.code).toBe(0)
    const lines = r.stderr.trim().split('\n')
    expect(lines.filter((l) => l.startsWith('reading big.csv:')).length).toBeLessThanOrEqual(4)
    expect(lines).toContain('reading big.csv: 100% (3,001 rows read)')
  })
})

describe('the import progress display', () => {
  function terminal() {
    const out = Object.assign(new Writable({ write(c, _e, done) { out.text += String(c); done() } }), { isTTY: true, text: '' })
    return out
  }

  it('redraws one bar in place on a terminal and ends the line', () => {
    const out = terminal()
    const p = createProgress(out, 'reading a.csv', 'en')
    p.update(500, 1000)
    p.update(1000, 1000)
    p.end()
    expect(out.text).toBe('\rreading a.csv [###############...............] 50% 500 rows' +
      '\rreading a.csv [##############################] 100% 1,000 rows\n')
  })

  it('stays silent for small files', () => {
    const out = terminal()
    const p = createProgress(out, 'reading a.csv')
    p.update(120, 120)
    p.end()
    expect(out.text).toBe('')
  })
})

describe('learnfinder export, list, show, archive, stats, history, rollback', () => {
  beforeEach(async () => {
    const f = tmp.file('x.csv', csvText([{ ...row('A1', { 费用: '', 链接: '' }), 备注: '自带手机' }, row('A2', { 状态: '下线' })]))
    await cli('import', GOOD_CSV, f, ...T)
  })

  for (const format of ['csv', 'xlsx', 'json']) {
    it(`re-imports its own ${format} export as a no-op`, async () => {
      const out = tmp.file(`export.${format}`)
      const e = await cli('export', '--out', out, ...T)
      expect(e).toMatchObject({ code: 0, stdout: `Exported 6 projects to ${out} (${format}).\n` })
      const r = await cli('import', out, ...T)
      expect(r.stdout).toContain('0 added, 0 updated, 6 unchanged, 0 archived')
      const fresh = tmp.file('fresh.db')
      await runCli(['import', out, ...T, '--db', fresh])
      expect(await counts(fresh)).toMatchObject({ active: 4, archived: 2 })
    })
  }

  it('writes CSV to standard output without --out', async () => {
    const r = await cli('export', '--format', 'csv', ...T)
    expect(r.stdout.split('\r\n')[0]).toBe('\uFEFF' + [...HEADERS, '备注'].join(','))
  })

  it('lists by topic or audience label and shows archived projects on request', async () => {
    expect((await cli('list', '--audience', '农民工', ...T)).stdout).toBe(
      'LF-0002  光伏电站运维与安全 — 国网技术学院 (hybrid, 山东省 济南市, 680 yuan)\n1 active project.\n')
    expect((await cli('list', '--archived', ...T)).stdout).toContain('2 archived projects.')
    const wrong = await cli('list', '--topic', '区块链', ...T)
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('unknown topic "区块链"')
  })

  it('shows one project and refuses an unknown id', async () => {
    expect((await cli('show', 'LF-0001', ...T)).stdout).toMatch(/audiences\s+老年人 \(elderly\)/)
    const r = await cli('show', 'NOPE', ...T)
    expect(r).toMatchObject({ code: 1, stderr: 'learnfinder show: there is no project with id "NOPE" (try `learnfinder list`)\n' })
  })

  it('archives a project, records it in the history and rolls the last import back', async () => {
    expect((await cli('archive', 'LF-0001')).stdout).toContain('Archived LF-0001')
    expect(await counts()).toMatchObject({ active: 3, archived: 3 })
    const h = (await cli('history')).stdout.split('\n')
    expect(h[0]).toMatch(/^#2 .* archive +by test {2}archived 1 project$/)
    expect(h[1]).toMatch(/^#1 .* import +by test {2}good\.csv, x\.csv {2}4 added, 0 updated, 0 unchanged, 2 archived$/)
    const r = await cli('rollback')
    expect(r.stdout).toContain('Rolled back import #1 (good.csv, x.csv): 6 projects removed')
    expect(await counts()).toMatchObject({ active: 0, archived: 0 })
    expect((await cli('rollback')).stderr).toBe('learnfinder rollback: there is no import to undo\n')
  })

  it('counts projects by topic, audience, region and format', async () => {
    const r = await cli('stats', ...T)
    expect(r.stdout).toContain('4 active projects, 2 archived')
    expect(r.stdout).toMatch(/ 2 {2}数字技能 \(digital-skills\)/)
    expect(r.stdout).toMatch(/By format:\n +2 {2}offline\n/)
  })

  it('reads and writes the database named by --db for every command', async () => {
    const other = tmp.file('other.db')
    for (const name of ['list', 'stats', 'history', 'export']) {
      const r = await runCli([name, '--db', other, ...(name === 'history' ? [] : T)])
      expect(r.code).toBe(0)
      expect(r.stdout).not.toContain('LF-0001')
    }
    expect((await runCli(['show', 'LF-0001', '--db', other])).code).toBe(1)
    expect((await runCli(['archive', 'LF-0001', '--db', other])).code).toBe(1)
    expect((await runCli(['rollback', '--db', other])).code).toBe(1)
    expect(await counts()).toMatchObject({ active: 4 })
  })
})
