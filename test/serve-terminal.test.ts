/**
 * `learnfinder serve` with no channel configured: the terminal chat over
 * piped stdin (what `echo ... | npm start` does), and start-up refusing a
 * wrong environment variable with one clear line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../src/paths.js'
import { cleanEnv, prepareServeDb, spawnServe } from './fakes/fake-bot-api-serve.js'

let db: ReturnType<typeof prepareServeDb>
beforeAll(() => {
  db = prepareServeDb()
})
afterAll(() => db?.cleanup())

describe('learnfinder serve without channels', () => {
  it('chats over piped stdin in numbered text and exits 0 at the end of input', async () => {
    const serve = spawnServe(db.db, {}, 'pipe')
    try {
      serve.child.stdin!.end('我想学人工智能\n有适合老年人的吗\n1\n')
      const { code } = await serve.exited
      expect(code).toBe(0)
      const out = serve.stdout()
      expect(out.startsWith('您好！我是学习项目小助手')).toBe(true)
      expect(out).toContain('1. 人工智能通识课')
      expect(out).toContain('老年人也能用的AI助手')
      expect(out).toContain('电话报名')
      expect(out.trim().endsWith('再见，欢迎常来！')).toBe(true)
      expect(serve.stderr()).toContain('starting: terminal')
    } finally {
      serve.kill()
    }
  })

  it('greets in English when LEARNFINDER_LANG=en', async () => {
    const serve = spawnServe(db.db, { LEARNFINDER_LANG: 'en' }, 'pipe')
    try {
      serve.child.stdin!.end('')
      expect((await serve.exited).code).toBe(0)
      expect(serve.stdout()).toContain('Hello! I help you find lifelong-learning projects.')
    } finally {
      serve.kill()
    }
  })

  it('refuses to start on a wrong variable with one line naming it', () => {
    const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'learnfinder.js'), 'serve', '--db', db.db], {
      env: cleanEnv({ HTTP_ENABLED: '1', HTTP_PORT: 'eighty' }),
      encoding: 'utf8',
    })
    expect(r.status).toBe(1)
    expect(r.stderr.trim()).toBe('learnfinder serve: 环境变量 HTTP_PORT 应该是一个数字（现在是 "eighty"）。')
    const en = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'learnfinder.js'), 'serve', '--db', db.db, '--lang', 'en'], {
      env: cleanEnv({ HTTP_ENABLED: '1', HTTP_PORT: 'eighty' }),
      encoding: 'utf8',
    })
    expect(en.stderr.trim()).toBe('learnfinder serve: HTTP_PORT: must be a port number (got "eighty")')
  })
})
