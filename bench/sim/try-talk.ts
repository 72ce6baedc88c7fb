/**
 * @module bench/sim/try-talk
 * Diagnosis aid: plays the conversations given on the command line (turns separated by "|", one
 * conversation per argument) against the real engine on the sample or a generated catalogue, and
 * prints each reply's first lines, so a phrasing's reading is seen without a whole simulator run.
 *
 *   node bin/run-ts.js bench/sim/try-talk.ts [--catalogue generated] "我想学手机|再来几个" "…"
 */
import { parseArgs } from 'node:util'
import { openSimRig } from './rig.js'
import { SIM_TODAY } from './eval-sim.js'
import { replyText } from '../../src/dialogue/reply-text.js'
import type { Reply } from '../../src/dialogue/types.js'

const { values, positionals } = parseArgs({
  options: { catalogue: { type: 'string', default: 'sample' }, 'catalogue-seed': { type: 'string' }, lines: { type: 'string', default: '3' } },
  allowPositionals: true,
})
const rig = await openSimRig(values.catalogue === 'generated' ? { kind: 'generated', rows: 1000, seed: Number(values['catalogue-seed'] ?? 1) } : { kind: 'sample' }, SIM_TODAY)
try {
  let n = 0
  for (const talk of positionals) {
    const userId = `try-${++n}`
    for (const say of talk.split('|')) {
      const text = replyText(await rig.engine.handle({ channel: 'sim', userId, chatId: userId, text: say }) as Reply)
      console.log(`» ${say}\n  « ${text.split('\n').slice(0, Number(values.lines)).join(' | ').slice(0, 220)}`)
    }
    console.log('')
  }
} finally {
  rig.close()
}
