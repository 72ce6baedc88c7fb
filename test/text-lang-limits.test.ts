import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { isTooLong as guardTooLong, MAX_MESSAGE_CHARS as GUARD_MAX } from '../src/channels/shared/guards.js'
import { TELEGRAM_MAX_TEXT as RENDER_MAX } from '../src/channels/telegram/render.js'
import { textChunks } from '../src/staff/telegram/commands-feature.js'
import { isTooLong, MAX_MESSAGE_CHARS, TELEGRAM_MAX_TEXT } from '../src/limits.js'
import { detectLang, langFromCode } from '../src/text/lang.js'
import { openRig, tempDbPath, type EngineRig } from './fixtures/dialogue-setup.js'

let rig: EngineRig
let tmp: ReturnType<typeof tempDbPath>
beforeAll(async () => {
  tmp = tempDbPath()
  rig = await openRig(tmp.path)
})
afterAll(() => {
  rig.close()
  tmp.cleanup()
})

describe('one message limit for the channels and the engine', () => {
  it('is the same number and the same test in the channel guard as in src/limits', () => {
    expect(GUARD_MAX).toBe(MAX_MESSAGE_CHARS)
    expect(guardTooLong('学'.repeat(MAX_MESSAGE_CHARS))).toBe(false)
    expect(isTooLong('学'.repeat(MAX_MESSAGE_CHARS + 1))).toBe(true)
    // Counted in characters: an emoji is one, though it is two UTF-16 units.
    expect(isTooLong('👍'.repeat(MAX_MESSAGE_CHARS))).toBe(false)
  })

  it('searches a 700-character message that passed the guard, rather than cutting it', async () => {
    const text = '我想学人工智能。' + '我平时喜欢在家看书，'.repeat(69)
    expect([...text].length).toBeGreaterThan(500)
    expect(guardTooLong(text)).toBe(false)
    const reply = await rig.say(text, 'long-but-fine')
    expect(reply.projects.length).toBeGreaterThan(0)
    expect(replyText(reply)).not.toContain('有点长')
  })

  it('asks kindly for a shorter message when one over the limit reaches the engine, in the learner\'s language', async () => {
    const zh = await rig.say('学'.repeat(MAX_MESSAGE_CHARS + 1), 'too-long-zh')
    expect(replyText(zh)).toContain(`请缩短到 ${MAX_MESSAGE_CHARS} 个字以内`)
    expect(zh.projects).toHaveLength(0)
    const en = await rig.say('learn '.repeat(200), 'too-long-en')
    expect(en.lang).toBe('en')
    expect(replyText(en)).toContain(`under ${MAX_MESSAGE_CHARS} characters`)
  })
})

describe('one Telegram text limit', () => {
  it('is used by the renderer and by the staff command chunks alike', () => {
    expect(RENDER_MAX).toBe(TELEGRAM_MAX_TEXT)
    const line = '一'.repeat(100)
    const chunks = textChunks({ lang: 'zh', parts: [{ type: 'text', text: Array(100).fill(line).join('\n') }], projects: [], clarify: false })
    expect(chunks.length).toBeGreaterThan(1)
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(TELEGRAM_MAX_TEXT)
    expect(chunks[0].length).toBeGreaterThan(4000)
  })
})

describe('one language detector', () => {
  it('reads pinyin as Chinese for every caller, and a tag such as zh-hans or en-US', () => {
    expect(detectLang('laonianren diannao')).toBe('zh')
    expect(detectLang('AI courses for retirees')).toBe('en')
    expect(langFromCode('zh-hans')).toBe('zh')
    expect(langFromCode('en-US')).toBe('en')
    expect(langFromCode('中文')).toBe('zh')
    expect(langFromCode('fr')).toBeUndefined()
  })

  it('is what the search understanding reports as the message language', () => {
    for (const text of ['我想学电脑', 'free online courses for farmers in Yunnan', 'rengong zhineng']) {
      expect(rig.search.understand(text).lang).toBe(detectLang(rig.search.understand(text).normalized))
    }
  })
})
