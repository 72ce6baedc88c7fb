import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadPrompts } from '../src/prompts.js'

const dirs: string[] = []
function promptsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lf-prompts-'))
  dirs.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('reply templates', () => {
  it('renders a declared template with its variables in each language', () => {
    const p = loadPrompts(
      promptsDir({ 'zh/chat.yaml': 'found: 找到 {count} 个项目\n', 'en/chat.yaml': 'found: Found {count} projects\n' }),
    ).declare('chat', { found: ['count'] })
    expect(p.t('zh', 'chat.found', { count: 3 })).toBe('找到 3 个项目')
    expect(p.t('en', 'chat.found', { count: 3 })).toBe('Found 3 projects')
  })

  it('fails start-up naming the file, key and unknown variable', () => {
    const p = loadPrompts(
      promptsDir({ 'zh/chat.yaml': 'found: 找到 {cuont} 个\n', 'en/chat.yaml': 'found: Found {count}\n' }),
    )
    expect(() => p.declare('chat', { found: ['count'] })).toThrowError(
      expect.objectContaining({
        details: [expect.stringMatching(/zh\/chat\.yaml: "found" uses unknown variable \{cuont\} \(allowed: \{count\}\)/)],
      }),
    )
  })

  it('fails start-up when a language lacks a declared key', () => {
    const p = loadPrompts(promptsDir({ 'zh/chat.yaml': 'hello: 你好\n', 'en/chat.yaml': 'bye: Bye\n' }))
    expect(() => p.declare('chat', { hello: [] })).toThrowError(
      expect.objectContaining({ details: [expect.stringMatching(/en\/chat\.yaml: missing "hello"/)] }),
    )
  })

  it('rejects a template file that is not a map of text', () => {
    expect(() => loadPrompts(promptsDir({ 'zh/chat.yaml': '- a\n- b\n' }))).toThrowError(/must be a list of "key: template"/)
  })
})
