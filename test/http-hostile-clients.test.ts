/**
 * The HTTP channel against careless or hostile clients: rotating the
 * session does not dodge the rate limit (the caller's address has one too;
 * X-Forwarded-For counts only with TRUST_PROXY), trickling sockets are cut
 * off by the timeouts while others are still answered, and connections past
 * the cap are closed at once.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { connect, type Socket } from 'node:net'
import { createHttpChannel, type HttpChannel, type HttpChannelOptions } from '../src/channels/http/index.js'
import { silentLogger } from '../src/channels/shared/logger.js'
import { declareChannelPrompts, say } from '../src/channels/shared/channel-prompts.js'
import { loadPrompts } from '../src/prompts.js'
import { createScriptedEngine } from './fakes/channel-scripted-engine.js'

let http: HttpChannel | undefined
const sockets: Socket[] = []

async function start(options: Partial<HttpChannelOptions>): Promise<HttpChannel> {
  http = createHttpChannel(createScriptedEngine(), { prompts: loadPrompts(), port: 0, log: silentLogger, health: () => ({ ok: true }), ...options })
  await http.start()
  return http
}
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy()
  await http?.stop()
  http = undefined
})

const ask = (session: string, headers: Record<string, string> = {}) =>
  fetch(`${http!.url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ session, text: '我想学人工智能' }),
  })

/** Opens a socket that sends the start of a request and then one header byte every 300 ms, never finishing. */
function trickle(port: number): Promise<{ socket: Socket; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write('POST /api/chat HTTP/1.1\r\nHost: x\r\nX-Slow: ')
      const timer = setInterval(() => socket.writable && socket.write('a'), 300)
      const t0 = Date.now()
      const closed = new Promise<number>((r) => socket.once('close', () => (clearInterval(timer), r(Date.now() - t0))))
      resolve({ socket, closed })
    })
    socket.on('error', () => undefined)
    socket.once('error', reject)
    sockets.push(socket)
  })
}

const port = () => Number(new URL(http!.url).port)

describe('HTTP channel against hostile clients', () => {
  it('limits one address however many sessions it rotates through', async () => {
    await start({ rateLimitPerAddressPerMinute: 5 })
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) statuses.push((await ask(`rotating-${i}`)).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429])
    const body: any = await (await ask('yet-another')).json()
    expect(body.error).toBe('too many messages from this address')
    expect(body.text).toBe(say(declareChannelPrompts(loadPrompts()), 'zh', 'slow_down'))
  })

  it('ignores X-Forwarded-For unless TRUST_PROXY is set, and then limits each forwarded address', async () => {
    await start({ rateLimitPerAddressPerMinute: 2 })
    const spoofed = [1, 2, 3].map((i) => ask(`s${i}`, { 'x-forwarded-for': `10.0.0.${i}` }).then((r) => r.status))
    expect(await Promise.all(spoofed)).toEqual([200, 200, 429])
    await http!.stop()
    await start({ rateLimitPerAddressPerMinute: 2, trustProxy: true })
    const behindProxy = [1, 2, 3, 1, 1].map((i) => ask(`p${i}-${Math.random()}`, { 'x-forwarded-for': `203.0.113.9, 10.0.0.${i}` }))
    expect(await Promise.all(behindProxy.map((p) => p.then((r) => r.status)))).toEqual([200, 200, 200, 200, 429])
  })

  it('answers others while 200 sockets trickle their headers, and cuts the trickling ones off', async () => {
    await start({ requestTimeoutMs: 2000, rateLimitPerAddressPerMinute: 1000 })
    const slow = await Promise.all(Array.from({ length: 200 }, () => trickle(port())))
    const t0 = Date.now()
    const res = await ask('patient-learner')
    const answeredIn = Date.now() - t0
    expect(res.status).toBe(200)
    const closedAfter = await Promise.all(slow.map((s) => s.closed))
    console.log(`200 trickling sockets: a normal request answered in ${answeredIn} ms; all trickling sockets closed by ${Math.max(...closedAfter)} ms`)
    expect(answeredIn).toBeLessThan(1000)
    expect(Math.max(...closedAfter)).toBeLessThan(5000)
  })

  it('closes connections past the cap at once and serves again when they are gone', async () => {
    await start({ maxConnections: 20, rateLimitPerAddressPerMinute: 1000 })
    const held = await Promise.all(Array.from({ length: 20 }, () => trickle(port())))
    const extra = await trickle(port())
    expect(await extra.closed).toBeLessThan(1000)
    for (const h of held) h.socket.destroy()
    await Promise.all(held.map((h) => h.closed))
    expect((await ask('after-the-flood')).status).toBe(200)
  })
})
