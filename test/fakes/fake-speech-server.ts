/**
 * @module test/fakes/fake-speech-server
 * A fake OpenAI-compatible speech server on 127.0.0.1:
 * - POST /v1/audio/transcriptions checks the multipart fields (file, model,
 *   language, response_format=json) and that `file` is a 16 kHz mono 16-bit
 *   WAV, then answers the text of the registered clip whose length is closest
 *   to the audio's (within 5%) (so a wrongly decoded note gets no answer);
 * - POST /v1/audio/speech answers OGG/Opus for response_format=opus and WAV
 *   otherwise, from a clip the test made.
 * `mode = 'down'` drops every connection, as a dead server would.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One transcription request as received. */
export interface TranscriptionCall {
  fields: Record<string, string>
  wav: { sampleRate: number; channels: number; bits: number; seconds: number }
  answered: string | null
}

/** One speech request as received. */
export interface SpeechCall {
  body: Record<string, unknown>
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

/** The fake; `baseUrl` is what goes into STT_BASE_URL / TTS_BASE_URL. */
export class FakeSpeechServer {
  readonly transcriptions: TranscriptionCall[] = []
  readonly speeches: SpeechCall[] = []
  /** Problems found in requests (a test asserts this stays empty). */
  readonly problems: string[] = []
  mode: 'up' | 'down' = 'up'
  baseUrl = ''
  private server?: Server
  private clips: { seconds: number; text: string }[] = []
  private voice: { ogg: Buffer; wav: Buffer } | undefined
  private listeners: (() => void)[] = []

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      if (this.mode === 'down') return void req.socket.destroy()
      void this.route(req).then(
        ({ status, type, body }) => {
          res.writeHead(status, { 'content-type': type })
          res.end(body)
          for (const l of [...this.listeners]) l()
        },
        (err: Error) => {
          res.writeHead(500, { 'content-type': 'application/json' })
          res.end(JSON.stringify({ error: { message: err.message } }))
        },
      )
    })
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r))
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`
    return this
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()))
  }

  /** Registers what is said in a clip of `seconds` length. */
  knows(seconds: number, text: string): void {
    this.clips.push({ seconds, text })
  }

  /** The audio /audio/speech answers with. */
  speaksWith(voice: { ogg: Buffer; wav: Buffer }): void {
    this.voice = voice
  }

  /** Resolves once `count` transcription requests have been answered. */
  waitForTranscriptions(count: number, ms = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.transcriptions.length < count) return
        clearTimeout(timer)
        this.listeners = this.listeners.filter((l) => l !== check)
        resolve()
      }
      const timer = setTimeout(() => reject(new Error(`only ${this.transcriptions.length} transcriptions within ${ms} ms`)), ms)
      this.listeners.push(check)
      check()
    })
  }

  private async route(req: IncomingMessage): Promise<{ status: number; type: string; body: string | Buffer }> {
    const raw = await readBody(req)
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (req.method === 'POST' && path === '/v1/audio/transcriptions') return this.transcribe(req, raw)
    if (req.method === 'POST' && path === '/v1/audio/speech') {
      const body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>
      this.speeches.push({ body })
      if (!this.voice) return { status: 500, type: 'text/plain', body: 'no voice configured' }
      if (typeof body.input !== 'string' || !body.input) this.problems.push('speech without input text')
      const opus = body.response_format === 'opus'
      return { status: 200, type: opus ? 'audio/ogg' : 'audio/wav', body: opus ? this.voice.ogg : this.voice.wav }
    }
    return { status: 404, type: 'text/plain', body: 'not found' }
  }

  private async transcribe(req: IncomingMessage, raw: Buffer) {
    const form = await new Request('http://x', { method: 'POST', headers: { 'content-type': String(req.headers['content-type']) }, body: raw }).formData()
    const fields: Record<string, string> = {}
    let file: Buffer | undefined
    for (const [k, v] of form.entries()) {
      if (typeof v === 'string') fields[k] = v
      else if (k === 'file') file = Buffer.from(await v.arrayBuffer())
    }
    if (!file) this.problems.push('no file field')
    if (!fields.model) this.problems.push('no model field')
    if (!fields.language) this.problems.push('no language field')
    if (fields.response_format !== 'json') this.problems.push(`response_format ${fields.response_format}`)
    const wav = file ? wavHeader(file) : { sampleRate: 0, channels: 0, bits: 0, seconds: 0 }
    if (wav.sampleRate !== 16_000 || wav.channels !== 1 || wav.bits !== 16) this.problems.push(`file is not 16 kHz mono 16-bit WAV: ${JSON.stringify(wav)}`)
    const off = (c: { seconds: number }) => Math.abs(c.seconds - wav.seconds) / c.seconds
    const match = this.clips.filter((c) => off(c) < 0.05).sort((a, b) => off(a) - off(b))[0]
    this.transcriptions.push({ fields, wav, answered: match?.text ?? null })
    return { status: 200, type: 'application/json', body: JSON.stringify({ text: match?.text ?? '' }) }
  }
}

function wavHeader(file: Buffer) {
  const ok = file.toString('latin1', 0, 4) === 'RIFF' && file.toString('latin1', 8, 12) === 'WAVE' && file.toString('latin1', 12, 16) === 'fmt '
  if (!ok) return { sampleRate: 0, channels: 0, bits: 0, seconds: 0 }
  const sampleRate = file.readUInt32LE(24)
  const channels = file.readUInt16LE(22)
  const bits = file.readUInt16LE(34)
  const dataBytes = file.toString('latin1', 36, 40) === 'data' ? file.readUInt32LE(40) : 0
  return { sampleRate, channels, bits, seconds: dataBytes / (sampleRate * channels * (bits / 8) || 1) }
}
