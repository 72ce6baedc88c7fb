/**
 * @module voice/wav
 * Writes and reads canonical PCM WAV files: the OpenAI-compatible
 * transcription endpoint gets its audio as a 16 kHz mono 16-bit WAV, text
 * to speech servers may answer in WAV, and tests read espeak-ng's output.
 */
import { toSpeechPcm, type SpeechPcm } from './pcm.js'
import { VoiceError } from './voice-error.js'

/** A 44-byte-header RIFF/WAVE file holding `pcm` (mono, 16-bit). */
export function writeWav(pcm: { samples: Int16Array; sampleRate: number }): Buffer {
  const dataBytes = pcm.samples.length * 2
  const out = Buffer.alloc(44 + dataBytes)
  out.write('RIFF', 0, 'ascii')
  out.writeUInt32LE(36 + dataBytes, 4)
  out.write('WAVE', 8, 'ascii')
  out.write('fmt ', 12, 'ascii')
  out.writeUInt32LE(16, 16)
  out.writeUInt16LE(1, 20) // PCM
  out.writeUInt16LE(1, 22) // mono
  out.writeUInt32LE(pcm.sampleRate, 24)
  out.writeUInt32LE(pcm.sampleRate * 2, 28)
  out.writeUInt16LE(2, 32)
  out.writeUInt16LE(16, 34)
  out.write('data', 36, 'ascii')
  out.writeUInt32LE(dataBytes, 40)
  Buffer.from(pcm.samples.buffer, pcm.samples.byteOffset, dataBytes).copy(out, 44)
  return out
}

/** A WAV file's format and its samples as float channels. */
export interface WavAudio {
  sampleRate: number
  channels: Float32Array[]
}

/** True when `bytes` start like a RIFF/WAVE file. */
export function isWav(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'RIFF' && Buffer.from(bytes.subarray(8, 12)).toString('latin1') === 'WAVE'
}

/** Reads 16-bit PCM or 32-bit float WAV (the formats speech tools write); anything else is a {@link VoiceError}. */
export function readWav(bytes: Uint8Array): WavAudio {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (!isWav(buf)) throw new VoiceError('unreadable', 'not a WAV file')
  let offset = 12
  let format: { code: number; channels: number; rate: number; bits: number } | undefined
  while (offset + 8 <= buf.length) {
    const id = buf.toString('latin1', offset, offset + 4)
    // Streamed WAVs (espeak-ng to a pipe, ffmpeg) leave the data size at 0 or 0xFFFFFFFF: read to the end.
    let size = buf.readUInt32LE(offset + 4)
    const body = offset + 8
    if (id === 'fmt ') {
      format = { code: buf.readUInt16LE(body), channels: buf.readUInt16LE(body + 2), rate: buf.readUInt32LE(body + 4), bits: buf.readUInt16LE(body + 14) }
      if (format.code === 0xfffe && size >= 40) format.code = buf.readUInt16LE(body + 24)
    } else if (id === 'data') {
      if (!format) break
      if (size === 0 || size === 0xffffffff || body + size > buf.length) size = buf.length - body
      return { sampleRate: format.rate, channels: deinterleave(buf.subarray(body, body + size), format) }
    }
    offset = body + size + (size % 2)
  }
  throw new VoiceError('unreadable', 'WAV file without a fmt and data chunk')
}

function deinterleave(data: Buffer, f: { code: number; channels: number; bits: number }): Float32Array[] {
  const width = f.bits / 8
  if (!((f.code === 1 && f.bits === 16) || (f.code === 3 && f.bits === 32)) || f.channels < 1) {
    throw new VoiceError('unreadable', `WAV format ${f.code}/${f.bits} bits is not supported`)
  }
  const frames = Math.floor(data.length / (width * f.channels))
  const out = Array.from({ length: f.channels }, () => new Float32Array(frames))
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < f.channels; c++) {
      const at = (i * f.channels + c) * width
      out[c][i] = f.code === 1 ? data.readInt16LE(at) / 0x8000 : data.readFloatLE(at)
    }
  }
  return out
}

/** A WAV file as {@link SpeechPcm} (mixed to mono, resampled to 16 kHz). */
export function wavToSpeechPcm(bytes: Uint8Array): SpeechPcm {
  const wav = readWav(bytes)
  return toSpeechPcm(wav.channels, wav.sampleRate)
}
