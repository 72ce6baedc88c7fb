import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHttpChannel, type HttpChannel } from '../src/channels/http/index.js'
import { silentLogger } from '../src/channels/shared/logger.js'
import { loadPrompts } from '../src/prompts.js'
import { createScriptedEngine } from './fakes/channel-scripted-engine.js'

let http: HttpChannel

beforeAll(async () => {
  http = createHttpChannel(createScriptedEngine(), {
    prompts: loadPrompts(),
    port: 0,
    log: silentLogger,
    health: () => ({ ok: true }),
    prefixRoutes: { '/admin': (req, res) => void res.end(`console saw ${req.url}`) },
  })
  await http.start()
})
afterAll(() => http.stop())

describe('HTTP channel prefix routes', () => {
  it('hand every path under the prefix to its handler, with the query, and nothing that merely starts alike', async () => {
    expect(await (await fetch(`${http.url}/admin`)).text()).toBe('console saw /admin')
    expect(await (await fetch(`${http.url}/admin/catalogue/LF-1?page=2`)).text()).toBe('console saw /admin/catalogue/LF-1?page=2')
    const other = await fetch(`${http.url}/administrator`)
    expect(other.status).toBe(404)
    expect((await fetch(`${http.url}/healthz`)).status).toBe(200)
  })
})
