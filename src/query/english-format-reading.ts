/**
 * @module query/english-format-reading
 * How an English message says HOW the learner wants to learn, composed from parts rather than
 * listed phrases: a medium after a "by/via/over/through" ("lessons by video", "over the internet"),
 * a going or attending verb before a place of learning ("go to a class", "come to the centre",
 * "physically attend", "somewhere i can go", "a teacher in the room"), and an online and an
 * in-person mention joined as parts of one course ("online and in class", "some sessions online
 * some in class"), which make a mixed course unless they are alternatives ("online or in person").
 * The plain words stay in english-cues.ts ENGLISH_FORMAT_CUES, read first; these frames only add
 * what the list does not name.
 */
import type { Format } from '../catalogue/project.js'

/** What a learner learns through. */
const MEDIUM = '(?:(?:a |an |the |my |our |your )?(?:video|videos|video calls?|the internet|internet|the web|web|zoom|wechat|livestream|live stream|tv|television|radio|recordings?|an app|app|distance|correspondence))'
/** Places of learning a learner goes to. */
const PLACE = '(?:(?:a |an |the |some |your |our |their )?(?:class|classes|lessons?|classroom|school|centre|center|venue|college|campus|training centre|training center|community centre|community center|night school|workshop|hall|library))'

/** Words that call a place real, as against a screen, and the places so called ("an actual place", "a physical location"). */
const REAL = '(?:actual|real|physical|real life|real world|brick and mortar|bricks and mortar)'
const SITE = '(?:place|places|location|locations|venue|venues|building|buildings|site|premises|address|spot|room|classroom|classrooms|class|classes|lessons?|school|centre|center|campus|hall)'

const ONLINE_FRAMES = [
  new RegExp(`\\b(?:by|via|over|through) ${MEDIUM}\\b`),
  /\b(?:at a distance|by distance|long distance learning)\b/,
]
const OFFLINE_FRAMES = [
  new RegExp(`\\b(?:go|going|goes|come|coming|get|getting|travel|travelling|traveling|walk|walking|attend|attending|sit|sitting|turn up|show up) (?:to |in |into |at |along to |down to |over to )?${PLACE}\\b(?! online| on (?:zoom|line))`),
  /\bphysically (?:attend|go|be there|present|join)\b|\battend(?:ing)? physically\b/,
  /\bsomewhere (?:i|we|he|she|they|my \w+) (?:can|could) (?:go|walk|get to|attend)\b|\bgo somewhere\b/,
  /\b(?:a |the )?(?:teacher|tutor|trainer|instructor) (?:in the room|right there|there in person|beside me|next to me)\b/,
  /\bin (?:a |the )?(?:lecture hall|lecture theatre|training room)\b/,
  // A place called real, as against a screen ("at an actual place", "a real location", "somewhere physical", "in the flesh").
  new RegExp(`\\b(?:an? |the |some )?${REAL} ${SITE}\\b|\\b(?:somewhere|someplace|a place|places?) (?:physical|real|actual)\\b|\\bin the flesh\\b`),
]

/** The strong words of each side that, joined as parts of one course, make it mixed. */
const ONLINE_PART = '(?:online|remote(?:ly)?|virtual(?:ly)?|on zoom|over zoom|by video|on the internet)'
const OFFLINE_PART = '(?:in person|in-person|face to face|face-to-face|on site|on-site|onsite|offline|in class|in a classroom|in the classroom|physically|at the centre|at the center)'
/** A joint between the two parts: "and", "plus", "with", "some … some", "partly", "half" (never "or", "either"). */
const JOINT = '(?:,? ?(?:and|plus|with|&|\\+|as well as|combined with|mixed with|then)(?: (?:some|partly|part|half|also))?(?: [a-z]+){0,2}|,? ?(?:some|partly|part|half)(?: [a-z]+){0,2})'
/** A word for the mix said before or after the two parts ("online and offline mixed", "both in person and online together"). */
const MIX_WORD = '(?:mixed|mix|mixture|combined|combination|combo|blended|blend|together|both|hybrid)'
const MIXED = new RegExp(`\\b(?:${MIX_WORD} (?:of )?)?(?:${ONLINE_PART} ${JOINT} ${OFFLINE_PART}|${OFFLINE_PART} ${JOINT} ${ONLINE_PART})(?: ${MIX_WORD})?\\b`)
/** A refusal right before a mention ("not", "no", "don't want", "without"): it counts against its side. */
// (A fee said just before, "at no charge by video", "without fees online", refuses the fee, not the format.)
const REFUSED = /\b(?:not|no|never|without|don t want|do not want|rather not|instead of)(?: (?!(?:charge|charges|cost|costs|fee|fees|payment|money|tuition|pay|paying)\b)[a-z]+)?$/

/** Every frame of both sides and the mixed joint, prefiltered once (a message names no medium or place: no loop). */
const ALL_FRAMES = [MIXED, ...ONLINE_FRAMES, ...OFFLINE_FRAMES].map((re) => new RegExp(re.source, 'g'))
const MAY_FRAME = /\b(?:by|via|over|through|at|distance|go|going|goes|come|coming|get|getting|travel\w*|walk\w*|attend\w*|sit|sitting|turn up|show up|physically|somewhere|someplace|places?|actual|real|physical|flesh|teacher|tutor|trainer|instructor|online|remote\w*|virtual\w*|on zoom|in (?:a |the )?(?:lecture|training room|person|class)|in-person|face|on.?site|offline)\b/

/**
 * Every place an English message says HOW to learn with a frame, wanted, refused or one of two alternatives: the
 * words there ("over the internet", "by video", "go to a class") say the way of learning, so none of them is a
 * subject, however many such phrases the message holds ("from home over the internet"). The format itself is
 * decided by {@link readEnglishFormatFrames}; this only says where such words stand.
 */
export function englishFrameSpans(text: string): [number, number][] {
  if (!MAY_FRAME.test(text)) return []
  const out: [number, number][] = []
  for (const re of ALL_FRAMES) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0]) out.push([m.index, m.index + m[0].length])
      else re.lastIndex++
    }
  }
  return out
}

/**
 * The format an English message says with a frame (not a listed word), and where: null when no
 * frame names one. A mixed course is read first; then the first unrefused frame decides.
 */
export function readEnglishFormatFrames(text: string): { format: Format; span: readonly [number, number] } | null {
  const mixed = MIXED.exec(text)
  if (mixed && !/\b(?:not|no|never|without|don t|do not)\b/.test(mixed[0]) && !REFUSED.test(text.slice(Math.max(0, mixed.index - 24), mixed.index).trimEnd())) {
    return { format: 'hybrid', span: [mixed.index, mixed.index + mixed[0].length] }
  }
  const found: { format: 'online' | 'offline'; at: number; end: number; refused: boolean }[] = []
  for (const [format, frames] of [['online', ONLINE_FRAMES], ['offline', OFFLINE_FRAMES]] as const) {
    for (const re of frames) {
      const m = re.exec(text)
      if (m) found.push({ format, at: m.index, end: m.index + m[0].length, refused: REFUSED.test(text.slice(Math.max(0, m.index - 24), m.index).trimEnd()) })
    }
  }
  const wanted = found.filter((f) => !f.refused).sort((a, b) => a.at - b.at)
  if (wanted.length) return { format: wanted[0].format, span: [wanted[0].at, wanted[0].end] }
  // Only refusals, all of one side ("i don't want to go to a class"): the other side is wanted.
  const sides = new Set(found.map((f) => f.format))
  if (sides.size !== 1) return null
  const [only] = found
  return { format: only.format === 'online' ? 'offline' : 'online', span: [only.at, only.end] }
}
