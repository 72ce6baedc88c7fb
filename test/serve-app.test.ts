/**
 * createApp in-process: the wiring used by `serve`, with an extension the
 * way the staff layer plugs in (turn log, engine wrapper, start/stop hooks).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../src/main.js'
import { loadConfig } from '../src/config.js'
import { silentLogger } from '../src/channels/shared/logger.js'
import type { HttpChannel } from '../src/channels/http/index.js'
import type { TurnRecord } from '../src/dialogue/create-chat-engine.js'
import { prepareServeDb } from './fakes/fake-bot-api-serve.js'

let db: ReturnType<typeof prepareServeDb>
let app: App
const turns: TurnRecord[] = []
const events: string[] = []

beforeAll(async () => {
  db = prepareServeDb()
  app = await createApp(loadConfig({ HTTP_ENABLED: '1', HTTP_PORT: '0' }), {
    dbPath: db.db,
    log: silentLogger,
    extensions: [
      (parts) => ({
        onTurn: (t) => void turns.push(t),
        wrapEngine: (engine) => ({
          handle: async (m) =>
            m.text === '/kb'
              ? { lang: 'zh', clarify: false, projects: [], parts: [{ type: 'text', text: `目录共 ${(await parts.store.count()).active} 个项目` }] }
              : engine.handle(m),
          forget: (channel, userId) => engine.forget(channel, userId),
          present: (chat, deliver) => engine.present(chat, deliver),
        }),
        started: (a) => void events.push(`started:${a.channels.map((c) => c.name).join(',')}`),
        stopping: () => void events.push('stopping'),
      }),
    ],
  })
  await app.start()
})
afterAll(async () => {
  await app?.stop()
  db?.cleanup()
})

const chat = async (text: string) => {
  const http = app.channels.find((c) => c.name === 'http') as HttpChannel
  const res = await fetch(`${http.url}/api/chat`, { method: 'POST', body: JSON.stringify({ session: 'ext', text }) })
  return (await res.json()) as { text: string }
}

describe('createApp with an extension', () => {
  it('starts only the configured channel and tells the extension', () => {
    expect(app.channels.map((c) => c.name)).toEqual(['http'])
    expect(events).toEqual(['started:http'])
  })

  it('lets the extension wrap the engine and log every learner turn', async () => {
    expect((await chat('/kb')).text).toBe('目录共 7 个项目')
    expect((await chat('我想学电工')).text).toContain('农村电工安全用电培训')
    expect(turns.map((t) => t.message.text)).toEqual(['我想学电工'])
    expect(turns[0].matched).toBe(true)
  })

  it('stops the extension before closing the database, once', async () => {
    await app.stop()
    await app.stop()
    expect(events).toEqual(['started:http', 'stopping'])
    expect(app.db.open).toBe(false)
  })
})
