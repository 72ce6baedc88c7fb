/**
 * Every CLI command speaks Chinese to staff by default and English with the
 * global `--lang en`: its output, its help, its errors and the file-level
 * import problems. Each case runs the real dispatcher in-process on a real
 * SQLite catalogue and checks a sentence of each language (and that the
 * other language's sentence is absent).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../src/paths.js'
import { runCli } from './fixtures/run-cli.js'
import { GOOD_CSV, HEADERS, TAXONOMY_PATH, csvText, row, tempDir } from './fixtures/catalogue/helpers.js'
import { FileLimitError, limitProblem } from '../src/catalogue/file-limits.js'
import { problemLines } from '../src/catalogue/problem-text.js'
import { cliPrompts } from '../src/cli/cli-text.js'

let tmp: ReturnType<typeof tempDir>
let db: string
beforeAll(async () => {
  tmp = tempDir()
  db = tmp.file('c.db')
  const r = await runCli(['import', GOOD_CSV, '--taxonomy', TAXONOMY_PATH, '--db', db])
  expect(r.code).toBe(0)
})
afterAll(() => tmp.cleanup())

/** argv (without --db), then a Chinese and an English piece of what it prints (stdout and stderr together). */
type Case = [string, () => string[], string, string]

const CASES: Case[] = [
  ['help', () => ['--help'], '命令：', 'Commands:'],
  ['an unknown command', () => ['imprt'], '没有“imprt”这个命令', 'unknown command "imprt"'],
  ['an unknown option', () => ['list', '--bogus'], '没有 --bogus 这个选项', 'unknown option --bogus'],
  ['an option without its value', () => ['history', '--limit'], '选项 --limit 需要一个值。', 'option --limit needs a value.'],
  ['list', () => ['list'], '共 3 个有效项目。', '3 active projects.'],
  ['list --all', () => ['list', '--all'], ' [已归档]', ' [archived]'],
  ['show', () => ['show', 'LF-0001'], '主办方', 'provider'],
  ['show of an unknown id', () => ['show', 'NOPE'], '没有编号为“NOPE”的项目', 'there is no project with id "NOPE"'],
  ['stats', () => ['stats'], '按领域：', 'By topic:'],
  ['export', () => ['export', '--out', tmp.file('out.json')], '已把 4 个项目导出到', 'Exported 4 projects to'],
  ['export in a wrong format', () => ['export', '--format', 'pdf'], '--format 只能是', '--format must be one of'],
  ['history', () => ['history'], '新增 3 个', '3 added'],
  ['archive of an unknown id', () => ['archive', 'NOPE'], '没有编号为“NOPE”的项目', 'there is no project with id "NOPE"'],
  ['search --explain', () => ['search', '电工', '--explain'], '理解“电工”', 'Understood "电工"'],
  ['search with a bad --k', () => ['search', '电工', '--k', '0'], '--k 要是 1 到 100 之间的整数', '--k must be a whole number'],
  ['admin list', () => ['admin', 'list'], '还没有管理员', 'No admins yet'],
  ['admin of an unknown action', () => ['admin', 'frob'], '没有“frob”这个操作', 'unknown admin action "frob"'],
  ['admin add of a bad channel', () => ['admin', 'add', 'fax', '1'], '没有“fax”这个渠道', 'unknown channel "fax"'],
  ['admin web list', () => ['admin', 'web', 'list'], '还没有网页账号', 'No web accounts yet'],
  ['admin web add without a password', () => ['admin', 'web', 'add', 'bob'], '请用 --password-stdin', 'give the password on stdin'],
  ['report', () => ['report'], '学员提问报告', 'What learners asked'],
  ['report with a bad --since', () => ['report', '--since', 'soon'], '--since 要写成', '--since must look like'],
  ['notify --dry-run', () => ['notify', '--dry-run'], '没有人有新的符合条件的项目', 'Nobody has new matching projects'],
  ['migrate', () => ['migrate'], '没有设置 DATABASE_URL', 'DATABASE_URL is not set'],
  ['import of a missing file', () => ['import', tmp.file('gone.csv').replace('gone', 'never')], '读不到', 'cannot read'],
  ['import of an empty file', () => ['import', tmp.file('empty.csv', '')], '文件是空的', 'the file is empty'],
  ['import without a required column', () => ['import', tmp.file('nocol.csv', csvText([row('A1')], HEADERS.filter((h) => h !== '面向人群'))), '--taxonomy', TAXONOMY_PATH],
    '缺少必填的列', 'required column is missing'],
  ['import of a GBK file', () => ['import', gbkFile()], '看起来是 GBK', 'it looks like GBK'],
  ['import of an unknown file type', () => ['import', tmp.file('a.pdf', 'x')], '从文件名看不出格式', 'cannot tell its format from the name'],
]

/** A CSV saved in GBK, as Chinese Excel does by default. */
function gbkFile(): string {
  const path = tmp.file('gbk.csv')
  // 编号,项目名称 in GBK.
  writeFileSync(path, Buffer.from([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6, 0x0a]))
  return path
}

describe('every CLI command speaks the staff member\'s language', () => {
  for (const [what, argv, zh, en] of CASES) {
    it(`says ${what} in Chinese by default and in English with --lang en`, async () => {
      const inZh = await runCli([...argv(), '--db', db])
      const inEn = await runCli([...argv(), '--db', db, '--lang', 'en'])
      const zhText = inZh.out + inZh.err
      const enText = inEn.out + inEn.err
      expect(zhText).toContain(zh)
      expect(zhText).not.toContain(en)
      expect(enText).toContain(en)
      expect(enText).not.toContain(zh)
      expect(inZh.code).toBe(inEn.code)
    }, 60_000)
  }

  it('gives every command its own help in both languages', async () => {
    const help = await runCli(['--help', '--lang', 'en'])
    const names = [...help.out.matchAll(/^ {2}(\w+) {2}/gm)].map((m) => m[1])
    expect(names.length).toBeGreaterThanOrEqual(15)
    for (const name of names) {
      const zh = await runCli([name, '--help'])
      const en = await runCli([name, '--help', '--lang', 'en'])
      expect(zh.out).toMatch(/^用法：/)
      expect(en.out).toMatch(/^Usage:/)
      expect(zh.out).toContain('learnfinder')
    }
  })

  it('says a wrong --lang in both languages, since it cannot know which one is meant', async () => {
    const r = await runCli(['list', '--lang', 'fr', '--db', db])
    expect(r.code).toBe(2)
    expect(r.err).toContain('--lang 只能是 zh 或 en（收到“fr”）')
    expect(r.err).toContain('--lang must be zh or en (got "fr")')
  })
})

describe('the place of a hostile-file refusal', () => {
  it('is worded in the staff member\'s language: （单元格 HJUNYW1） / (cell HJUNYW1)', () => {
    const problems = limitProblem('big.xlsx', new FileLimitError('columns', { at: 'cell', ref: 'HJUNYW1' })).problems
    const [zh] = problemLines(cliPrompts(), 'zh', problems, 10)
    const [en] = problemLines(cliPrompts(), 'en', problems, 10)
    expect(zh).toContain('（单元格 HJUNYW1）')
    expect(zh).not.toContain('cell')
    expect(en).toContain(' (cell HJUNYW1).')
    expect(problems[0].reason).toContain('(cell HJUNYW1)')
  })

  it('reads a CSV line past the last column in either language', () => {
    const problems = limitProblem('wide.csv', new FileLimitError('columns', { at: 'line_columns', line: 3, columns: '16,384' })).problems
    expect(problemLines(cliPrompts(), 'zh', problems, 10)[0]).toContain('（第 3 行超过 16,384 列）')
    expect(problemLines(cliPrompts(), 'en', problems, 10)[0]).toContain('(line 3 has more than 16,384 columns)')
  })
})

describe('English plurals in the staff prompts', () => {
  it('give every "{count} <nouns>" template a key_one for exactly one', () => {
    const prompts = cliPrompts()
    const missing: string[] = []
    for (const area of ['cli', 'catalogue', 'staff']) {
      const text = readFileSync(join(PACKAGE_ROOT, 'prompts/en', `${area}.yaml`), 'utf8')
      for (const m of text.matchAll(/^(\w+): "(.*)"$/gm)) {
        const [, key, template] = m
        if (key.endsWith('_one') || !/\{count\} (\w+ )?\w+s\b/.test(template)) continue
        if (!prompts.has('en', `${area}.${key}_one`)) missing.push(`${area}.${key}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('say "1 project" and "2 projects" in English, and 个 in Chinese', async () => {
    const one = tempDir()
    try {
      const path = one.file('one.db')
      const csv = one.file('one.csv', csvText([row('B1')], HEADERS))
      expect((await runCli(['import', csv, '--taxonomy', TAXONOMY_PATH, '--db', path])).code).toBe(0)
      expect((await runCli(['list', '--db', path, '--lang', 'en'])).out).toContain('\n1 active project.\n')
      expect((await runCli(['stats', '--db', path, '--lang', 'en'])).out).toContain('1 active project, 0 archived')
      expect((await runCli(['list', '--db', path])).out).toContain('共 1 个有效项目。')
      expect((await runCli(['list', '--db', db, '--lang', 'en'])).out).toContain('3 active projects.')
    } finally {
      one.cleanup()
    }
  })
})
