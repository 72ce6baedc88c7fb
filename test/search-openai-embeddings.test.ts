import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { OpenAICompatibleEmbeddings, embeddingsFromConfig } from '../src/search/openai-embeddings.js'
import { createSearchService } from '../src/search/create-search-service.js'
import { PROJECTS, regions, taxonomy, tempCatalogue } from './search-fixtures.js'

/** A fake /v1/embeddings: a 3-d vector per text from keyword counts, so similarity is predictable. */
const seen: { auth?: string; model: string; input: string[] }[] = []
let mode: 'ok' | 'garbage' | 'unauthorized' = 'ok'
const vectorOf = (t: string) => [/挂号|就医|smartphone/.test(t) ? 1 : 0, /光伏|电工|充电/.test(t) ? 1 : 0, /AI|人工智能|大模型/i.test(t) ? 1 : 0.01]
const body = (req: IncomingMessage) => new Promise<string>((resolve) => {
  let s = ''
  req.on('data', (c) => (s += c))
  req.on('end', () => resolve(s))
})
let server: Server
let baseUrl: string
beforeAll(async () => {
  server = createServer(async (req, res) => {
    const json = JSON.parse(await body(req)) as { model: string; input: string[] }
    seen.push({ auth: req.headers.authorization, ...json })
    if (req.url !== '/v1/embeddings') return void res.writeHead(404).end('no such route')
    if (mode === 'unauthorized') return void res.writeHead(401).end('{"error":"bad key"}')
    res.writeHead(200, { 'content-type': 'application/json' })
    if (mode === 'garbage') return void res.end('{"result": "ok"}')
    // Answer in reverse order: clients must use `index`, not position.
    res.end(JSON.stringify({ data: json.input.map((t, index) => ({ index, embedding: vectorOf(t) })).reverse() }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('OpenAI-compatible embeddings', () => {
  it('posts the model and texts with the API key and puts vectors back in input order', async () => {
    mode = 'ok'
    const e = new OpenAICompatibleEmbeddings({ baseUrl: baseUrl + '/', model: 'bge-m3', apiKey: 'sk-test', batchSize: 2 })
    const v = await e.embedDocuments(['学手机挂号', '光伏运维', 'AI写作'])
    expect(v).toEqual([[1, 0, 0.01], [0, 1, 0.01], [0, 0, 1]])
    expect(seen.at(-1)).toMatchObject({ auth: 'Bearer sk-test', model: 'bge-m3', input: ['AI写作'] })
    expect(await e.embedQuery('')).toEqual([0, 0, 0.01])
  })

  it('fails clearly on a response that is not OpenAI-shaped', async () => {
    mode = 'garbage'
    const e = new OpenAICompatibleEmbeddings({ baseUrl, model: 'm' })
    await expect(e.embedQuery('x')).rejects.toThrow('not OpenAI-shaped')
  })

  it('does not retry a rejected key and names the status', async () => {
    mode = 'unauthorized'
    const before = seen.length
    await expect(new OpenAICompatibleEmbeddings({ baseUrl, model: 'm' }).embedQuery('x')).rejects.toThrow('answered 401')
    expect(seen.length - before).toBe(1)
  })

  it('is chosen by EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL together, or not at all', () => {
    expect(embeddingsFromConfig({})).toBeUndefined()
    expect(embeddingsFromConfig({ EMBEDDINGS_BASE_URL: baseUrl, EMBEDDINGS_MODEL: 'm' })?.signature()).toBe(`openai-compatible:${baseUrl}/embeddings:m`)
    expect(() => embeddingsFromConfig({ EMBEDDINGS_MODEL: 'm' })).toThrow('must be set together')
  })

  it('drives the search service when configured', async () => {
    mode = 'ok'
    const c = tempCatalogue()
    try {
      const embeddings = new OpenAICompatibleEmbeddings({ baseUrl, model: 'fake' })
      const search = await createSearchService({ db: c.db, store: c.store, taxonomy, regions, embeddings })
      expect((await search.vectorOnly('挂号就医', 2)).sort()).toEqual(['P01', 'P02'])
      search.close()
      const again = await createSearchService({ db: c.db, store: c.store, taxonomy, regions, embeddings })
      expect(again.vectorIndexSource()).toBe('loaded')
      again.close()
      const other = await createSearchService({ db: c.db, store: c.store, taxonomy, regions, embeddings: new OpenAICompatibleEmbeddings({ baseUrl, model: 'other' }) })
      expect(other.vectorIndexSource()).toBe('built')
      other.close()
    } finally {
      c.cleanup()
    }
  })

  it('sends only changed projects again after an import, in the same process and after a restart', async () => {
    mode = 'ok'
    const c = tempCatalogue()
    const sent = () => seen.reduce((n, r) => n + r.input.length, 0)
    try {
      const embeddings = new OpenAICompatibleEmbeddings({ baseUrl, model: 'incremental' })
      let before = sent()
      const search = await createSearchService({ db: c.db, store: c.store, taxonomy, regions, embeddings })
      expect(sent() - before).toBe(PROJECTS.filter((p) => p.status === 'active').length)
      const p03 = PROJECTS.find((p) => p.id === 'P03')!
      await c.store.applyImport([{ ...p03, summary: p03.summary + '新增储能电站巡检。' }], { who: 'test', files: [] })
      before = sent()
      await search.refresh()
      expect(sent() - before).toBe(1)
      search.close()
      const p04 = PROJECTS.find((p) => p.id === 'P04')!
      await c.store.applyImport([{ ...p04, title: p04.title + '（新版）' }], { who: 'test', files: [] })
      before = sent()
      const again = await createSearchService({ db: c.db, store: c.store, taxonomy, regions, embeddings })
      expect(sent() - before).toBe(1)
      expect(again.vectorIndexSource()).toBe('built')
      again.close()
    } finally {
      c.cleanup()
    }
  })
})
