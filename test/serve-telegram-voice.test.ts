/**
 * Voice end to end on Telegram: the real `learnfinder serve` process (real
 * engine, search and staff turn log on a temp database) against the fake Bot
 * API, with a fake OpenAI-compatible speech server. The voice notes are real
 * speech (espeak-ng) encoded to OGG/Opus; our code downloads and decodes
 * them and the fake server checks the WAV it receives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import { FakeBotApi } from './fakes/fake-bot-api.js'
import { privateText, privateVoice, user } from './fakes/fake-bot-api-updates.js'
import { SERVE_CATALOGUE_CSV, prepareServeDb, spawnServe, type ServeProcess } from './fakes/fake-bot-api-serve.js'
import { FakeSpeechServer } from './fakes/fake-speech-server.js'
import { makeClip, type VoiceClip } from './fakes/voice-clips.js'
import { until } from './fixtures/until.js'

let api: FakeBotApi
let speech: FakeSpeechServer
let serve: ServeProcess
let db: ReturnType<typeof prepareServeDb>
const clips: Record<string, VoiceClip> = {}

/** The 报名方式 of the catalogue row whose title starts the line "n. title，…". */
function enrolmentOf(listText: string, n: number): string {
  const line = listText.split('\n').find((l) => l.startsWith(`${n}. `))!
  const rows = SERVE_CATALOGUE_CSV.split('\n').slice(1).map((r) => r.split(','))
  const row = rows.find((r) => line.slice(`${n}. `.length).startsWith(r[1]))!
  return row[12]
}

beforeAll(async () => {
  api = await new FakeBotApi().start()
  speech = await new FakeSpeechServer().start()
  clips.ai = await makeClip('我想学人工智能', { speed: 150 })
  clips.second = await makeClip('第二个怎么报名', { speed: 110 })
  clips.reply = await makeClip('找到了这几个项目', { speed: 160 })
  speech.knows(clips.ai.seconds, '我想学人工智能。')
  speech.knows(clips.second.seconds, '第二个怎么报名？')
  speech.speaksWith(clips.reply)
  const [a, b] = [clips.ai.seconds, clips.second.seconds]
  expect(Math.abs(a - b) / Math.min(a, b)).toBeGreaterThan(0.1) // the fake tells them apart by length
  api.addFile('voice-ai', clips.ai.ogg, 'voice/file_1.oga')
  api.addFile('voice-second', clips.second.ogg, 'voice/file_2.oga')
  // An `audio` file in a format only ffmpeg reads (MP3).
  const mp3 = execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', 'pipe:0', '-f', 'mp3', 'pipe:1'], { input: clips.ai.wav })
  api.addFile('audio-mp3', mp3, 'music/file_3.mp3')
  db = prepareServeDb()
  serve = spawnServe(db.db, {
    TELEGRAM_BOT_TOKEN: '123456:FAKE',
    TELEGRAM_API_ROOT: api.root,
    STT_BASE_URL: speech.baseUrl,
    STT_MODEL: 'whisper-1',
    TTS_BASE_URL: speech.baseUrl,
    TTS_MODEL: 'tts-1',
    TTS_VOICE: 'zh-female',
  })
  await serve.waitForLog(/telegram: long polling started/)
})
afterAll(async () => {
  serve?.kill()
  await api?.close()
  await speech?.close()
  db?.cleanup()
})

const voiceNote = (clip: VoiceClip, fileId: string) => ({ file_id: fileId, duration: Math.ceil(clip.seconds), file_size: clip.ogg.length })

describe('voice notes on Telegram (real serve, fake Bot API, fake speech server)', () => {
  it('answers a voice note with the echo and the matching projects, then a spoken follow-up about the second one', async () => {
    const grandpa = user(3001)
    const first = api.nextMessage(grandpa.id)
    api.deliver(privateVoice(grandpa, voiceNote(clips.ai, 'voice-ai')))
    const list = (await first).params.text as string
    expect(list.split('\n')[0]).toBe('您说的是：“我想学人工智能”')
    expect(list).toMatch(/1\. (人工智能通识课|老年人也能用的AI助手)/)
    expect(list).toMatch(/2\. /)

    const second = api.nextMessage(grandpa.id)
    api.deliver(privateVoice(grandpa, voiceNote(clips.second, 'voice-second')))
    const detail = (await second).params.text as string
    expect(detail.split('\n')[0]).toBe('您说的是：“第二个怎么报名”')
    expect(detail).toContain(enrolmentOf(list, 2))

    expect(speech.problems).toEqual([])
    const calls = speech.transcriptions.slice(-2)
    expect(calls.map((c) => c.answered)).toEqual(['我想学人工智能。', '第二个怎么报名？'])
    expect(calls[0].fields).toMatchObject({ model: 'whisper-1', language: 'zh', response_format: 'json' })
    expect(calls[0].wav).toMatchObject({ sampleRate: 16_000, channels: 1, bits: 16 })

    // The staff turn log keeps the transcript, marked as voice; no audio is stored anywhere in the database.
    // Written by serve's writer thread after the reply went out: wait for both rows to land.
    const log = new BetterSqlite3(db.db, { readonly: true })
    const voiceRows = () => log.prepare("SELECT text FROM turns WHERE via = 'voice' ORDER BY id").all() as { text: string }[]
    const rows = await until(voiceRows, (r) => r.some((x) => x.text === '第二个怎么报名') && r.some((x) => x.text === '我想学人工智能'))
    const blobs = log.prepare("SELECT COUNT(*) AS n FROM turns WHERE typeof(text) = 'blob' OR length(text) > 200").get() as { n: number }
    log.close()
    expect(rows.map((r) => r.text)).toEqual(expect.arrayContaining(['我想学人工智能', '第二个怎么报名']))
    expect(blobs.n).toBe(0)
  })

  it('answers an MP3 sent as an audio file through ffmpeg', async () => {
    const cousin = user(3005)
    const reply = api.nextMessage(cousin.id)
    api.deliver(privateVoice(cousin, { kind: 'audio', file_id: 'audio-mp3', duration: Math.ceil(clips.ai.seconds) }))
    const text = (await reply).params.text as string
    expect(text.split('\n')[0]).toBe('您说的是：“我想学人工智能”')
    expect(text).toMatch(/1\. (人工智能通识课|老年人也能用的AI助手)/)
  })

  it('asks for a shorter note when one is over the limit, without downloading or transcribing it', async () => {
    const aunt = user(3002)
    const before = { transcriptions: speech.transcriptions.length, getFile: api.sent('getFile').length }
    const reply = api.nextMessage(aunt.id)
    api.deliver(privateVoice(aunt, { file_id: 'voice-ai', duration: 95, file_size: 150_000 }))
    expect((await reply).params.text).toBe('这段语音有点长，请分几次说，每次不超过 60 秒，我一段一段帮您找。')
    expect(speech.transcriptions).toHaveLength(before.transcriptions)
    expect(api.sent('getFile')).toHaveLength(before.getFile)
  })

  it('says kindly to type or say it again when the speech server is down, and still answers typed messages', async () => {
    const uncle = user(3003)
    speech.mode = 'down'
    try {
      const reply = api.nextMessage(uncle.id)
      api.deliver(privateVoice(uncle, voiceNote(clips.ai, 'voice-ai')))
      expect((await reply).params.text).toBe('这段语音我这次没能听懂，请打字或再说一遍。')
      expect(serve.stderr()).toMatch(/voice note in chat 3003 not understood \(transcriber/)
      const typed = api.nextMessage(uncle.id)
      api.deliver(privateText(uncle, '我想学人工智能'))
      expect((await typed).params.text).toMatch(/人工智能通识课|老年人也能用的AI助手/)
    } finally {
      speech.mode = 'up'
    }
  })

  it('after /voice sends the answer as a voice note too, with the text still sent', async () => {
    const granny = user(3004)
    const on = api.nextMessage(granny.id)
    api.deliver(privateText(granny, '/voice'))
    expect((await on).params.text).toContain('以后我的回答会同时发一段语音给您')
    const speechesBefore = speech.speeches.length
    const text = api.nextMessage(granny.id)
    const voice = api.waitFor((c) => c.method === 'sendVoice' && String(c.params.chat_id) === String(granny.id))
    api.deliver(privateVoice(granny, voiceNote(clips.ai, 'voice-ai')))
    expect((await text).params.text).toContain('您说的是：“我想学人工智能”')
    const sent = await voice
    expect(sent.params.voice.data.subarray(0, 4).toString('latin1')).toBe('OggS')
    const asked = speech.speeches[speechesBefore].body
    expect(asked).toMatchObject({ model: 'tts-1', voice: 'zh-female', response_format: 'opus' })
    expect(asked.input).toMatch(/第1个，(人工智能通识课|老年人也能用的AI助手)。/)
    expect(asked.input).not.toMatch(/^\d+\. |回复数字|https?:/m)
  })
})
