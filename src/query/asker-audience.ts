/**
 * @module query/asker-audience
 * Who asks is not always who learns. "我是村干部，想给村民找电脑课", "我是人事，替车间工人问问",
 * "我们居委会的，帮社区老人找": the speaker says who they are only to say why they ask; the
 * group reached through the proxy verb (给/帮/替/为/代 … 找/报/问) is who the course is for.
 * When a message holds both, the asker's own group goes, so a village cadre's request for
 * villagers lists farmers' courses, not cadres' ones. Kept apart from a plain self-description
 * with no proxy ("我是村干部，想学电脑"), which stays who learns.
 *
 * A group that only describes the one asked for is not the asker's, wherever it stands: "我是残疾孩子的妈妈，替孩子问"
 * names the child twice, and 残疾 is said of the child (it stands right before the person word the proxy reaches),
 * so the disabled child is who learns.
 */
import type { SlotValue } from './slots.js'
import { indexesOf } from '../text/regex-tools.js'

/** A proxy verb before the group, in the group's clause ("想给村民", "帮车间的工人"). */
const PROXIED_BEFORE = /(?:给|帮|替|为|代)(?:我们|咱们|我|本)?[^，,。!！?？;；\s给帮替为]{0,8}$/
/** A group read together with the proxy verb that reaches it. */
const PROXY_OPENING = /^(?:给|帮|替|为|代)/
/** A relative asked for, whose age is only a guess (query/kin-guess): it says nothing of who the group is. */
const KIN_GUESS = /^(?:给|帮|替|为)(?:我们家|我家|家里|我的|我们|我)?(?:的)?[^，,。!！?？\s\d十岁旬]{1,4}(?:找|报|挑|选|看看|问问|问|咨询|打听|查)$/
/** The speaker's own frame before a group ("我是", "我们", "本人", "作为"), within its clause. */
const SELF_BEFORE = /(?:^|[，,。!！?？;；\s])(?:我|我们|咱们|本人|作为|身为)[^，,。!！?？;；\s给帮替为]{0,8}$/

/** A person word right after a group ("残疾|孩子", "聋哑|儿子"): the group describes that person. */
const PERSON_AFTER = /^(?:的)?(孩子|小孩|娃|儿子|女儿|闺女|孙子|孙女|老人|父亲|母亲|爸爸|妈妈|老公|老婆|丈夫|妻子)/

/** True when `a` is said of a person (its word right after) that the proxy also reaches: the one asked for. */
function describesProxied(normalized: string, a: SlotValue, proxied: readonly SlotValue[]): boolean {
  return indexesOf(normalized, a.matched).some((at) => {
    const who = PERSON_AFTER.exec(normalized.slice(at + a.matched.length))?.[1]
    return who !== undefined && proxied.some((p) => p.matched.includes(who) || indexesOf(normalized, p.matched).some((pAt) => PROXIED_BEFORE.test(normalized.slice(0, pAt)) && normalized.slice(Math.max(0, pAt - 6), pAt).includes(who)))
  })
}

/** `audiences` without the asker's own group when the same message asks for another group through a proxy verb. */
export function withoutAsker(normalized: string, audiences: SlotValue[]): SlotValue[] {
  // (A group read with its proxy verb, "帮村里的乡亲们找", opens with it.)
  const proxiedAt = (a: SlotValue) => indexesOf(normalized, a.matched).filter((at) => PROXY_OPENING.test(a.matched) || PROXIED_BEFORE.test(normalized.slice(0, at)))
  const proxied = audiences.filter((a) => !a.related && !KIN_GUESS.test(a.matched) && proxiedAt(a).length > 0)
  if (!proxied.length) return audiences
  const first = Math.min(...proxied.flatMap(proxiedAt))
  const isAsker = (a: SlotValue) => !proxied.includes(a) && !a.related && !describesProxied(normalized, a, proxied)
    && indexesOf(normalized, a.matched).some((at) => at + a.matched.length <= first && (a.matched.startsWith('我') || SELF_BEFORE.test(normalized.slice(0, at))))
  const kept = audiences.filter((a) => !isAsker(a))
  return kept.length ? kept : audiences
}
