/**
 * @module search/openai-embeddings
 * Embeddings from any OpenAI-compatible `/v1/embeddings` endpoint (OpenAI,
 * a local vLLM / Ollama / LM Studio server, a campus gateway), for sites that
 * prefer a neural model to the local one. Plain fetch, so no SDK is loaded at
 * start; the response is checked with zod so a misconfigured server fails
 * with a clear message instead of a NaN-filled index.
 */
import { Embeddings } from '@langchain/core/embeddings'
import { z } from 'zod'
import { UserError } from '../errors.js'

/** Where and what to call; usually from EMBEDDINGS_BASE_URL, EMBEDDINGS_MODEL and EMBEDDINGS_API_KEY. */
export interface OpenAIEmbeddingsOptions {
  /** e.g. https://api.openai.com/v1 or http://127.0.0.1:8000/v1 ("/embeddings" is appended). */
  baseUrl: string
  model: string
  apiKey?: string
  /** Texts per request; default 64. */
  batchSize?: number
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number
  fetch?: typeof fetch
}

const responseSchema = z.object({
  data: z.array(z.object({ index: z.number().int().nonnegative(), embedding: z.array(z.number()) })).min(1),
})

/**
 * `Embeddings` over an OpenAI-compatible HTTP endpoint.
 *
 * @example new OpenAICompatibleEmbeddings({ baseUrl: 'http://127.0.0.1:8000/v1', model: 'bge-m3' })
 */
export class OpenAICompatibleEmbeddings extends Embeddings {
  readonly model: string
  private readonly url: string
  private readonly options: OpenAIEmbeddingsOptions

  constructor(options: OpenAIEmbeddingsOptions) {
    super({ maxRetries: 2 })
    this.options = options
    this.model = options.model
    this.url = options.baseUrl.replace(/\/+$/, '') + '/embeddings'
  }

  /** "openai-compatible:<url>:<model>": an index built by another model or server is rebuilt. */
  signature(): string {
    return `openai-compatible:${this.url}:${this.model}`
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const size = this.options.batchSize ?? 64
    const out: number[][] = []
    for (let i = 0; i < documents.length; i += size) {
      out.push(...(await this.caller.call(() => this.request(documents.slice(i, i + size)))))
    }
    return out
  }

  async embedQuery(document: string): Promise<number[]> {
    const [v] = await this.caller.call(() => this.request([document]))
    return v
  }

  private async request(input: string[]): Promise<number[][]> {
    // An empty string is rejected by some servers; a space embeds as "nothing".
    const body = JSON.stringify({ model: this.model, input: input.map((t) => (t.trim() ? t : ' ')) })
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`
    const res = await (this.options.fetch ?? fetch)(this.url, {
      method: 'POST', headers, body, signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    })
    if (!res.ok) {
      const detail = (await res.text().catch(() => '')).slice(0, 200)
      const err = new Error(`embeddings server ${this.url} answered ${res.status}${detail ? `: ${detail}` : ''}`)
      // 4xx (bad key, unknown model) will not get better by retrying.
      if (res.status >= 400 && res.status < 500 && res.status !== 429) (err as Error & { status?: number }).status = res.status
      throw err
    }
    const parsed = responseSchema.safeParse(await res.json().catch(() => null))
    if (!parsed.success) throw new Error(`embeddings server ${this.url} sent a response that is not OpenAI-shaped: ${parsed.error.issues[0]?.message}`)
    const vectors: number[][] = new Array(input.length)
    for (const d of parsed.data.data) if (d.index < input.length) vectors[d.index] = d.embedding
    const dims = vectors[0]?.length
    if (vectors.some((v) => !v || v.length !== dims || dims === 0)) {
      throw new Error(`embeddings server ${this.url} returned ${parsed.data.data.length} vectors of unequal or missing length for ${input.length} texts`)
    }
    return vectors
  }
}

/**
 * The configured embedder, or undefined for the local one: both
 * EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL must be set, or neither.
 */
export function embeddingsFromConfig(cfg: { EMBEDDINGS_BASE_URL?: string; EMBEDDINGS_MODEL?: string; EMBEDDINGS_API_KEY?: string }): OpenAICompatibleEmbeddings | undefined {
  if (!cfg.EMBEDDINGS_BASE_URL && !cfg.EMBEDDINGS_MODEL) return undefined
  if (!cfg.EMBEDDINGS_BASE_URL || !cfg.EMBEDDINGS_MODEL) {
    throw new UserError('EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL must be set together (or neither, for the local embedder)')
  }
  return new OpenAICompatibleEmbeddings({ baseUrl: cfg.EMBEDDINGS_BASE_URL, model: cfg.EMBEDDINGS_MODEL, apiKey: cfg.EMBEDDINGS_API_KEY })
}
