import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchRequest, SearchService } from '../src/search/types.js'
import { openRig, tempDbPath, type EngineRig } from './fixtures/dialogue-setup.js'

let rig: EngineRig
let tmp: ReturnType<typeof tempDbPath>
let counted: EngineRig
const requests: SearchRequest[] = []
let understood = 0

beforeAll(async () => {
  tmp = tempDbPath()
  rig = await openRig(tmp.path)
  // The same real search service, seen through a wrapper that counts understandings and keeps requests.
  const watched: SearchService = {
    ...rig.search,
    understand: (text) => { understood++; return rig.search.understand(text) },
    search: (request) => { requests.push(request); return rig.search.search(request) },
  }
  counted = await openRig(tmp.path, { engine: { search: watched } })
})
afterAll(() => {
  counted.close()
  rig.close()
  tmp.cleanup()
})

describe('understanding a message once per turn', () => {
  it('uses the understanding it is given for the same text instead of understanding again', async () => {
    const u = rig.search.understand('我想学人工智能')
    const given = await rig.search.search({ text: '我想学人工智能', understanding: u, k: 3 })
    expect(given.understanding).toBe(u)
    const plain = await rig.search.search({ text: '我想学人工智能', k: 3 })
    expect(given.hits.map((h) => h.project.id)).toEqual(plain.hits.map((h) => h.project.id))
  })

  it('understands the text itself when the understanding given is of another text', async () => {
    const other = rig.search.understand('学书法')
    const r = await rig.search.search({ text: '我想学人工智能', understanding: other, k: 3 })
    expect(r.understanding).not.toBe(other)
    expect(r.understanding.text).toBe('我想学人工智能')
  })

  it('passes the turn\'s understanding to the search for a fresh request, understanding the message once', async () => {
    understood = 0
    requests.length = 0
    const reply = await counted.say('我想学人工智能', 'once-1')
    expect(reply.projects.length).toBeGreaterThan(0)
    expect(understood).toBe(1)
    expect(requests[0].understanding?.text).toBe('我想学人工智能')
  })
})
