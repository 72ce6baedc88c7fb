/**
 * @module voice/transcriber
 * The speech-to-text contract: 16 kHz mono PCM and a language hint in, text
 * (and a confidence when the recognizer gives one) out. Implementations:
 * an OpenAI-compatible endpoint (whisper.cpp server, faster-whisper-server,
 * a cloud service) and local sherpa-onnx; a fake for tests sits beside it.
 * Every answer is checked with {@link transcriptSchema}, so a recognizer
 * that answers nonsense fails here, not in the middle of a conversation.
 */
import { z } from 'zod'
import type { SpeechPcm } from './pcm.js'

/** What a transcriber returns. */
export const transcriptSchema = z.object({
  text: z.string(),
  confidence: z.number().min(0).max(1).optional(),
})

/** One recognized utterance. */
export type Transcript = z.infer<typeof transcriptSchema>

/** What a transcriber is asked. */
export interface TranscribeRequest {
  audio: SpeechPcm
  /** ISO 639-1 hint: 'zh' or 'en' (the learner's language); recognizers may ignore it. */
  language?: string
}

/** Turns speech into text. Throws on failure (the caller says "请打字或再说一遍"). */
export interface Transcriber {
  /** For logs: 'openai', 'sherpa-onnx', 'fake'. */
  readonly name: string
  transcribe(request: TranscribeRequest): Promise<Transcript>
  /** Resolves once a local model is loaded (sherpa-onnx); start-up awaits it so a broken model stops it. */
  ready?(): Promise<void>
  /** Frees native resources (sherpa-onnx); optional. */
  close?(): Promise<void>
}

/** Checks a transcriber's raw answer against {@link transcriptSchema}, naming the transcriber on failure. */
export function checkTranscript(name: string, raw: unknown): Transcript {
  const parsed = transcriptSchema.safeParse(raw)
  if (!parsed.success) throw new Error(`${name}: answer is not a transcript (${parsed.error.issues[0]?.message})`)
  return { ...parsed.data, text: parsed.data.text.trim() }
}
