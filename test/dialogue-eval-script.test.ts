import { describe, expect, it } from 'vitest'
import { loadDialogues, runDialogueEval, type ScriptedDialogue } from '../bench/eval/dialogues.js'
import { openRig, tempDbPath } from './fixtures/dialogue-setup.js'

describe('the scripted dialogues file', () => {
  it('holds at least 30 valid dialogues whose follow-ups point at earlier turns', () => {
    const dialogues = loadDialogues()
    expect(dialogues.length).toBeGreaterThanOrEqual(30)
    for (const d of dialogues) {
      d.turns.forEach((t, i) => {
        if (t.expect.about) expect(t.expect.about.turn, `${d.name} turn ${i + 1}`).toBeLessThanOrEqual(i)
      })
    }
  })

  it('counts a dialogue as failed when one turn misses its expectation', async () => {
    const t = tempDbPath()
    const rig = await openRig(t.path)
    try {
      const dialogues: ScriptedDialogue[] = [
        { name: 'ok', turns: [{ say: '我想学电工', expect: { projects: 'some', topics: ['energy-power'] } }, { say: '1号要钱吗', expect: { about: { turn: 1, n: 1 }, field: 'fee' } }] },
        { name: 'wrong on purpose', turns: [{ say: '我想学电工', expect: { topics: ['ai'] } }] },
      ]
      const lines: string[] = []
      const result = await runDialogueEval(rig.engine, rig.store, { dialogues, log: (l) => lines.push(l) })
      expect(result).toMatchObject({ passed: 1, total: 2 })
      expect(lines.join('\n')).toMatch(/FAIL wrong on purpose\n\s+turn 1 "我想学电工": .* lacks topic ai/)
      expect(result.p99ms).toBeGreaterThanOrEqual(result.p50ms)
    } finally {
      rig.close()
      t.cleanup()
    }
  })
})
