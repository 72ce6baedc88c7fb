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

// Eight zero crossings each side: about 40 dB of alias rejection, plenty for speech recognition, at half the cost of 16.
const HALF_TAPS = 8
const TABLE_STEPS = 512

/** The windowed-sinc kernel sampled every 1/TABLE_STEPS input samples, so the inner loop needs no sin/cos. */
function kernelTable(half: number, cutoff: number): Float32Array {
  const table = new Float32Array((half + 1) * TABLE_STEPS + 2)
  for (let i = 0; i < table.length; i++) {
    const d = i / TABLE_STEPS
    const x = d * cutoff
    const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x)
    table[i] = d >= half + 1 ? 0 : sinc * (0.5 + 0.5 * Math.cos((Math.PI * d) / (half + 1)))
  }
  return table
}

function gcd(a: number, b: number): number {
  return b ? gcd(b, a % b) : a
}

/** A resampler prepared for one rate pair: `fill` computes output samples [from, to). */
interface PreparedResampler {
  outLength: number
  fill(from: number, to: number): void
  out: Float32Array
}

function prepareResampler(input: Float32Array, fromRate: number, toRate: number): PreparedResampler {
  const cutoff = Math.min(1, toRate / fromRate)
  const half = Math.ceil(HALF_TAPS / cutoff)
  const table = kernelTable(half, cutoff)
  const g = gcd(fromRate, toRate)
  const phases = toRate / g
  const step = fromRate / g
  if (!Number.isInteger(fromRate) || !Number.isInteger(toRate) || phases > 4096) throw new Error(`cannot resample ${fromRate} Hz to ${toRate} Hz`)
  // Per phase: the taps from floor(centre) - half to floor(centre) + half + 1, weights normalised to sum 1.
  const width = 2 * half + 2
  const weights = new Float32Array(phases * width)
  for (let p = 0; p < phases; p++) {
    const frac = ((p * step) % phases) / phases
    let sum = 0
    for (let t = 0; t < width; t++) {
      const d = Math.abs(t - half - frac)
      const w = d > half ? 0 : table[Math.round(d * TABLE_STEPS)]
      weights[p * width + t] = w
      sum += w
    }
    for (let t = 0; t < width; t++) weights[p * width + t] /= sum
  }
  const outLength = Math.floor((input.length * toRate) / fromRate)
  const out = new Float32Array(outLength)
  const lastIndex = input.length - 1
  return {
    outLength,
    out,
    fill(from, to) {
      for (let i = from; i < Math.min(to, outLength); i++) {
        const p = i % phases
        const base = Math.floor((i * step) / phases) - half
        const w0 = p * width
        let acc = 0
        if (base >= 0 && base + width - 1 <= lastIndex) {
          for (let t = 0; t < width; t++) acc += input[base + t] * weights[w0 + t]
        } else {
          // At the edges, missing samples count as silence.
          for (let t = 0; t < width; t++) {
            const k = base + t
            if (k >= 0 && k <= lastIndex) acc += input[k] * weights[w0 + t]
          }
        }
        out[i] = acc
      }
    },
  }
}

/**
 * Resamples float samples from `fromRate` to `toRate` with a Hann-windowed
 * sinc; when downsampling, the cut-off follows the lower rate so nothing
 * above its Nyquist frequency folds back into the speech band. The weights
 * are computed once per phase (48 kHz → 16 kHz has one phase, 22 050 → 16 000
 * has 320), so the inner loop is a plain dot product.
 */
export function resample(input: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (fromRate === toRate) return input
  const r = prepareResampler(input, fromRate, toRate)
  r.fill(0, r.outLength)
  return r.out
}

/** Lets other messages be handled between slices of a long computation. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** {@link resample} in slices of about one second of output, yielding between them, so a long note never stalls other chats. */
export async function resampleInSlices(input: Float32Array, fromRate: number, toRate: number): Promise<Float32Array> {
  if (fromRate === toRate) return input
  const r = prepareResampler(input, fromRate, toRate)
  for (let at = 0; at < r.outLength; at += toRate) {
    r.fill(at, at + toRate)
    await yieldToEventLoop()
  }
  return r.out
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

/** {@link toSpeechPcm} yielding to the event loop about once per second of audio (what the channels use). */
export async function toSpeechPcmInSlices(channels: Float32Array[], sampleRate: number): Promise<SpeechPcm> {
  return { samples: floatToInt16(await resampleInSlices(mixToMono(channels), sampleRate, SPEECH_RATE)), sampleRate: SPEECH_RATE }
}

/** Little-endian 16-bit PCM bytes (silk-wasm and ffmpeg output) as samples. */
export function int16FromBytes(bytes: Uint8Array): Int16Array {
  const copy = new Uint8Array(bytes.byteLength - (bytes.byteLength % 2))
  copy.set(bytes.subarray(0, copy.byteLength))
  return new Int16Array(copy.buffer)
}
