import { afterEach, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { runCli } from './fixtures/run-cli.js'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteCatalogueStore } from '../src/catalogue/sqlite-catalogue-store.js'
import { PACKAGE_ROOT } from '../src/paths.js'
import { DIALOGUE_PROJECTS } from './fixtures/dialogue-projects.js'
import { tempDbPath } from './fixtures/dialogue-setup.js'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

/** A database file holding the fixture catalogue. */
function fixtureDb(): string {
  const t = tempDbPath()
  cleanups.push(t.cleanup)
  const db = openDatabase(t.path)
  new SqliteCatalogueStore(db).applyImport(DIALOGUE_PROJECTS, { who: 'test', files: ['fixture'] })
  db.close()
  return t.path
}

const ask = (args: string[], stdin = '') => runCli(['ask', ...args], { stdin })
const jsonLines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l))

describe('learnfinder ask', () => {
  it('answers one question as a JSON line with the shown projects', async () => {
    const db = fixtureDb()
    const { code, out } = await ask(['我想学电工', '--json', '--db', db])
    expect(code).toBe(0)
    const [line] = jsonLines(out)
    expect(Object.keys(line).sort()).toEqual(['clarify', 'projects', 'reply', 'session'])
    expect(line.clarify).toBe(false)
    expect(line.projects.length).toBeGreaterThan(0)
    expect(line.projects[0]).toEqual({ id: expect.any(String), title: expect.any(String) })
    expect(line.reply).toContain(line.projects[0].title)
  })

  it('keeps one conversation over stdin lines with --session, and across runs', async () => {
    const db = fixtureDb()
    const first = await ask(['--json', '--session', 'grandpa', '--db', db], '有什么好学的\n2\n1号要钱吗\n')
    const [menu, list, fee] = jsonLines(first.out)
    expect(menu.clarify).toBe(true)
    expect(menu.projects).toEqual([])
    expect(list.projects.length).toBeGreaterThan(0)
    expect(fee.projects).toEqual([list.projects[0]])
    expect(new Set([menu.session, list.session, fee.session])).toEqual(new Set(['grandpa']))
    const again = await ask(['联系电话', '--json', '--session', 'grandpa', '--db', db])
    expect(jsonLines(again.out)[0].projects).toEqual([list.projects[0]])
  })

  it('treats stdin lines as separate conversations without --session', async () => {
    const db = fixtureDb()
    const { out } = await ask(['--json', '--db', db], '我想学电工\n1\n')
    const [a, b] = jsonLines(out)
    expect(a.session).not.toBe(b.session)
    expect(b.projects).toEqual([])
  })

  it('prints plain text without --json and answers English with --lang en', async () => {
    const db = fixtureDb()
    const zh = await ask(['我想学人工智能', '--db', db])
    expect(zh.out).toMatch(/^1\. /m)
    expect(zh.out).toContain('回复数字看详情')
    const en = await ask(['2', '--lang', 'en', '--db', db])
    expect(en.out).toContain('Tell me what you want to learn')
  })

  it('rejects a wrong --lang with a clear message', async () => {
    const { code, err } = await ask(['你好', '--lang', 'fr', '--db', fixtureDb()])
    expect(code).toBe(1)
    expect(err).toContain('--lang 只能是 zh 或 en（收到“fr”）')
  })

  it('runs as a real process reading stdin', async () => {
    const db = fixtureDb()
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/learnfinder.js'), 'ask', '--json', '--session', 's1', '--db', db], {
      env: { ...process.env, LLM_BASE_URL: '' },
    })
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.stdin.end('我想学人工智能\n有适合老年人的吗\n')
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)))
    expect(code).toBe(0)
    const [, elderly] = jsonLines(out)
    expect(elderly.projects.length).toBeGreaterThan(0)
    expect(elderly.reply).toContain('老年人')
  })
})
