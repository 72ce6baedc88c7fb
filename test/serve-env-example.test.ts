import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { envSchema, loadConfig } from '../src/config.js'
import { PACKAGE_ROOT } from '../src/paths.js'

function readExample(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const line of readFileSync(join(PACKAGE_ROOT, '.env.example'), 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line)
    if (m) env[m[1]] = m[2]
  }
  return env
}

describe('.env.example', () => {
  it('lists every variable learnfinder reads', () => {
    const listed = readExample()
    expect(Object.keys(envSchema.shape).filter((k) => !(k in listed))).toEqual([])
  })

  it('is itself a valid configuration that starts the terminal chat only', () => {
    const cfg = loadConfig(readExample())
    expect(cfg.TELEGRAM_BOT_TOKEN).toBeUndefined()
    expect(cfg.WECHAT_ENABLED).toBe(false)
    expect(cfg.HTTP_ENABLED).toBe(false)
  })
})
