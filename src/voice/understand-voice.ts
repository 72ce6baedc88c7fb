/**
 * @module voice/understand-voice
 * One voice note → the text the dialogue engine gets, the same way on
 * every channel: decode (duration checked first), transcribe, normalize,
 * and refuse an empty transcript. Every failure is a {@link VoiceError} with
 * a reason, so the channel says a kind sentence and the bot keeps working.
 * The audio lives only in memory for this call; nothing is written to disk.
 */
import { decodeVoice } from './decode-audio.js'
import { durationSeconds } from './pcm.js'
import { isUnclearTranscript, normalizeTranscript } from './normalize-transcript.js'
import type { Transcriber } from './transcriber.js'
import { VoiceError, isVoiceError } from './voice-error.js'

/** What {@link understandVoice} needs. */
export interface UnderstandVoiceOptions {
  transcriber: Transcriber
  /** VOICE_MAX_SECONDS. */
  maxSeconds: number
  /** 'zh' or 'en', passed to the recognizer as a hint. */
  language?: string
}

/** What the learner said. */
export interface HeardVoice {
  /** Normalized transcript, ready for the engine. */
  text: string
  /** What the recognizer returned, before normalization (for logs). */
  raw: string
  seconds: number
}

/** Decodes and transcribes `audio`; throws a {@link VoiceError} for anything the learner must redo. */
export async function understandVoice(audio: Uint8Array, options: UnderstandVoiceOptions): Promise<HeardVoice> {
  const pcm = await decodeVoice(audio, { maxSeconds: options.maxSeconds })
  const seconds = durationSeconds(pcm)
  if (seconds < 0.2) throw new VoiceError('unclear', 'shorter than 0.2 s')
  let transcript
  try {
    transcript = await options.transcriber.transcribe({ audio: pcm, language: options.language })
  } catch (err) {
    if (isVoiceError(err)) throw err
    throw new VoiceError('transcriber', `${options.transcriber.name}: ${(err as Error).message}`)
  }
  const text = normalizeTranscript(transcript.text)
  if (isUnclearTranscript(text, transcript.confidence)) throw new VoiceError('unclear', `transcript ${JSON.stringify(transcript.text)}`)
  return { text, raw: transcript.text, seconds }
}
