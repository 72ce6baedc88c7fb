/**
 * @module query/word-senses
 * A word matches a project only in the sense the project uses it. A learner
 * who asks to learn X (学钓鱼, learn driving) asks for X as an activity; a
 * project that names X only as a thing to guard against ("识别钓鱼链接",
 * "防钓鱼"), as the kind of another thing ("钓鱼链接": the link is the thing),
 * glued into an English compound ("self-driving", "data-driven"), or as the people
 * who do it ("drivers" for "learn to drive") does not
 * teach X. The line is drawn by the frame around each mention, not by a list
 * of words: when every mention of X in a project sits in such a frame, the
 * project does not count as teaching X, and a subject no project teaches in
 * the learner's sense gets the honest "nothing".
 */

/** Verbs of guarding against something (防诈骗, 识别钓鱼链接, 警惕陷阱): what follows is a danger, not a subject. */
const ZH_GUARD_BEFORE = /(?:防|防范|预防|防止|识别|辨别|甄别|识破|警惕|谨防|提防|远离|拒绝|避开|避免|杜绝|打击|抵制|反|小心|当心|拦截|举报|屏蔽)$/
/**
 * Nouns a word is the kind of (钓鱼链接, 钓鱼网站, 传销陷阱, 刷单骗局): the noun is the thing, the word only says
 * which. A course noun (钓鱼技巧, 钓鱼课) is the word's own course, so it never counts here.
 */
const ZH_KIND_OF = /^(?:链接|网站|网页|邮件|短信|电话|来电|二维码|软件|App|app|诈骗|骗局|陷阱|套路|攻击|病毒|木马|账号|平台|行为|风险)/
/** An English word glued into a compound by a hyphen (self-driving, data-driven, AI-powered). */
const EN_HYPHEN_BEFORE = /[a-z0-9]-$/
const EN_HYPHEN_AFTER = /^-[a-z0-9]/
/** An English agent noun made of the word (drive → drivers, bake → baker): the people who do it, not the activity. */
const EN_AGENT_AFTER = /^e?rs?\b/

/** True when the mention of `word` at `at` in `text` sits in a frame that gives it another sense than "learn it". */
function otherSenseAt(text: string, word: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at)
  const after = text.slice(at + word.length, at + word.length + 6)
  if (/^[a-z]/i.test(word)) return EN_HYPHEN_BEFORE.test(before) || EN_HYPHEN_AFTER.test(after) || EN_AGENT_AFTER.test(after)
  return ZH_GUARD_BEFORE.test(before) || ZH_KIND_OF.test(after)
}

/**
 * True when `text` (a project's words) mentions `word` and every mention is in another sense than learning it
 * (see the module comment); false when one mention is plain, or none is there (then it says nothing either way).
 */
export function onlyInOtherSense(text: string, word: string): boolean {
  const hay = /^[a-z]/i.test(word) ? text.toLowerCase() : text
  const needle = /^[a-z]/i.test(word) ? word.toLowerCase() : word
  let seen = false
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
    // (An English stem must start a word: "driv" in "driving", not in "overdrive".)
    if (/^[a-z]/.test(needle) && at > 0 && /[a-z]/.test(hay[at - 1])) continue
    if (!otherSenseAt(hay, needle, at)) return false
    seen = true
  }
  return seen
}

/** True when `text` mentions `word` at least once in its plain sense (not only in the frames above). */
export function mentionsInSense(text: string, word: string): boolean {
  const hay = /^[a-z]/i.test(word) ? text.toLowerCase() : text
  return hay.includes(/^[a-z]/i.test(word) ? word.toLowerCase() : word) && !onlyInOtherSense(text, word)
}
