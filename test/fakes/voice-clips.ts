/**
 * @module test/fakes/voice-clips
 * Real speech made during the test run: espeak-ng (Debian package
 * `espeak-ng`) speaks Chinese text to WAV, ffmpeg (Debian `ffmpeg`) encodes
 * it to OGG/Opus as Telegram sends it, silk-wasm encodes it to SILK v3 as
 * WeChat sends it. The reference for comparisons is resampled by ffmpeg, not
 * by the code under test.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encode as silkEncode } from 'silk-wasm'

/** One synthesised utterance in every form the tests need. */
export interface VoiceClip {
  text: string
  /** espeak-ng's own WAV (22 050 Hz mono). */
  wav: Buffer
  /** OGG/Opus, 48 kHz, as Telegram voice notes are. */
  ogg: Buffer
  /** SILK v3 at 24 kHz, as WeChat voice messages are. */
  silk: Buffer
  /** The source resampled to 16 kHz mono by ffmpeg (the reference). */
  reference: Int16Array
  seconds: number
}

function ffmpeg(args: string[], input?: Buffer): Buffer {
  return execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', ...args], { input, maxBuffer: 64 << 20 })
}

/** Speaks `text` (espeak-ng, Mandarin voice) and encodes it; `repeat` makes longer clips. */
export async function makeClip(text: string, options: { repeat?: number; speed?: number } = {}): Promise<VoiceClip> {
  const dir = mkdtempSync(join(tmpdir(), 'lf-voice-'))
  try {
    const wavPath = join(dir, 'clip.wav')
    const spoken = Array.from({ length: options.repeat ?? 1 }, () => text).join('，')
    execFileSync('espeak-ng', ['-v', 'cmn', '-s', String(options.speed ?? 150), '-w', wavPath, spoken])
    const wav = readFileSync(wavPath)
    const ogg = ffmpeg(['-i', wavPath, '-c:a', 'libopus', '-b:a', '48k', '-ar', '48000', '-f', 'ogg', 'pipe:1'])
    const pcm24 = ffmpeg(['-i', wavPath, '-ar', '24000', '-ac', '1', '-f', 's16le', 'pipe:1'])
    const silk = Buffer.from((await silkEncode(pcm24, 24000)).data)
    const ref = ffmpeg(['-i', wavPath, '-ar', '16000', '-ac', '1', '-f', 's16le', 'pipe:1'])
    const reference = new Int16Array(ref.buffer.slice(ref.byteOffset, ref.byteOffset + ref.byteLength - (ref.byteLength % 2)))
    return { text, wav, ogg, silk, reference, seconds: reference.length / 16_000 }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Pearson correlation of `a` and `b`, at the best lag within ±`maxLag` samples (codecs delay: SILK by ~20 ms). */
export function bestCorrelation(a: Int16Array, b: Int16Array, maxLag = 800): number {
  let best = -1
  for (let lag = -maxLag; lag <= maxLag; lag += 1) {
    let sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0, n = 0
    for (let i = Math.max(0, -lag); i < a.length && i + lag < b.length; i += 2) {
      const x = a[i]
      const y = b[i + lag]
      sa += x; sb += y; saa += x * x; sbb += y * y; sab += x * y; n++
    }
    if (n < 100) continue
    const cov = sab - (sa * sb) / n
    const r = cov / Math.sqrt((saa - (sa * sa) / n) * (sbb - (sb * sb) / n))
    if (r > best) best = r
  }
  return best
}
