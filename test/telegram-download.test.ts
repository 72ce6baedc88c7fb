/**
 * The admin upload's download from the Bot API file server: refused before
 * downloading when the reported size is too big, given up with a clear
 * message when the server stalls, and cut off when it sends more than allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { downloadFile, DownloadError } from '../src/channels/telegram/download-file.js'

let server: Server
let base: string
const hits: string[] = []
const stalled: ServerResponse[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url!)
    if (req.url === '/stall') {
      res.writeHead(200, { 'content-type': 'text/csv' })
      res.write('编号,项目名称\n')
      stalled.push(res) // never ends
    } else if (req.url === '/big-declared') {
      res.writeHead(200, { 'content-length': String(50 * 1048576) })
      res.write('x')
    } else if (req.url === '/endless') {
      res.writeHead(200)
      const chunk = Buffer.alloc(64 * 1024, 'a')
      const pump = () => { while (res.write(chunk)); }
      res.on('drain', pump)
      pump()
    } else {
      res.end('编号,项目名称\nA1,课程\n')
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  for (const r of stalled) r.destroy()
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
})

describe('Telegram file download', () => {
  it('downloads a normal file', async () => {
    expect((await downloadFile(`${base}/ok`, { maxBytes: 1024 })).toString()).toContain('A1,课程')
  })

  it('refuses a file whose reported size is too big without downloading it', async () => {
    const before = hits.length
    await expect(downloadFile(`${base}/ok`, { maxBytes: 1024, declaredBytes: 30 * 1048576 })).rejects.toThrow(/30\.0 MB, more than the 0\.0 MB allowed/)
    expect(hits.length).toBe(before)
  })

  it('gives up a stalled download after the timeout with a message saying so', async () => {
    const t0 = Date.now()
    const err = await downloadFile(`${base}/stall`, { maxBytes: 1024, timeoutMs: 500 }).catch((e) => e)
    expect(err).toBeInstanceOf(DownloadError)
    expect(err.message).toMatch(/did not finish within 1 s/)
    expect(Date.now() - t0).toBeLessThan(3000)
  })

  it('refuses a too-long content-length and cuts off a body that grows past the limit', async () => {
    await expect(downloadFile(`${base}/big-declared`, { maxBytes: 1048576 })).rejects.toThrow(/50\.0 MB, more than the 1\.0 MB allowed/)
    await expect(downloadFile(`${base}/endless`, { maxBytes: 1048576, timeoutMs: 10_000 })).rejects.toThrow(/more than the 1\.0 MB allowed/)
  })
})
