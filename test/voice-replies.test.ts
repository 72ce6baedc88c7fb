/**
 * Who gets spoken replies and what is spoken: /voice and 语音回复 choices,
 * TTS_AUTO after a voice question, and the reply text without list noise.
 */
import { describe, expect, it } from 'vitest'
import { loadPrompts } from '../src/prompts.js'
import { declareChannelPrompts } from '../src/channels/shared/channel-prompts.js'
import { VoiceReplyChoices, spokenText, voiceReplyCommand, withEcho } from '../src/channels/shared/voice-turn.js'
import type { Reply } from '../src/dialogue/types.js'
import type { VoiceSettings } from '../src/voice/voice-from-config.js'

const prompts = declareChannelPrompts(loadPrompts())
const tts = { synthesize: async () => Buffer.alloc(0) }
const reply: Reply = {
  lang: 'zh',
  clarify: false,
  projects: [{ id: 'A', title: '人工智能通识课' }],
  parts: [
    { type: 'text', text: '按“人工智能”，给您找到这几个：' },
    { type: 'projects', items: [{ n: 1, id: 'A', title: '人工智能通识课', line: '人工智能通识课，示范理工大学，线上，免费' }, { n: 2, id: 'B', title: '银龄AI课堂', line: '银龄AI课堂，重庆开放大学，线下（重庆市），免费' }] },
    { type: 'text', text: '回复数字看详情，回复“更多”看更多。\n详情见 https://example.org/ai 👍' },
    { type: 'buttons', buttons: [{ label: '更多', payload: '更多' }] },
  ],
}

describe('spoken replies', () => {
  it('speaks sentences and "第1个，标题。" without numbers, hints, links or emoji', () => {
    expect(spokenText(reply, prompts)).toBe('按“人工智能”，给您找到这几个：\n第1个，人工智能通识课。\n第2个，银龄AI课堂。\n详情见')
  })

  it('puts the echo of what was heard first', () => {
    const echoed = withEcho(reply, prompts, '我想学人工智能')
    expect(echoed.parts[0]).toEqual({ type: 'text', text: '您说的是：“我想学人工智能”' })
    expect(echoed.parts.slice(1)).toEqual(reply.parts)
  })

  it('speaks to learners who asked, and after voice questions only with TTS_AUTO', () => {
    const choices = new VoiceReplyChoices()
    const auto: VoiceSettings = { tts, maxSeconds: 60, ttsAuto: true }
    const manual: VoiceSettings = { tts, maxSeconds: 60, ttsAuto: false }
    expect(choices.wants(manual, 'u', true)).toBe(false)
    expect(choices.wants(auto, 'u', true)).toBe(true)
    expect(choices.wants(auto, 'u', false)).toBe(false)
    choices.set('u', true)
    expect(choices.wants(manual, 'u', false)).toBe(true)
    expect(choices.wants({ maxSeconds: 60, ttsAuto: true }, 'u', true)).toBe(false) // no TTS server
    choices.set('u', false)
    expect(choices.wants(auto, 'u', true)).toBe(false) // turned off beats TTS_AUTO
  })

  it('recognises the WeChat words for switching spoken replies', () => {
    expect(voiceReplyCommand('语音回复')).toBe(true)
    expect(voiceReplyCommand('打开语音回复')).toBe(true)
    expect(voiceReplyCommand('关闭语音回复')).toBe(false)
    expect(voiceReplyCommand('文字回复')).toBe(false)
    expect(voiceReplyCommand('语音回复怎么用，我想学人工智能')).toBeUndefined()
  })
})
