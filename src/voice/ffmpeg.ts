/**
 * @module voice/ffmpeg
 * The fallback decoder for formats we do not read in process (MP3, M4A,
 * AMR...): the system `ffmpeg`, only when it is on PATH. learnfinder never
 * requires it; without it such a note gets the "请打字或再说一遍" reply.
 */
import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import { SPEECH_RATE, int16FromBytes, type SpeechPcm } from './pcm.js'
import { VoiceError } from './voice-error.js'

let lookedUp: { path: string; found: string | null } | undefined

/** The path of `ffmpeg` on PATH, or null (looked up once per PATH value). */
export function ffmpegPath(): string | null {
  const path = process.env.PATH ?? ''
  if (lookedUp?.path === path) return lookedUp.found
  let found: string | null = null
  for (const dir of path.split(delimiter)) {
    if (!dir) continue
    try {
      accessSync(join(dir, 'ffmpeg'), constants.X_OK)
      found = join(dir, 'ffmpeg')
      break
    } catch {
      // not in this directory
    }
  }
  lookedUp = { path, found }
  return found
}

/** True when `ffmpeg` can be used. */
export async function ffmpegAvailable(): Promise<boolean> {
  return ffmpegPath() !== null
}

/** Runs ffmpeg with `args`, feeding `input` on stdin; resolves with stdout. Killed after `timeoutMs`. */
export function runFfmpeg(args: string[], input: Uint8Array, timeoutMs = 20_000): Promise<Buffer> {
  const bin = ffmpegPath()
  if (!bin) return Promise.reject(new VoiceError('unreadable', 'ffmpeg is not on PATH'))
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['-hide_banner', '-loglevel', 'error', ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    let err = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.stdin.on('error', () => undefined) // ffmpeg may stop reading early on bad input
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(new VoiceError('unreadable', `ffmpeg: ${e.message}`))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve(Buffer.concat(out))
      else reject(new VoiceError('unreadable', `ffmpeg ${signal ?? `exit ${code}`}: ${err.trim().split('\n').at(-1) ?? ''}`))
    })
    child.stdin.end(input)
  })
}

/** Decodes anything ffmpeg reads to 16 kHz mono 16-bit PCM, cut at `maxSeconds` (+1 s so "too long" is still seen). */
export async function ffmpegToPcm(input: Uint8Array, maxSeconds?: number): Promise<SpeechPcm> {
  const limit = maxSeconds !== undefined ? ['-t', String(maxSeconds + 1)] : []
  const raw = await runFfmpeg(['-i', 'pipe:0', ...limit, '-f', 's16le', '-ac', '1', '-ar', String(SPEECH_RATE), 'pipe:1'], input)
  return { samples: int16FromBytes(raw), sampleRate: SPEECH_RATE }
}
