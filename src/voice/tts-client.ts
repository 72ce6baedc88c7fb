/**
 * @module voice/tts-client
 * Text to speech through an OpenAI-compatible `{TTS_BASE_URL}/audio/speech`
 * (e.g. openedai-speech, a Piper or sherpa-onnx TTS server, or a cloud
 * service), in the format each app plays as a voice note: OGG/Opus for
 * Telegram, SILK v3 for WeChat (encoded in process with silk-wasm). The
 * server's answer is checked by its bytes, not trusted by its header.
 */
import { encode as silkEncode } from 'silk-wasm'
import { decodeVoice, sniffFormat } from './decode-audio.js'
import { ffmpegAvailable, runFfmpeg } from './ffmpeg.js'
import { SPEECH_RATE } from './pcm.js'
import { writeWav } from './wav.js'

/** The voice-note formats the channels send. */
export type VoiceNoteFormat = 'ogg' | 'silk'

/** Where and how to synthesise (TTS_BASE_URL, TTS_MODEL, TTS_VOICE; the key is shared with STT_API_KEY). */
export interface TtsOptions {
  baseUrl: string
  model?: string
  voice?: string
  apiKey?: string
  /** Per request (default 20 000 ms). */
  timeoutMs?: number
}

/** Turns reply text into a voice note. */
export interface TtsClient {
  /** Synthesises `text`; throws when the server fails or its audio cannot be turned into `format`. */
  synthesize(text: string, format: VoiceNoteFormat): Promise<Buffer>
}

/** Creates the client; nothing is sent until `synthesize`. */
export function createTtsClient(options: TtsOptions): TtsClient {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/audio/speech`

  async function speech(input: string, responseFormat: 'opus' | 'wav'): Promise<Buffer> {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
      body: JSON.stringify({ model: options.model ?? 'tts-1', voice: options.voice ?? 'alloy', input, response_format: responseFormat }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    })
    const body = Buffer.from(await res.arrayBuffer())
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${body.toString('utf8', 0, 200)}`)
    if (!body.length) throw new Error(`${url}: empty audio`)
    return body
  }

  return {
    async synthesize(text, format) {
      if (format === 'ogg') {
        const audio = await speech(text, 'opus')
        if (sniffFormat(audio) === 'ogg') return audio
        // The server ignored response_format: re-encode if ffmpeg can.
        if (!(await ffmpegAvailable())) throw new Error(`${url}: answered ${sniffFormat(audio)} audio, not OGG/Opus, and ffmpeg is not on PATH`)
        const pcm = await decodeVoice(audio)
        return runFfmpeg(['-f', 'wav', '-i', 'pipe:0', '-c:a', 'libopus', '-b:a', '24k', '-f', 'ogg', 'pipe:1'], writeWav(pcm))
      }
      const pcm = await decodeVoice(await speech(text, 'wav'))
      const silk = await silkEncode(Buffer.from(pcm.samples.buffer, pcm.samples.byteOffset, pcm.samples.byteLength), SPEECH_RATE)
      return Buffer.from(silk.data)
    },
  }
}
