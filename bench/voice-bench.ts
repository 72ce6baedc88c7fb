/**
 * @module bench/voice-bench
 * How long our in-process decoders take to turn a 10-second voice note into
 * 16 kHz mono PCM (OGG/Opus as Telegram sends, SILK v3 as WeChat sends, WAV,
 * and the WAV writer for the transcription upload), and what it costs in
 * memory. The clip is real speech made by espeak-ng and encoded with ffmpeg
 * and silk-wasm (Debian packages espeak-ng and ffmpeg). The longest event-loop
 * stall shows how long other chats could wait behind one note.
 *
 * @example node bin/run-ts.js bench/voice-bench.ts [--runs 10]
 */
import { parseArgs } from 'node:util'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { decodeVoice } from '../src/voice/decode-audio.js'
import { writeWav } from '../src/voice/wav.js'
import { makeClip } from '../test/fakes/voice-clips.js'
import { percentilesOf } from './percentile.js'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } })
const runs = Math.max(1, Number(values.runs))
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`

const clip = await makeClip('我想学习怎么用智能手机和家里人视频聊天，有没有适合老年人的课程', { repeat: 2 })
console.log(`clip: ${clip.seconds.toFixed(2)} s of espeak-ng speech; OGG/Opus ${(clip.ogg.length / 1024).toFixed(0)} KB, SILK ${(clip.silk.length / 1024).toFixed(0)} KB, WAV ${(clip.wav.length / 1024).toFixed(0)} KB`)
const before = process.memoryUsage()
console.log(`memory before decoding: rss ${mb(before.rss)}, heap ${mb(before.heapUsed)}, external+arrayBuffers ${mb(before.external + before.arrayBuffers)}`)

const per10s = (ms: number) => (ms * 10) / clip.seconds
let peakRss = before.rss
for (const [name, bytes] of [['OGG/Opus', clip.ogg], ['SILK v3', clip.silk], ['WAV 22 kHz', clip.wav]] as const) {
  const times: number[] = []
  const stall = monitorEventLoopDelay({ resolution: 5 })
  stall.enable()
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now()
    const pcm = await decodeVoice(bytes)
    writeWav(pcm)
    times.push(performance.now() - t0)
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
  }
  stall.disable()
  const [first, ...warm] = times
  const median = percentilesOf(warm, [50])[50]
  console.log(`${name.padEnd(11)} decode + resample + WAV per 10 s of audio: first run ${per10s(first).toFixed(0)} ms, then median ${per10s(median).toFixed(0)} ms (${runs} runs, ${(clip.seconds * 1000 / median).toFixed(0)}× real time); longest event-loop stall ${(stall.max / 1e6).toFixed(0)} ms`)
}
const after = process.memoryUsage()
console.log(`memory after ${3 * (runs + 1)} decodes: rss ${mb(after.rss)} (peak seen ${mb(peakRss)}, +${mb(peakRss - before.rss)}), heap ${mb(after.heapUsed)}, external+arrayBuffers ${mb(after.external + after.arrayBuffers)}`)
