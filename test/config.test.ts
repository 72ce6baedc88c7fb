import { describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config.js'
import { UserError } from '../src/errors.js'
import { errorText } from '../src/prompts.js'
import { cliPrompts } from '../src/cli/cli-text.js'

describe('loadConfig', () => {
  it('gives defaults when nothing is set', () => {
    const cfg = loadConfig({})
    expect(cfg.LEARNFINDER_DB).toBe('data/learnfinder.db')
    expect(cfg.HTTP_PORT).toBe(3000)
    expect(cfg.HTTP_HOST).toBe('127.0.0.1')
    expect(cfg.LLM_TIMEOUT_MS).toBe(8000)
    expect(cfg.TELEGRAM_ADMIN_IDS).toEqual([])
    expect(cfg.WECHAT_ENABLED).toBe(false)
  })

  it('splits admin id lists on commas and spaces', () => {
    expect(loadConfig({ TELEGRAM_ADMIN_IDS: '12, 34 56' }).TELEGRAM_ADMIN_IDS).toEqual(['12', '34', '56'])
  })

  it('takes a PostgreSQL DATABASE_URL and refuses any other kind of URL', () => {
    expect(loadConfig({}).DATABASE_URL).toBeUndefined()
    expect(loadConfig({ DATABASE_URL: 'postgres://lf:pw@db:5432/lf' }).DATABASE_URL).toBe('postgres://lf:pw@db:5432/lf')
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/lf' }).DATABASE_POOL_MAX).toBe(10)
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/lf' })).toThrowError(/^DATABASE_URL: must be a PostgreSQL URL/)
    expect(() => loadConfig({ DATABASE_POOL_MAX: '0' })).toThrowError(/^DATABASE_POOL_MAX:/)
  })

  it('names the variable when a port is not a number', () => {
    expect(() => loadConfig({ HTTP_PORT: 'abc' })).toThrowError(/^HTTP_PORT: must be a port number/)
  })

  it('names the variable when a URL is malformed', () => {
    expect(() => loadConfig({ TELEGRAM_API_ROOT: 'not a url' })).toThrowError(/^TELEGRAM_API_ROOT:/)
  })

  it('refuses a webhook without a secret', () => {
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg' })).toThrowError(
      /TELEGRAM_WEBHOOK_SECRET/,
    )
  })

  it('reports mistakes as user errors, not crashes', () => {
    try {
      loadConfig({ WECHAT_ENABLED: 'maybe' })
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(UserError)
      expect((err as Error).message).toMatch(/^WECHAT_ENABLED: must be 1 or 0/)
    }
  })
})

describe('LLM_MODEL', () => {
  it('is required when LLM_BASE_URL is set, since no default model fits a local server', () => {
    expect(() => loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' })).toThrowError(/^LLM_MODEL: must be set when LLM_BASE_URL is set/)
    expect(loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'qwen2.5:7b' }).LLM_MODEL).toBe('qwen2.5:7b')
  })

  it('says a wrong variable to staff in Chinese by default and keeps the English line for --lang en', () => {
    const told = (env: Record<string, string>, lang: 'zh' | 'en') => {
      try {
        loadConfig(env)
      } catch (err) {
        return errorText(cliPrompts(), lang, err)
      }
      throw new Error('expected the configuration to be refused')
    }
    expect(told({ HTTP_PORT: 'abc' }, 'zh')).toBe('环境变量 HTTP_PORT 应该是一个数字（现在是 "abc"）。')
    expect(told({ HTTP_PORT: 'abc' }, 'en')).toMatch(/^HTTP_PORT: must be a port number \(got "abc"\)$/)
    expect(told({ DATABASE_POOL_MAX: '0' }, 'zh')).toBe('环境变量 DATABASE_POOL_MAX 的值太小（现在是 "0"）：不能小于 1。')
    expect(told({ LOG_LEVEL: 'loud' }, 'zh')).toBe('环境变量 LOG_LEVEL 的值不对（现在是 "loud"）：只能是 debug / info / warn / error 之一。')
    expect(told({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' }, 'zh')).toContain('还必须设置 LLM_MODEL')
    expect(told({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' }, 'en')).toMatch(/^LLM_MODEL: must be set when LLM_BASE_URL is set/)
  })
})
