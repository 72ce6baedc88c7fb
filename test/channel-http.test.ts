import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHttpChannel, type HttpChannel } from '../src/channels/http/index.js'
import { silentLogger } from '../src/channels/shared/logger.js'
import { loadPrompts } from '../src/prompts.js'
import { createScriptedEngine } from './fakes/channel-scripted-engine.js'

const engine = createScriptedEngine()
let http: HttpChannel
let healthy = true

beforeAll(async () => {
  http = createHttpChannel(engine, {
    prompts: loadPrompts(),
    port: 0,
    log: silentLogger,
    health: () => ({ ok: healthy, db: healthy ? 'ok' : 'closed', index: 'ready' }),
    routes: { '/extra': (_req, res) => void res.end('extra route') },
  })
  await http.start()
})
afterAll(() => http.stop())

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${http.url}/api/chat`, { method: 'POST', headers, body })

describe('HTTP channel', () => {
  it('holds a conversation over /api/chat with structured parts and plain text', async () => {
    const first = await post(JSON.stringify({ session: 'web-1', text: '我想学人工智能' }))
    expect(first.status).toBe(200)
    const body: any = await first.json()
    expect(body.reply.parts[1]).toMatchObject({ type: 'projects', items: [{ n: 1, id: 'p1' }, { n: 2 }, { n: 3 }] })
    expect(body.reply.projects.map((p: { id: string }) => p.id)).toEqual(['p1', 'p2', 'p3'])
    expect(body.text).toContain('回复数字看详情')
    expect(body.text).not.toContain('也可以回复')

    const second: any = await (await post(JSON.stringify({ session: 'web-1', text: '2' }))).json()
    expect(second.reply.projects).toEqual([{ id: 'p2', title: '项目2' }])
    expect(engine.seen.at(-1)).toMatchObject({ channel: 'http', userId: 'web-1', chatId: 'web-1', text: '2' })
  })

  it('returns 400 with a clear message for a body that is not JSON', async () => {
    const res = await post('{"session": "x", text: oops')
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).error).toMatch(/^the body is not valid JSON/)
  })

  it('returns 400 naming the field when a field is wrong or missing', async () => {
    const missing = await post(JSON.stringify({ text: '你好' }))
    expect(missing.status).toBe(400)
    expect(((await missing.json()) as any).error).toBe('session: must be a string naming the conversation')
    const notObject = await post('[1,2]')
    expect(((await notObject.json()) as any).error).toBe('the body must be a JSON object {"session": "...", "text": "..."}')
  })

  it('returns 413 for an oversized body', async () => {
    const res = await post(JSON.stringify({ session: 's', text: 'x'.repeat(20_000) }))
    expect(res.status).toBe(413)
    expect(((await res.json()) as any).error).toMatch(/larger than 16384 bytes/)
  })

  it('asks to shorten a text over 1000 characters instead of searching', async () => {
    const res = await post(JSON.stringify({ session: 's2', text: '学'.repeat(1001) }))
    expect(((await res.json()) as any).text).toBe('您的消息有点长，请缩短到 1000 个字以内再发给我。')
  })

  it('reports health on /healthz: 200 when ready, 503 when not', async () => {
    const ok = await fetch(`${http.url}/healthz`)
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ ok: true, db: 'ok', index: 'ready' })
    healthy = false
    const bad = await fetch(`${http.url}/healthz`)
    expect(bad.status).toBe(503)
    healthy = true
  })

  it('answers 429 with a slow-down sentence past 20 messages a minute in one session', async () => {
    const statuses: number[] = []
    let last: any
    for (let i = 0; i < 21; i++) {
      const res = await post(JSON.stringify({ session: 'flood', text: `第${i}条` }))
      statuses.push(res.status)
      last = await res.json()
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(20)
    expect(statuses[20]).toBe(429)
    expect(last.text).toBe('您发得有点快，请稍等一分钟再发，我会继续为您服务。')
  })

  it('serves mounted routes and 404 for unknown paths', async () => {
    expect(await (await fetch(`${http.url}/extra`)).text()).toBe('extra route')
    expect((await fetch(`${http.url}/nope`)).status).toBe(404)
  })
})
