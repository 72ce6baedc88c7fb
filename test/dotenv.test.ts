import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { loadDotEnv } from '../src/dotenv.js'
import { PACKAGE_ROOT } from '../src/paths.js'

describe('.env', () => {
  it('adds the variables of .env that the environment does not set already', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-env-'))
    writeFileSync(join(dir, '.env'), '# settings\nHTTP_PORT=3100\nLEARNFINDER_LANG="en"\nLOG_SALT=\n')
    const env: Record<string, string | undefined> = { HTTP_PORT: '4000' }
    expect(loadDotEnv(dir, env)).toBe(join(dir, '.env'))
    expect(env).toEqual({ HTTP_PORT: '4000', LEARNFINDER_LANG: 'en', LOG_SALT: '' })
  })

  it('changes nothing when there is no .env', () => {
    const env = { A: '1' }
    expect(loadDotEnv(mkdtempSync(join(tmpdir(), 'lf-env-')), env)).toBeUndefined()
    expect(env).toEqual({ A: '1' })
  })

  it('is read by the learnfinder command from the folder it runs in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-env-'))
    // A wrong value in .env must stop the command naming the variable: proof that the file was read.
    writeFileSync(join(dir, '.env'), 'LEARNFINDER_LANG=fr\n')
    const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin/learnfinder.js'), 'ask', '你好', '--db', join(dir, 'x.db')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LEARNFINDER_LANG: undefined, LEARNFINDER_DB: undefined },
      timeout: 60_000,
    })
    expect(r.stderr).toMatch(/环境变量 LEARNFINDER_LANG 的值不对（现在是 "fr"）/)
    expect(r.status).not.toBe(0)
  })
})
