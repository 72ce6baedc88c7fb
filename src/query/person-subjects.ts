/**
 * @module query/person-subjects
 * When words that usually describe a person are the subject asked for: "想学养牛",
 * "换种大棚的", "想学咋管孩子" name what to learn, not who the learner is, so the
 * audience their situation cue implies (farmers, parents) must not replace the
 * person the learner already said they are ("我在单位上班"). And a migrant
 * worker who says where they come from ("在城里送外卖的农村人", "老家农村的") is
 * a migrant worker, not also a farmer.
 */
import type { Match } from './term-matches.js'

/** A request verb right before a situation: what follows is asked for ("想学", "换成", "来个", "学怎么"). */
const ASKS_FOR = /(?:学|想|要|换|改|整|搞|弄|懂|会|来个|来点)(?:成|个|点|些|下|一下|怎么|咋|如何|着)?$/
/** A cue that frames the speaker themself ("我是…", "俺在…", "本人…") is a self-description whatever precedes it. */
const SELF_FRAMED = /^(?:我|我们|本人|俺|咱)/
/** Where a migrant worker comes from, not what they do now. */
const ORIGIN = /农村|乡下|老家|村里|农民(?!工)|山里|乡里/

/**
 * Drops audience mentions that are the subject, or a migrant worker's
 * origin, from `matches` (the understander's mentions after the subject
 * rules); returns the kept ones in order.
 */
export function personOrSubject(matches: Match[], text: string): Match[] {
  const asked = (m: Match) => m.kind === 'audiences' && m.cue && !m.explicit && m.id !== null && !SELF_FRAMED.test(m.matched)
    && ASKS_FOR.test(text.slice(Math.max(0, m.start - 4), m.start).replace(/.*[，,。!！?？\s]/, ''))
  let out = matches.filter((m) => !asked(m))
  // (The origin's words still say who the learner is, so they stay claimed, as the migrant worker's.)
  if (out.some((m) => m.kind === 'audiences' && m.id === 'migrant-workers')) {
    out = out.map((m) => (m.kind === 'audiences' && m.id === 'farmers' && !m.explicit && ORIGIN.test(m.matched) ? { ...m, id: 'migrant-workers' } : m))
  }
  return out
}
