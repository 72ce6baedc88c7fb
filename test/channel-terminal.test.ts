import { describe, expect, it } from 'vitest'
import { PassThrough } from 'node:stream'
import { createTerminalChannel } from '../src/channels/terminal/index.js'
import { silentLogger } from '../src/channels/shared/logger.js'
import { loadPrompts } from '../src/prompts.js'
import { createScriptedEngine } from './fakes/channel-scripted-engine.js'

function collect(stream: PassThrough): () => string {
  let out = ''
  stream.on('data', (c) => (out += c.toString()))
  return () => out
}

describe('terminal channel', () => {
  it('greets, answers each piped line in order and says goodbye at end of input', async () => {
    const engine = createScriptedEngine()
    engine.delayMs = 20
    const input = new PassThrough()
    const output = new PassThrough()
    const text = collect(output)
    const chat = createTerminalChannel(engine, { prompts: loadPrompts(), input, output, log: silentLogger })
    await chat.start()
    input.end('我想学电脑\n\n2\n')
    await chat.closed
    const out = text()
    expect(out.startsWith('您好！我是学习项目小助手')).toBe(true)
    expect(out.indexOf('1. 项目1')).toBeLessThan(out.indexOf('项目2：报名请打电话'))
    expect(out.trim().endsWith('再见，欢迎常来！')).toBe(true)
    expect(engine.seen.map((m) => m.text)).toEqual(['我想学电脑', '2'])
    expect(engine.seen[0]).toMatchObject({ channel: 'terminal', userId: 'local' })
  })

  it('greets in English when configured so, and stop() ends the chat', async () => {
    const input = new PassThrough()
    const output = new PassThrough()
    const text = collect(output)
    const chat = createTerminalChannel(createScriptedEngine(), { prompts: loadPrompts(), lang: 'en', input, output, log: silentLogger })
    await chat.start()
    await chat.stop()
    expect(text()).toContain('Hello! I help you find lifelong-learning projects.')
    expect(text()).toContain('Goodbye')
  })
})
