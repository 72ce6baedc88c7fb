/**
 * @module text/field-labels
 * A label before a colon names the field of what follows: "补充地点：广州", "时间：周末", "要求：线上", "Location:
 * Beijing", "转一位群众的咨询：…". People fill a message in like a form, and the label is how they frame the fact,
 * never the fact itself: its words ask to learn nothing (地点 is no subject nobody teaches), and a field word in it
 * (时间, 地址) asks nothing of a shown project when a value follows. The rule is structural: a short run at the start
 * of a clause, closed by a colon, with a value after it. A value that only asks ("电话：多少", "书法班：有吗") leaves
 * the label what the message is about.
 */

/** A label and the value said after it, as character offsets into the text given. */
export interface LabelledValue {
  /** The label's text, without the colon. */
  label: string
  /** Where the label starts and ends (the colon excluded). */
  start: number
  end: number
  /** The value after the colon, up to the next clause end or the end of the message. */
  value: string
}

/** A label: a short run opening the message or a clause, then a colon. (Not a clock's "10:30", nor "http://".) */
const LABEL = /(^|[，,。!！?？;；\n])(\s*)([^，,。!！?？;；:：\n]{1,12}?)\s*[:：](?!\/\/)(?![0-9])\s*/gu
/** Where a value ends: the next clause break (a comma or a stop) or the next label. */
const VALUE_END = /[，,。!！?？;；\n]/u
/** A value that only asks about the label ("有吗", "多少", "?"): then the label is what is asked about. */
const ASKING_VALUE = /^(?:[\s?？。.!！]|有没有|有无|有吗|有冇|有没|有不|有么|吗|呢|么|嘛|多少|几|哪|什么|啥|咋|怎么|怎样|如何|是什么|any|how|what|when|where|which|who|is there|are there)*$/iu

/** Every label of `text` with the value said after it (see the module); a value that only asks is no value. */
export function labelledValues(text: string): LabelledValue[] {
  const out: LabelledValue[] = []
  for (const m of text.matchAll(LABEL)) {
    const start = m.index! + m[1].length + m[2].length
    const label = m[3].trim()
    const after = m.index! + m[0].length
    const rest = text.slice(after)
    const stop = rest.search(VALUE_END)
    const value = (stop < 0 ? rest : rest.slice(0, stop)).trim()
    if (!label || /[0-9]$/.test(label) || !value || ASKING_VALUE.test(value)) continue
    out.push({ label, start, end: start + m[3].trimEnd().length, value })
  }
  return out
}

/** `text` with every label that has a value blanked out (same length): what is left is what the message says. */
export function withoutLabels(text: string): string {
  let out = text
  for (const l of labelledValues(text)) out = out.slice(0, l.start) + ' '.repeat(l.end - l.start) + out.slice(l.end)
  return out
}
