/**
 * Voice end to end on WeChat: the real WeChat channel on wechaty-puppet-mock,
 * the real dialogue engine (fixture catalogue, real search), and the real
 * OpenAI-compatible transcriber and TTS client talking to a fake speech
 * server. Voice messages are real speech (espeak-ng) encoded to SILK v3.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FileBox } from 'file-box'
import { ScanStatus, types } from 'wechaty'
import { isSilk } from 'silk-wasm'
import { createWechatChannel, type WechatChannel } from '../src/channels/wechat/index.js'
import type { Logger } from '../src/channels/shared/logger.js'
import { createOpenAITranscriber } from '../src/voice/openai-transcriber.js'
import { createTtsClient } from '../src/voice/tts-client.js'
import { DIALOGUE_PROJECTS } from './fixtures/dialogue-projects.js'
import { openRig, tempDbPath, type EngineRig } from './fixtures/dialogue-setup.js'
import { createMockWechat } from './fakes/mock-wechat.js'
import { FakeSpeechServer } from './fakes/fake-speech-server.js'
import { makeClip, type VoiceClip } from './fakes/voice-clips.js'

const wx = createMockWechat()
const tmp = tempDbPath()
let rig: EngineRig
let speech: FakeSpeechServer
let channel: WechatChannel
const clips: Record<string, VoiceClip> = {}
const logged: string[] = []
const log: Logger = { info: (m) => void logged.push(m), warn: (m) => void logged.push(m), error: (m) => void logged.push(m) }
/** Voice messages (SILK FileBoxes) the bot sent, by receiver. */
const voiceSent: { to: string; name: string; data: Buffer }[] = []
const voiceWaiters: (() => void)[] = []
const MAX_SECONDS = 10

const silkBox = (clip: VoiceClip) => FileBox.fromBase64(clip.silk.toString('base64'), 'voice.sil')

beforeAll(async () => {
  speech = await new FakeSpeechServer().start()
  clips.ai = await makeClip('我想学人工智能', { speed: 150 })
  clips.two = await makeClip('两个怎么报名', { speed: 100 })
  clips.long = await makeClip('我想学习怎么用智能手机和家里人视频聊天', { repeat: 4 })
  clips.reply = await makeClip('找到了这几个项目', { speed: 160 })
  expect(Math.abs(clips.ai.seconds - clips.two.seconds) / clips.ai.seconds).toBeGreaterThan(0.1)
  expect(clips.long.seconds).toBeGreaterThan(MAX_SECONDS)
  speech.knows(clips.ai.seconds, '我想学人工智能')
  speech.knows(clips.two.seconds, '两个怎么报名')
  speech.speaksWith(clips.reply)
  rig = await openRig(tmp.path)
  wx.puppet.on('message', async ({ messageId }) => {
    const p = wx.mocker.messagePayload(messageId) as any
    if (p.talkerId !== wx.me.id || p.type !== types.Message.Audio) return
    const box = FileBox.fromJSON(wx.mocker.cacheFileBoxPayload.get(messageId)!)
    voiceSent.push({ to: p.listenerId, name: box.name, data: await box.toBuffer() })
    for (const wake of voiceWaiters.splice(0)) wake()
  })
  channel = createWechatChannel(rig.engine, {
    puppet: wx.puppet,
    prompts: rig.prompts,
    log,
    name: `learnfinder-voice-test-${process.pid}`,
    voice: {
      transcriber: createOpenAITranscriber({ baseUrl: speech.baseUrl, model: 'whisper-1', timeoutMs: 5000 }),
      tts: createTtsClient({ baseUrl: speech.baseUrl, model: 'tts-1', voice: 'zh' }),
      maxSeconds: MAX_SECONDS,
      ttsAuto: false,
    },
  })
  await channel.start()
  wx.mocker.scan('https://login.weixin.qq.com/l/voice-test', ScanStatus.Waiting)
  wx.mocker.login(wx.me)
})
afterAll(async () => {
  await channel?.stop()
  rig?.close()
  await speech?.close()
  tmp.cleanup()
})

describe('voice messages on WeChat (wechaty-puppet-mock, real engine, fake speech server)', () => {
  it('answers a SILK voice message with the echo and projects, and "两个怎么报名" by voice as the second one', async () => {
    const grandma = wx.mocker.createContact({ name: '赵奶奶' })
    const first = wx.nextFromBot(grandma.id)
    grandma.say(silkBox(clips.ai)).to(wx.me)
    const list = (await first).text
    expect(list.split('\n')[0]).toBe('您说的是：“我想学人工智能”')
    const line2 = list.split('\n').find((l) => l.startsWith('2. '))!
    const second = DIALOGUE_PROJECTS.find((p) => line2.startsWith(`2. ${p.title}`))!
    expect(second).toBeDefined()

    const next = wx.nextFromBot(grandma.id)
    grandma.say(silkBox(clips.two)).to(wx.me)
    const detail = (await next).text
    expect(detail.split('\n')[0]).toBe('您说的是：“第二个怎么报名”')
    expect(detail).toContain(second.enroll!)
    expect(speech.problems).toEqual([])
  })

  it('asks for a shorter message when a voice message is over the limit, without transcribing it', async () => {
    const uncle = wx.mocker.createContact({ name: '钱大爷' })
    const before = speech.transcriptions.length
    const reply = wx.nextFromBot(uncle.id)
    uncle.say(silkBox(clips.long)).to(wx.me)
    expect((await reply).text).toBe(`这段语音有点长，请分几次说，每次不超过 ${MAX_SECONDS} 秒，我一段一段帮您找。`)
    expect(speech.transcriptions).toHaveLength(before)
  })

  it('says kindly to type or say it again when the speech server is down, and still answers typed messages', async () => {
    const aunt = wx.mocker.createContact({ name: '孙阿姨' })
    speech.mode = 'down'
    try {
      const reply = wx.nextFromBot(aunt.id)
      aunt.say(silkBox(clips.ai)).to(wx.me)
      expect((await reply).text).toBe('这段语音我这次没能听懂，请打字或再说一遍。')
      const typed = wx.nextFromBot(aunt.id)
      aunt.say('我想学人工智能').to(wx.me)
      expect((await typed).text).toMatch(/^1\. /m)
    } finally {
      speech.mode = 'up'
    }
  })

  it('after "语音回复" also sends each answer as a SILK voice message', async () => {
    const grandpa = wx.mocker.createContact({ name: '李爷爷' })
    const on = wx.nextFromBot(grandpa.id)
    grandpa.say('语音回复').to(wx.me)
    expect((await on).text).toContain('以后我的回答会同时发一段语音给您')
    const text = wx.nextFromBot(grandpa.id)
    const count = voiceSent.length
    grandpa.say(silkBox(clips.ai)).to(wx.me)
    expect((await text).text).toContain('您说的是：“我想学人工智能”')
    await new Promise<void>((resolve) => (voiceSent.length > count ? resolve() : voiceWaiters.push(resolve)))
    const note = voiceSent.at(-1)!
    expect(note.to).toBe(grandpa.id)
    expect(note.name).toBe('reply.sil')
    expect(isSilk(note.data)).toBe(true)
    expect(speech.speeches.at(-1)!.body).toMatchObject({ response_format: 'wav', model: 'tts-1' })
  })
})
