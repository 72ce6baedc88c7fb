/**
 * @module llm/openai-chat-model
 * The optional model behind {@link GroundedChatModel}: any OpenAI-compatible
 * /v1/chat/completions endpoint (a local vLLM/Ollama, a hosted API) through
 * @langchain/openai's ChatOpenAI with a custom base URL. It asks for JSON
 * `{"text": "..."}`, validates it with zod, runs the grounding check, and
 * turns every failure (timeout, refused connection, bad JSON, invented
 * detail) into `{ ok: false }` so the engine sends its template instead.
 */
import type { ChatOpenAI } from '@langchain/openai'
import { z } from 'zod'
import type { Project } from '../catalogue/project.js'
import type { Prompts } from '../prompts.js'
import type { GroundedChatModel, GroundedChatRequest, GroundedChatResult } from './grounded-chat-model.js'
import { checkGrounding } from './grounding.js'

/** The `llm.*` templates: the system prompt and the user message frame. */
export const LLM_PROMPTS = {
  system: [],
  user: ['question', 'records', 'draft', 'task'],
  task_list: [],
  task_details: [],
} as const

/** Settings for {@link createOpenAIChatModel}, normally from LLM_* variables. */
export interface OpenAIChatModelOptions {
  baseUrl: string
  apiKey?: string
  model: string
  /** Give up after this long (LLM_TIMEOUT_MS, default 8000). */
  timeoutMs?: number
  prompts: Prompts
}

const answerSchema = z.object({ text: z.string().min(1).max(2000) })

/** The records as the model sees them: only the fields it may talk about. */
function recordsJson(projects: Project[], lang: 'zh' | 'en'): string {
  return JSON.stringify(
    projects.map((p, i) => ({
      n: i + 1,
      title: lang === 'en' && p.title_en ? p.title_en : p.title,
      provider: p.provider,
      summary: lang === 'en' && p.summary_en ? p.summary_en : p.summary,
      format: p.format,
      region: p.region,
      fee: p.fee,
      duration: p.duration,
      start_date: p.start_date,
      end_date: p.end_date,
      enroll: p.enroll,
      contact: p.contact,
      url: p.url,
    })),
  )
}

/** Pulls the JSON object out of a reply that may be wrapped in ``` fences or prose. */
export function extractJson(content: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(content)
  const body = fenced ? fenced[1] : content
  const start = body.indexOf('{')
  const end = body.lastIndexOf('}')
  if (start < 0 || end < start) throw new Error('no JSON object in the answer')
  return JSON.parse(body.slice(start, end + 1))
}

/** Creates the OpenAI-compatible model; declares its templates (throws on a broken one). */
export function createOpenAIChatModel(opts: OpenAIChatModelOptions): GroundedChatModel {
  opts.prompts.declare('llm', LLM_PROMPTS)
  const timeoutMs = opts.timeoutMs ?? 8000
  // @langchain/openai takes about half a second to load: only on the first reply that uses it,
  // so a start-up (or a one-question `ask`) without a model configured never pays for it.
  let chat: Promise<ChatOpenAI> | null = null
  const client = () => (chat ??= import('@langchain/openai').then(({ ChatOpenAI }) => new ChatOpenAI({
    model: opts.model,
    apiKey: opts.apiKey ?? 'not-needed',
    temperature: 0.2,
    maxRetries: 0,
    timeout: timeoutMs,
    configuration: { baseURL: opts.baseUrl },
  })))

  return {
    async compose(req: GroundedChatRequest): Promise<GroundedChatResult> {
      const { prompts } = opts
      const { HumanMessage, SystemMessage } = await import('@langchain/core/messages')
      const messages = [
        new SystemMessage(prompts.t(req.lang, 'llm.system')),
        new HumanMessage(
          prompts.t(req.lang, 'llm.user', {
            question: JSON.stringify(req.userText),
            records: recordsJson(req.projects, req.lang),
            draft: req.draft,
            task: prompts.t(req.lang, req.kind === 'list' ? 'llm.task_list' : 'llm.task_details'),
          }),
        ),
      ]
      const controller = new AbortController()
      const timer = setTimeout(() => controller.abort(), timeoutMs)
      try {
        const answer = await (await client()).invoke(messages, { signal: controller.signal })
        const content = typeof answer.content === 'string'
          ? answer.content
          : answer.content.map((c) => ('text' in c && typeof c.text === 'string' ? c.text : '')).join('')
        const parsed = answerSchema.safeParse(extractJson(content))
        if (!parsed.success) return { ok: false, reason: 'answer is not {"text": "..."}' }
        const check = checkGrounding(parsed.data.text, req.projects, req.draft)
        if (!check.ok) return { ok: false, reason: check.reason }
        return { ok: true, text: parsed.data.text.trim() }
      } catch (err) {
        if (controller.signal.aborted) return { ok: false, reason: `no answer within ${timeoutMs} ms` }
        return { ok: false, reason: `model error: ${(err as Error).message}` }
      } finally {
        clearTimeout(timer)
      }
    },
  }
}
