/**
 * @module test/fakes/fake-openai-server
 * A tiny OpenAI-compatible server on 127.0.0.1 speaking POST
 * /v1/chat/completions, so the real ChatOpenAI client is exercised over a
 * real socket: good answers, invented details, slow answers, errors. Each
 * test decides the answer per request and can read what was sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One chat message as the client sent it. */
export interface SentMessage {
  role: string
  content: string
}

/** What the server does with one request. */
export type FakeAnswer =
  | { content: string; delayMs?: number }
  | { status: number; body?: string }

/** A running fake server. */
export interface FakeOpenAIServer {
  /** Base URL to give the client, ending in /v1. */
  baseUrl: string
  /** Every request body received, in order. */
  requests: { model: string; messages: SentMessage[] }[]
  close(): Promise<void>
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = ''
    req.setEncoding('utf8')
    req.on('data', (c: string) => (data += c))
    req.on('end', () => resolve(data))
    req.on('error', reject)
  })
}

function completion(model: string, content: string) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  }
}

/** Starts the server; `answer` decides each reply from the messages received. */
export async function startFakeOpenAIServer(
  answer: (messages: SentMessage[]) => FakeAnswer,
): Promise<FakeOpenAIServer> {
  const requests: FakeOpenAIServer['requests'] = []
  const timers = new Set<NodeJS.Timeout>()
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}')
      return
    }
    const body = JSON.parse(await readBody(req)) as { model: string; messages: SentMessage[] }
    requests.push({ model: body.model, messages: body.messages })
    const out = answer(body.messages)
    if ('status' in out) {
      res.writeHead(out.status, { 'content-type': 'application/json' })
      res.end(out.body ?? JSON.stringify({ error: { message: 'fake failure', type: 'server_error' } }))
      return
    }
    const send = () => {
      if (res.destroyed) return
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(body.model, out.content)))
    }
    if (out.delayMs) {
      const t = setTimeout(() => {
        timers.delete(t)
        send()
      }, out.delayMs)
      timers.add(t)
    } else send()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t)
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
