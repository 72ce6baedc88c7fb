/**
 * @module voice/openai-transcriber
 * Speech to text through any OpenAI-compatible `/audio/transcriptions`
 * endpoint: a self-hosted whisper.cpp or faster-whisper server, or a cloud
 * service. It POSTs multipart form data: `file` (16 kHz mono 16-bit WAV),
 * `model`, `language`, `response_format=json`, and reads `{"text": ...}`.
 * One retry after a network error, a timeout or a 5xx; never more, so a
 * learner waits at most about twice the timeout before the kind reply.
 */
import { z } from 'zod'
import { writeWav } from './wav.js'
import { checkTranscript, type TranscribeRequest, type Transcriber } from './transcriber.js'

/** Where and how to reach the endpoint (STT_BASE_URL, STT_MODEL, STT_API_KEY). */
export interface OpenAITranscriberOptions {
  /** e.g. http://127.0.0.1:8080/v1 — `/audio/transcriptions` is appended. */
  baseUrl: string
  model?: string
  apiKey?: string
  /** Per attempt (default 20 000 ms). */
  timeoutMs?: number
}

const answerSchema = z.object({ text: z.string() }).passthrough()

class RetryableError extends Error {}

/** Creates the OpenAI-compatible transcriber; nothing is sent until `transcribe`. */
export function createOpenAITranscriber(options: OpenAITranscriberOptions): Transcriber {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/audio/transcriptions`
  const timeoutMs = options.timeoutMs ?? 20_000

  async function attempt(req: TranscribeRequest): Promise<unknown> {
    const form = new FormData()
    form.append('file', new Blob([writeWav(req.audio)], { type: 'audio/wav' }), 'voice.wav')
    form.append('model', options.model ?? 'whisper-1')
    if (req.language) form.append('language', req.language)
    form.append('response_format', 'json')
    let res: Response
    try {
      res = await fetch(url, {
        method: 'POST',
        body: form,
        headers: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {},
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (err) {
      throw new RetryableError(`${url}: ${(err as Error).message}`)
    }
    const body = await res.text()
    if (res.status >= 500 || res.status === 429) throw new RetryableError(`${url}: HTTP ${res.status} ${body.slice(0, 200)}`)
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${body.slice(0, 200)}`)
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      throw new Error(`${url}: the answer is not JSON: ${body.slice(0, 100)}`)
    }
    const parsed = answerSchema.safeParse(json)
    if (!parsed.success) throw new Error(`${url}: the answer has no "text"`)
    return { text: parsed.data.text }
  }

  return {
    name: 'openai',
    async transcribe(req) {
      let raw: unknown
      try {
        raw = await attempt(req)
      } catch (err) {
        if (!(err instanceof RetryableError)) throw err
        raw = await attempt(req)
      }
      return checkTranscript('openai', raw)
    },
  }
}
