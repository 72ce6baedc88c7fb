/**
 * The Transcriber implementations and the settings that choose them: the
 * OpenAI-compatible client against a fake server (multipart fields, WAV
 * header, one retry, timeout, bad answers), the sherpa-onnx model folder
 * check, the transcript normaliser, and the voice settings' start-up checks.
 * With STT_MODEL_DIR set, a real sherpa-onnx model recognises synthesised
 * speech and the character error rate is reported.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config.js'
import { createOpenAITranscriber } from '../src/voice/openai-transcriber.js'
import { createSherpaTranscriber } from '../src/voice/sherpa-transcriber.js'
import { checkSherpaModelDir } from '../src/voice/sherpa-model-dir.js'
import { createFakeTranscriber } from '../src/voice/fake-transcriber.js'
import { isUnclearTranscript, normalizeTranscript } from '../src/voice/normalize-transcript.js'
import { understandVoice } from '../src/voice/understand-voice.js'
import { voiceFromConfig } from '../src/voice/voice-from-config.js'
import { decodeVoice } from '../src/voice/decode-audio.js'
import { FakeSpeechServer } from './fakes/fake-speech-server.js'
import { makeClip, type VoiceClip } from './fakes/voice-clips.js'

let speech: FakeSpeechServer
let clip: VoiceClip

beforeAll(async () => {
  speech = await new FakeSpeechServer().start()
  clip = await makeClip('有适合老年人的课吗')
  speech.knows(clip.seconds, '有适合老年人的课吗？')
})
afterAll(async () => {
  await speech?.close()
})

/** A server answering each request with the next of `answers` (a status and body, or 'hang'). */
async function scripted(answers: ({ status: number; body: string } | 'hang' | 'drop')[]): Promise<{ url: string; hits: () => number; close(): Promise<void> }> {
  let hits = 0
  const server: Server = createServer((req, res) => {
    req.resume()
    const next = answers[Math.min(hits++, answers.length - 1)]
    if (next === 'hang') return
    if (next === 'drop') return void req.socket.destroy()
    res.writeHead(next.status, { 'content-type': 'application/json' })
    res.end(next.body)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    hits: () => hits,
    close: () => {
      server.closeAllConnections()
      return new Promise((r) => server.close(() => r()))
    },
  }
}

describe('the OpenAI-compatible transcriber', () => {
  it('posts a 16 kHz mono 16-bit WAV with model, language and response_format=json, and returns the text', async () => {
    const stt = createOpenAITranscriber({ baseUrl: speech.baseUrl, model: 'whisper-large-v3' })
    const out = await stt.transcribe({ audio: await decodeVoice(clip.ogg), language: 'zh' })
    expect(out.text).toBe('有适合老年人的课吗？')
    expect(speech.problems).toEqual([])
    expect(speech.transcriptions.at(-1)).toMatchObject({
      fields: { model: 'whisper-large-v3', language: 'zh', response_format: 'json' },
      wav: { sampleRate: 16_000, channels: 1, bits: 16 },
    })
  })

  it('retries once after a 5xx or a dropped connection, then gives up', async () => {
    const audio = await decodeVoice(clip.wav)
    const flaky = await scripted([{ status: 503, body: '{}' }, { status: 200, body: '{"text":"第二个"}' }])
    const dead = await scripted(['drop'])
    try {
      expect((await createOpenAITranscriber({ baseUrl: flaky.url }).transcribe({ audio })).text).toBe('第二个')
      expect(flaky.hits()).toBe(2)
      await expect(createOpenAITranscriber({ baseUrl: dead.url }).transcribe({ audio })).rejects.toThrow()
      expect(dead.hits()).toBe(2)
    } finally {
      await flaky.close()
      await dead.close()
    }
  })

  it('gives up on a server that never answers after the timeout (twice)', async () => {
    const hung = await scripted(['hang'])
    try {
      const started = Date.now()
      await expect(createOpenAITranscriber({ baseUrl: hung.url, timeoutMs: 300 }).transcribe({ audio: await decodeVoice(clip.wav) })).rejects.toThrow()
      expect(hung.hits()).toBe(2)
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      await hung.close()
    }
  })

  it('refuses an answer without a text field, without retrying', async () => {
    const odd = await scripted([{ status: 200, body: '{"transcript":"你好"}' }])
    try {
      await expect(createOpenAITranscriber({ baseUrl: odd.url }).transcribe({ audio: await decodeVoice(clip.wav) })).rejects.toThrow(/no "text"/)
      expect(odd.hits()).toBe(1)
    } finally {
      await odd.close()
    }
  })
})

describe('understanding a voice note', () => {
  it('turns an empty or one-sound transcript into "say it again", and keeps a spoken number', async () => {
    for (const heard of ['', '。', '嗯', '  ']) {
      await expect(understandVoice(clip.ogg, { transcriber: createFakeTranscriber(() => heard), maxSeconds: 60 })).rejects.toMatchObject({ reason: 'unclear' })
    }
    const two = await understandVoice(clip.ogg, { transcriber: createFakeTranscriber(() => '二。'), maxSeconds: 60 })
    expect(two.text).toBe('二')
  })

  it('refuses a long note before the transcriber hears it', async () => {
    const fake = createFakeTranscriber(() => '不该被调用')
    await expect(understandVoice(clip.ogg, { transcriber: fake, maxSeconds: 1 })).rejects.toMatchObject({ reason: 'too_long' })
    expect(fake.requests).toHaveLength(0)
  })

  it('normalises what recognisers write into what learners type', () => {
    expect(normalizeTranscript('嗯，我想学人工智能。')).toBe('我想学人工智能')
    expect(normalizeTranscript('我 想 学 电 脑')).toBe('我想学电脑')
    expect(normalizeTranscript('两个怎么报名？')).toBe('第二个怎么报名')
    expect(normalizeTranscript('二个要钱吗')).toBe('第二个要钱吗')
    expect(normalizeTranscript('二号')).toBe('第二个')
    expect(normalizeTranscript('第２个在哪里')).toBe('第2个在哪里')
    expect(normalizeTranscript('两个人一起学可以吗')).toBe('两个人一起学可以吗')
    expect(isUnclearTranscript('好')).toBe(true)
    expect(isUnclearTranscript('3')).toBe(false)
    expect(isUnclearTranscript('我想学画画', 0.1)).toBe(true)
  })
})

describe('choosing the recognizer at start', () => {
  it('names the variable when both a server and a model folder are set, or TTS_AUTO lacks a server', () => {
    expect(() => loadConfig({ STT_BASE_URL: 'http://127.0.0.1:8080/v1', STT_MODEL_DIR: '/models/x' })).toThrowError(/^STT_MODEL_DIR: set either/)
    expect(() => loadConfig({ TTS_AUTO: '1' })).toThrowError(/^TTS_AUTO: needs TTS_BASE_URL/)
    expect(() => loadConfig({ VOICE_MAX_SECONDS: 'long' })).toThrowError(/^VOICE_MAX_SECONDS: must be a number of seconds/)
    expect(loadConfig({}).VOICE_MAX_SECONDS).toBe(60)
  })

  it('builds no transcriber when none is configured (voice notes keep the "please type" reply)', () => {
    expect(voiceFromConfig(loadConfig({}))).toMatchObject({ transcriber: undefined, tts: undefined, maxSeconds: 60, ttsAuto: false })
    expect(voiceFromConfig(loadConfig({ STT_BASE_URL: speech.baseUrl })).transcriber?.name).toBe('openai')
  })

  it('stops start-up with one line naming the missing sherpa-onnx model file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-sherpa-'))
    try {
      expect(() => voiceFromConfig(loadConfig({ STT_MODEL_DIR: join(dir, 'nope') }))).toThrowError(/^STT_MODEL_DIR: .*nope is not a folder \(see docs\/voice\.md/)
      expect(() => checkSherpaModelDir(dir)).toThrowError(new RegExp(`^STT_MODEL_DIR: ${dir}/model.int8.onnx is missing`))
      writeFileSync(join(dir, 'model.int8.onnx'), '')
      expect(() => checkSherpaModelDir(dir)).toThrowError(new RegExp(`^STT_MODEL_DIR: ${dir}/tokens.txt is missing`))
      writeFileSync(join(dir, 'tokens.txt'), '')
      expect(checkSherpaModelDir(dir)).toMatchObject({ kind: 'sense-voice', tokens: join(dir, 'tokens.txt') })
      writeFileSync(join(dir, 'tiny-encoder.int8.onnx'), '')
      expect(() => checkSherpaModelDir(dir)).toThrowError(/tiny-decoder\.onnx is missing/)
      expect(() => checkSherpaModelDir(dir)).toThrowError(/^[^\n]+$/) // one line
      rmSync(join(dir, 'tiny-encoder.int8.onnx'))
      // The files are there but are no model: the native loader's error becomes one line too.
      await expect(createSherpaTranscriber({ modelDir: dir }).ready!()).rejects.toThrowError(/^STT_MODEL_DIR: sherpa-onnx could not load [^\n]+$/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

const MODEL_DIR = process.env.STT_MODEL_DIR
const SENTENCES = ['我想学人工智能', '有适合老年人的课吗', '第二个怎么报名', '我想学用智能手机']

/** Character error rate: edit distance over the reference length, punctuation and spaces ignored. */
function cer(ref: string, hyp: string): number {
  const clean = (s: string) => [...s.replace(/[\s\p{P}]/gu, '')]
  const a = clean(ref)
  const b = clean(hyp)
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
  return d[a.length][b.length] / Math.max(1, a.length)
}

describe('sherpa-onnx on synthesised speech', () => {
  it.skipIf(!MODEL_DIR)('recognises espeak-ng sentences and reports the character error rate (skipped: set STT_MODEL_DIR to a downloaded model)', async () => {
    const stt = createSherpaTranscriber({ modelDir: MODEL_DIR! })
    let errors = 0
    let chars = 0
    for (const sentence of SENTENCES) {
      const c = await makeClip(sentence)
      const out = await stt.transcribe({ audio: await decodeVoice(c.silk), language: 'zh' })
      const rate = cer(sentence, out.text)
      console.log(`sherpa-onnx: "${sentence}" → "${out.text}" (CER ${(rate * 100).toFixed(0)}%)`)
      errors += rate * sentence.length
      chars += sentence.length
    }
    console.log(`sherpa-onnx CER over ${SENTENCES.length} sentences: ${((errors / chars) * 100).toFixed(1)}%`)
    expect(errors / chars).toBeLessThan(0.5)
  })
})
