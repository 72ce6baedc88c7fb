/**
 * Operator logs: levels, JSON or text lines, and the redaction step — no bot
 * token, API key or raw user id may reach a log line, checked on the logger
 * itself and on a real `learnfinder serve` process in both formats.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PassThrough } from 'node:stream'
import { createLogger } from '../src/channels/shared/logger.js'
import { hashUserId } from '../src/channels/shared/redact.js'
import { FakeBotApi } from './fakes/fake-bot-api.js'
import { privateText, user } from './fakes/fake-bot-api-updates.js'
import { prepareServeDb, spawnServe } from './fakes/fake-bot-api-serve.js'

const TOKEN = '987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ'
const ADMIN = 424242

function capture() {
  const stream = new PassThrough()
  let text = ''
  stream.on('data', (c) => (text += c.toString()))
  return { stream, text: () => text }
}

describe('the operator logger', () => {
  it('drops lines below LOG_LEVEL and keeps the rest', () => {
    const out = capture()
    const log = createLogger(out.stream, { level: 'warn' })
    log.debug?.('a debug line')
    log.info('an info line')
    log.warn('a warning line')
    log.error('an error line', new Error('disk full'))
    expect(out.text()).not.toContain('debug line')
    expect(out.text()).not.toContain('info line')
    expect(out.text()).toMatch(/ warn a warning line\n/)
    expect(out.text()).toMatch(/ error an error line: disk full\n/)
  })

  it('writes one JSON object a line with level, time, message and fields', () => {
    const out = capture()
    createLogger(out.stream, { format: 'json', level: 'debug' }).debug?.('indexed', { projects: 7 })
    const line = JSON.parse(out.text().trim())
    expect(line).toMatchObject({ level: 'debug', msg: 'indexed', projects: 7, name: 'learnfinder' })
    expect(new Date(line.time).getTime()).not.toBeNaN()
  })

  it('hides tokens, keys and user ids in messages, errors and fields', () => {
    const out = capture()
    const log = createLogger(out.stream, { format: 'json', secrets: ['my-webhook-secret'], userIds: [String(ADMIN)] })
    log.warn(`calling https://api.telegram.org/bot${TOKEN}/getMe with my-webhook-secret for ${ADMIN}`)
    log.error('model failed', new Error('401 for key sk-abcdefghijklmnopqrstuvwx'), { userId: 5551234, chatId: '-100200300' })
    const text = out.text()
    for (const leak of [TOKEN, 'my-webhook-secret', String(ADMIN), 'sk-abcdefghijklmnopqrstuvwx', '5551234', '-100200300']) {
      expect(text).not.toContain(leak)
    }
    expect(text).toContain(hashUserId(ADMIN))
    expect(text).toContain(hashUserId(5551234))
  })
})

describe('learnfinder serve never logs the bot token or an admin id', () => {
  let api: FakeBotApi
  let db: ReturnType<typeof prepareServeDb>
  beforeAll(async () => {
    api = await new FakeBotApi().start()
    db = prepareServeDb()
  })
  afterAll(async () => {
    await api?.close()
    db?.cleanup()
  })

  for (const format of ['text', 'json'] as const) {
    it(`in ${format} format, even when the admin floods the bot`, async () => {
      const serve = spawnServe(db.db, {
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: api.root,
        TELEGRAM_ADMIN_IDS: String(ADMIN),
        LOG_LEVEL: 'debug',
        LOG_FORMAT: format,
      })
      try {
        await serve.waitForLog(/telegram: long polling started/)
        const admin = user(ADMIN)
        for (let i = 0; i < 22; i++) api.deliver(privateText(admin, `/start`))
        await serve.waitForLog(/over the rate limit/)
        const logs = serve.stderr() + serve.stdout()
        expect(logs).not.toContain(TOKEN)
        expect(logs).not.toContain(TOKEN.split(':')[1])
        expect(logs).not.toMatch(new RegExp(`(?<!\\d)${ADMIN}(?!\\d)`))
        expect(logs).toContain(hashUserId(ADMIN))
        if (format === 'json') {
          for (const line of serve.stderr().trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow()
        }
      } finally {
        serve.kill()
        await serve.exited
      }
    }, 60_000)
  }
})
