/**
 * @module dialogue/correction-markers
 * "我是说…" ("I mean…") opens a correction; it says nothing of the learner. Read
 * as a self-description it turns "我是说农产品销售" into "I am a salesperson"
 * and eats the topic. So the marker (我是说, 我是讲, 我係話, 我的意思是, 我是指,
 * i mean / i meant) is taken out of the message before it is understood; what
 * follows it is the correction itself, read like any request.
 */

const MARKERS = /(?<=^|[\s，,。.!！?？、；;：:]|不对|不是|唔係|唔系|不係|对不起|抱歉|sorry)\s*(?:我是说|我是想说|我说的是|我想说的是|我要说的是|我指的是|我的意思是|我係話|我系话|我係講|我是讲(?![师课座解台])|我是指(?![导挥南标])|i mean(?:t)?|what i meant (?:was|is))(?=\s*[^\s，,。.!！?？])/giu

/** `text` without correction markers (unchanged when it has none). */
export function withoutCorrectionMarkers(text: string): string {
  return text.replace(MARKERS, ' ').replace(/^\s+/, '')
}
