/**
 * @module voice/decode-audio
 * Any voice note → {@link SpeechPcm}, in process: OGG/Opus (Telegram voice
 * and most `audio` files) with the ogg-opus-decoder wasm build, SILK v3
 * (WeChat) with silk-wasm, WAV directly; anything else through `ffmpeg` when
 * it is on PATH, else a {@link VoiceError} ('unreadable') the channel turns
 * into "请打字或再说一遍". Durations are read from the container first, so an
 * over-long note is refused before it is decoded. Decoding and resampling
 * run in slices that yield to the event loop, so one long note never makes
 * other learners wait.
 */
import { decode as silkDecode, getDuration as silkDuration, isSilk } from 'silk-wasm'
import { SPEECH_RATE, durationSeconds, int16FromBytes, toSpeechPcmInSlices, yieldToEventLoop, type SpeechPcm } from './pcm.js'
import { isWav, readWav } from './wav.js'
import { VoiceError } from './voice-error.js'
import { ffmpegAvailable, ffmpegToPcm } from './ffmpeg.js'

/** The containers we recognise by their first bytes. */
export type AudioFormat = 'ogg' | 'silk' | 'wav' | 'other'

/** Which decoder `bytes` need. */
export function sniffFormat(bytes: Uint8Array): AudioFormat {
  if (bytes.length >= 4 && Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'OggS') return 'ogg'
  if (isSilk(bytes)) return 'silk'
  if (isWav(bytes)) return 'wav'
  return 'other'
}

/**
 * The length of an OGG/Opus file from its last page's granule position
 * (48 kHz samples, minus the pre-skip in OpusHead); undefined if unreadable.
 */
export function oggOpusSeconds(bytes: Uint8Array): number | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const head = buf.indexOf('OpusHead', 0, 'latin1')
  const preSkip = head >= 0 && head + 12 <= buf.length ? buf.readUInt16LE(head + 10) : 0
  const last = buf.lastIndexOf('OggS', buf.length - 4, 'latin1')
  if (last < 0 || last + 14 > buf.length) return undefined
  const granule = Number(buf.readBigInt64LE(last + 6))
  return granule > 0 ? Math.max(0, granule - preSkip) / 48_000 : undefined
}

/** The length of a voice note read from its container without decoding, when the format allows. */
export function containerSeconds(bytes: Uint8Array): number | undefined {
  try {
    switch (sniffFormat(bytes)) {
      case 'ogg':
        return oggOpusSeconds(bytes)
      case 'silk':
        return silkDuration(bytes) / 1000
      case 'wav': {
        const wav = readWav(bytes)
        return wav.channels[0].length / wav.sampleRate
      }
      default:
        return undefined
    }
  } catch {
    return undefined
  }
}

/** Bytes of OGG/Opus decoded per slice (about 4 s of a Telegram voice note) before yielding to other chats. */
const OGG_SLICE_BYTES = 16 * 1024

async function decodeOgg(bytes: Uint8Array): Promise<SpeechPcm> {
  // Loaded on the first voice note: a command that never decodes one (learnfinder ask) does not pay for it.
  const { OggOpusDecoder } = await import('ogg-opus-decoder')
  const decoder = new OggOpusDecoder()
  try {
    await decoder.ready
    const parts: Float32Array[][] = []
    let rate = 48_000
    let errors = 0
    const keep = (out: { channelData: Float32Array[]; samplesDecoded: number; sampleRate: number; errors: unknown[] }) => {
      errors += out.errors.length
      if (!out.samplesDecoded) return
      parts.push(out.channelData)
      rate = out.sampleRate
    }
    for (let at = 0; at < bytes.length; at += OGG_SLICE_BYTES) {
      keep(await decoder.decode(bytes.subarray(at, at + OGG_SLICE_BYTES)))
      await yieldToEventLoop()
    }
    keep(await decoder.flush())
    if (!parts.length) throw new VoiceError('unreadable', `OGG/Opus without audio (${errors} decode errors)`)
    return toSpeechPcmInSlices(concatChannels(parts), rate)
  } finally {
    decoder.free()
  }
}

/** Joins decoded slices channel by channel. */
function concatChannels(parts: Float32Array[][]): Float32Array[] {
  const channels = Math.min(...parts.map((p) => p.length))
  return Array.from({ length: channels }, (_, c) => {
    const out = new Float32Array(parts.reduce((n, p) => n + p[c].length, 0))
    let at = 0
    for (const p of parts) {
      out.set(p[c], at)
      at += p[c].length
    }
    return out
  })
}

async function decodeSilk(bytes: Uint8Array): Promise<SpeechPcm> {
  // The SILK decoder resamples internally to the rate asked for.
  const out = await silkDecode(bytes, SPEECH_RATE).catch((err: Error) => {
    throw new VoiceError('unreadable', `SILK: ${err.message}`)
  })
  return { samples: int16FromBytes(out.data), sampleRate: SPEECH_RATE }
}

/** Options for {@link decodeVoice}. */
export interface DecodeOptions {
  /** Refuse (VoiceError 'too_long') notes longer than this, checked before and after decoding. */
  maxSeconds?: number
}

/** Decodes a voice note to 16 kHz mono 16-bit PCM, or throws a {@link VoiceError}. */
export async function decodeVoice(bytes: Uint8Array, options: DecodeOptions = {}): Promise<SpeechPcm> {
  const max = options.maxSeconds
  const tooLong = (seconds: number | undefined) => max !== undefined && seconds !== undefined && seconds > max + 0.5
  if (tooLong(containerSeconds(bytes))) throw new VoiceError('too_long', `longer than ${max} s`)
  const format = sniffFormat(bytes)
  let pcm: SpeechPcm
  try {
    if (format === 'ogg') pcm = await decodeOgg(bytes)
    else if (format === 'silk') pcm = await decodeSilk(bytes)
    else if (format === 'wav') {
      const wav = readWav(bytes)
      pcm = await toSpeechPcmInSlices(wav.channels, wav.sampleRate)
    } else if (await ffmpegAvailable()) pcm = await ffmpegToPcm(bytes, max)
    else throw new VoiceError('unreadable', 'an audio format only ffmpeg reads, and ffmpeg is not on PATH')
  } catch (err) {
    if (err instanceof VoiceError) throw err
    throw new VoiceError('unreadable', `${format}: ${(err as Error).message}`)
  }
  if (tooLong(durationSeconds(pcm))) throw new VoiceError('too_long', `longer than ${max} s`)
  return pcm
}
