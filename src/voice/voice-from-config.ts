/**
 * @module voice/voice-from-config
 * Picks the recognizer and the speech synthesiser from the settings, once,
 * at start: STT_BASE_URL → the OpenAI-compatible transcriber, STT_MODEL_DIR →
 * sherpa-onnx (its folder checked now, one line naming a missing file),
 * neither → no voice input (voice notes get today's "please type" reply).
 */
import type { Config } from '../config.js'
import { createOpenAITranscriber } from './openai-transcriber.js'
import { createSherpaTranscriber } from './sherpa-transcriber.js'
import type { Transcriber } from './transcriber.js'
import { createTtsClient, type TtsClient } from './tts-client.js'

/** What the channels need to take and give voice notes. */
export interface VoiceSettings {
  transcriber?: Transcriber
  tts?: TtsClient
  /** VOICE_MAX_SECONDS. */
  maxSeconds: number
  /** TTS_AUTO: answer a voice question with a voice note too. */
  ttsAuto: boolean
}

/** Builds the voice parts the settings ask for; throws a one-line UserError for a bad STT_MODEL_DIR. */
export function voiceFromConfig(config: Config): VoiceSettings {
  const transcriber = config.STT_BASE_URL
    ? createOpenAITranscriber({ baseUrl: config.STT_BASE_URL, model: config.STT_MODEL, apiKey: config.STT_API_KEY })
    : config.STT_MODEL_DIR
      ? createSherpaTranscriber({ modelDir: config.STT_MODEL_DIR })
      : undefined
  const tts = config.TTS_BASE_URL
    ? createTtsClient({ baseUrl: config.TTS_BASE_URL, model: config.TTS_MODEL, voice: config.TTS_VOICE, apiKey: config.STT_API_KEY })
    : undefined
  return { transcriber, tts, maxSeconds: config.VOICE_MAX_SECONDS, ttsAuto: config.TTS_AUTO }
}
