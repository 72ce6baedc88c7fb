/**
 * @module voice/pcm
 * The one audio shape every recognizer gets: 16 kHz, mono, 16-bit PCM. Each
 * decoder (OGG/Opus, SILK, WAV, ffmpeg) ends here, so a transcriber never
 * cares which app the voice note came from. The resampler is a windowed-sinc
 * low-pass filter (no aliasing when 48 kHz Opus drops to 16 kHz), small
 * enough to need no native dependency.
 */

/** The sample rate speech recognizers expect (Whisper, SenseVoice, Paraformer). */
export const SPEECH_RATE = 16_000

/** Mono 16-bit PCM at {@link SPEECH_RATE}: what decoders produce and transcribers take. */
export interface SpeechPcm {
  samples: Int16Array
  sampleRate: typeof SPEECH_RATE
}

/** Seconds of audio in `pcm`. */
export function durationSeconds(pcm: { samples: ArrayLike<number>; sampleRate: number }): number {
  return pcm.samples.length / pcm.sampleRate
}

/** Averages channels into one (decoders hand stereo files over as separate channel arrays). */
export function mixToMono(channels: Float32Array[]): Float32Array {
  if (channels.length === 0) return new Float32Array(0)
  if (channels.length === 1) return channels[0]
  const out = new Float32Array(channels[0].length)
  for (const ch of channels) for (let i = 0; i < out.length; i++) out[i] += ch[i] / channels.length
  return out
}

const HALF_TAPS = 16

/**
 * Resamples float samples from `fromRate` to `toRate` with a Hann-windowed
 * sinc; when downsampling, the cut-off follows the lower rate so nothing
 * above its Nyquist frequency folds back into the speech band.
 */
export function resample(input: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (fromRate === toRate) return input
  const ratio = fromRate / toRate
  const cutoff = Math.min(1, toRate / fromRate)
  const half = Math.ceil(HALF_TAPS / cutoff)
  const outLength = Math.floor(input.length / ratio)
  const out = new Float32Array(outLength)
  for (let i = 0; i < outLength; i++) {
    const centre = i * ratio
    const first = Math.max(0, Math.ceil(centre - half))
    const last = Math.min(input.length - 1, Math.floor(centre + half))
    let sum = 0
    let weight = 0
    for (let k = first; k <= last; k++) {
      const x = (k - centre) * cutoff
      const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x)
      const w = sinc * (0.5 + 0.5 * Math.cos((Math.PI * (k - centre)) / (half + 1)))
      sum += input[k] * w
      weight += w
    }
    out[i] = weight ? sum / weight : 0
  }
  return out
}

/** Float samples in [-1, 1] to 16-bit integers (clipped). */
export function floatToInt16(input: Float32Array): Int16Array {
  const out = new Int16Array(input.length)
  for (let i = 0; i < input.length; i++) {
    const v = Math.max(-1, Math.min(1, input[i]))
    out[i] = Math.round(v < 0 ? v * 0x8000 : v * 0x7fff)
  }
  return out
}

/** 16-bit integers to float samples in [-1, 1] (what sherpa-onnx and the resampler take). */
export function int16ToFloat(input: Int16Array): Float32Array {
  const out = new Float32Array(input.length)
  for (let i = 0; i < input.length; i++) out[i] = input[i] / 0x8000
  return out
}

/** Any decoded audio (channels of floats at any rate) as {@link SpeechPcm}. */
export function toSpeechPcm(channels: Float32Array[], sampleRate: number): SpeechPcm {
  return { samples: floatToInt16(resample(mixToMono(channels), sampleRate, SPEECH_RATE)), sampleRate: SPEECH_RATE }
}

/** Little-endian 16-bit PCM bytes (silk-wasm and ffmpeg output) as samples. */
export function int16FromBytes(bytes: Uint8Array): Int16Array {
  const copy = new Uint8Array(bytes.byteLength - (bytes.byteLength % 2))
  copy.set(bytes.subarray(0, copy.byteLength))
  return new Int16Array(copy.buffer)
}
