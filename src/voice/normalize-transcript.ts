/**
 * @module voice/normalize-transcript
 * Makes a recognizer's text read like what the learner would have typed,
 * so the dialogue engine needs no voice-specific rules: trims fillers
 * ("嗯，"), end punctuation ("第二个。"), full-width digits and spaces between
 * Chinese characters, and turns the spoken forms of a choice the engine does
 * not take ("两个怎么报名", "二个") into "第二个…". Also decides whether a
 * transcript is too thin to act on.
 */

const FILLERS = /^(?:(?:嗯+|呃+|额+|啊+|哦+|唔+|那个|就是|um+|uh+)[\s,，、。.…]*)+/iu
const EDGE_PUNCTUATION = /^[\s,，、。.!！?？…~～;；:：]+|[\s,，、。.!！?？~～;；…]+$/gu
const NUMERAL = '[0-9一二两三四五六七八九十]'
// "两个" / "二个" alone, or in front of a question about it: a choice, said without 第.
const BARE_CHOICE = new RegExp(`^(${NUMERAL})\\s*(?:个|号)(?=$|怎|在|多|要|是|的|什|哪|有|报|能|可|详|联|电|网)`, 'u')

/** The transcript as the engine should read it. */
export function normalizeTranscript(text: string): string {
  // Full-width letters and digits ("２号") as typed ones; Chinese punctuation stays as it is.
  let t = text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  t = t.replace(/[\s\u3000]+/g, ' ').trim()
  t = t.replace(FILLERS, '')
  t = t.replace(EDGE_PUNCTUATION, '')
  // Recognizers put spaces between Chinese characters ("我 想 学"); typed Chinese has none.
  t = t.replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/gu, '')
  t = t.replace(BARE_CHOICE, (_m, n: string) => `第${n === '两' ? '二' : n}个`)
  return t
}

/** True when a (normalized) transcript is empty or too short to be a question or a choice. */
export function isUnclearTranscript(text: string, confidence?: number): boolean {
  if (confidence !== undefined && confidence < 0.3) return true
  const meaningful = [...text].filter((c) => /[\p{L}\p{N}]/u.test(c))
  if (meaningful.length === 0) return true
  if (meaningful.length === 1) return !/^[0-9一二两三四五六七八九十]$/u.test(meaningful[0])
  return false
}
