/**
 * @module dialogue/request-word-slips
 * Words of the request itself (项目, 课程, 培训, 报名…) typed with a
 * same-sounding character (向目, 课成, 陪训, 包名). Such a word is left over
 * by the understander as if it were something to learn, and then answers
 * "目录里暂时没有“向目”的项目" while the learner's facts match many projects.
 * Read by sound, it is only the word for what they ask: talk, never a need.
 */
import { fuzzySyllable, syllablesOf } from '../text/pinyin.js'

/** The words people use for "a course / to sign up / to learn" in a request. */
const REQUEST_WORDS = [
  '项目', '课程', '课堂', '培训', '培训班', '学习', '学习班', '报名', '推荐', '介绍', '参加', '机会', '班级', '讲座', '课',
]

const soundOf = (han: string) => syllablesOf(han).map(fuzzySyllable).join("'")
const SOUNDS = new Set(REQUEST_WORDS.filter((w) => [...w].length >= 2).map(soundOf))

/** True when `word` (Chinese, two or more characters) is a request word typed with a same-sounding character. */
export function isRequestWordSlip(word: string): boolean {
  if ([...word].length < 2 || !/^\p{Script=Han}+$/u.test(word) || REQUEST_WORDS.includes(word)) return false
  return SOUNDS.has(soundOf(word))
}
