/**
 * Our decoders on real speech: espeak-ng says Chinese sentences, ffmpeg and
 * silk-wasm encode them the way Telegram and WeChat send voice, and our code
 * must give back 16 kHz mono audio of the same length that matches the source.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeVoice, containerSeconds, sniffFormat } from '../src/voice/decode-audio.js'
import { readWav, writeWav } from '../src/voice/wav.js'
import { SPEECH_RATE } from '../src/voice/pcm.js'
import { VoiceError } from '../src/voice/voice-error.js'
import { bestCorrelation, makeClip, type VoiceClip } from './fakes/voice-clips.js'

let clip: VoiceClip
let long: VoiceClip

beforeAll(async () => {
  clip = await makeClip('我想学人工智能，有适合老年人的课程吗')
  long = await makeClip('我想学习怎么用智能手机和家里人视频聊天', { repeat: 8 })
})

describe('decoding voice notes to 16 kHz mono PCM', () => {
  for (const [name, pick] of [
    ['OGG/Opus (Telegram)', (c: VoiceClip) => c.ogg],
    ['SILK v3 (WeChat)', (c: VoiceClip) => c.silk],
    ['WAV at 22 050 Hz', (c: VoiceClip) => c.wav],
  ] as const) {
    it(`decodes ${name} to 16 kHz mono of the same length, matching the source`, async () => {
      const pcm = await decodeVoice(pick(clip))
      expect(pcm.sampleRate).toBe(SPEECH_RATE)
      expect(pcm.samples).toBeInstanceOf(Int16Array) // one channel of 16-bit samples
      const seconds = pcm.samples.length / pcm.sampleRate
      expect(Math.abs(seconds - clip.seconds) / clip.seconds).toBeLessThan(0.05)
      const r = bestCorrelation(pcm.samples, clip.reference)
      console.log(`${name}: ${seconds.toFixed(2)} s (source ${clip.seconds.toFixed(2)} s), correlation ${r.toFixed(3)}`)
      expect(r).toBeGreaterThan(0.85)
    })
  }

  it('reads the length of OGG/Opus and SILK notes from the container, before decoding', () => {
    expect(sniffFormat(clip.ogg)).toBe('ogg')
    expect(sniffFormat(clip.silk)).toBe('silk')
    expect(Math.abs(containerSeconds(clip.ogg)! - clip.seconds)).toBeLessThan(0.1)
    expect(Math.abs(containerSeconds(clip.silk)! - clip.seconds)).toBeLessThan(0.1)
  })

  it('refuses a note longer than the limit as too long', async () => {
    expect(long.seconds).toBeGreaterThan(10)
    await expect(decodeVoice(long.ogg, { maxSeconds: 10 })).rejects.toMatchObject({ reason: 'too_long' })
    await expect(decodeVoice(long.silk, { maxSeconds: 10 })).rejects.toMatchObject({ reason: 'too_long' })
  })

  it('calls bytes that are no audio format unreadable', async () => {
    const err = await decodeVoice(Buffer.from('这不是音频文件，只是一些文字')).catch((e) => e)
    expect(err).toBeInstanceOf(VoiceError)
    expect(err.reason).toBe('unreadable')
  })

  it('writes a 16 kHz mono 16-bit WAV that reads back sample for sample', async () => {
    const pcm = await decodeVoice(clip.ogg)
    const wav = writeWav(pcm)
    expect(wav.toString('latin1', 0, 4)).toBe('RIFF')
    expect(wav.readUInt16LE(22)).toBe(1)
    expect(wav.readUInt32LE(24)).toBe(16_000)
    expect(wav.readUInt16LE(34)).toBe(16)
    expect(wav.toString('latin1', 36, 40)).toBe('data')
    expect(wav.readUInt32LE(40)).toBe(pcm.samples.length * 2)
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8)
    const back = readWav(wav)
    expect(back.sampleRate).toBe(16_000)
    expect(back.channels).toHaveLength(1)
    expect(back.channels[0].length).toBe(pcm.samples.length)
    expect(Math.round(back.channels[0][1000] * 0x8000)).toBe(pcm.samples[1000])
  })
})

describe('formats only ffmpeg reads', () => {
  it('decodes MP3 through ffmpeg when it is on PATH, and calls it unreadable when it is not', async () => {
    const { execFileSync } = await import('node:child_process')
    const mp3 = execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', 'pipe:0', '-f', 'mp3', 'pipe:1'], { input: clip.wav })
    const pcm = await decodeVoice(mp3)
    expect(Math.abs(pcm.samples.length / 16_000 - clip.seconds) / clip.seconds).toBeLessThan(0.05)
    const saved = process.env.PATH
    process.env.PATH = '/nonexistent'
    try {
      await expect(decodeVoice(mp3)).rejects.toMatchObject({ reason: 'unreadable' })
    } finally {
      process.env.PATH = saved
    }
  })
})
