/**
 * @module dialogue/untaught-notes
 * The honest sentences about a subject the catalogue does not teach by name.
 * A learner names what they want by an everyday subject of a topic (二胡,
 * 抢红包, 电动车维修: the taxonomy's `family` words); the topic answers, and
 * when no project on the page teaches the word itself the reply says so
 * ("没有专门教“二胡”的，这些是文化艺术类的。") instead of passing the topic off
 * as the subject. A specific skill nobody teaches (叉车, 钢琴) still gets
 * nothing, with the way to its topic's other courses offered by its menu number.
 */
import type { Project } from '../catalogue/project.js'
import { say } from './chat-prompts.js'
import type { DialogueState } from './dialogue-state.js'
import { menuTopics, topicLabel } from './render-reply.js'
import type { TurnContext } from './turn-context.js'

/** Everything a project says about itself that could name a subject. */
function projectText(p: Project): string {
  return [p.title, p.summary, ...p.tags].join(' ')
}

/**
 * The sentence in front of `page` when the request's topic was named by an
 * everyday subject of it that none of the shown projects teaches by name;
 * none when one does, or when the topic was named as a whole.
 */
export function untaughtFamilyNotes(ctx: TurnContext, state: DialogueState, page: readonly Project[]): string[] {
  const { prompts, taxonomy } = ctx.deps
  // Only the word itself: a sibling the search also looked for ("二胡" → 葫芦丝) is not the subject asked.
  for (const t of state.topics) {
    // (Only a subject the learner named: a topic their words about themselves imply, "我家种菜", was not asked for.)
    if (t.source !== 'stated' || !/\p{Script=Han}/u.test(t.value.matched)) continue
    const word = taxonomy.familyWordsIn(t.value.matched)[0]
    if (!word || page.some((p) => projectText(p).includes(word))) continue
    return [say(prompts, ctx.lang, 'untaught_family', { what: word, topic: topicLabel(taxonomy, ctx.lang, t.value.id) })]
  }
  return []
}

/**
 * "没有专门教“叉车”的项目。想看职业技能类的其他课，回复“6”。": for a request
 * that found nothing because its only subject is a skill nobody teaches, the
 * honest "nothing" plus the menu number of that skill's topic; null when the
 * topic is not on the menu.
 */
export function untaughtOffer(ctx: TurnContext, skill: { word: string; topic: string }): string | null {
  const { prompts, taxonomy } = ctx.deps
  const n = menuTopics(taxonomy).indexOf(skill.topic) + 1
  if (n < 1) return null
  return say(prompts, ctx.lang, 'untaught_offer', { what: skill.word, topic: topicLabel(taxonomy, ctx.lang, skill.topic), n })
}
