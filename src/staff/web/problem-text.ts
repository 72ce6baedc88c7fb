/**
 * @module staff/web/problem-text
 * The import reader words its problems in English (the CLI prints them);
 * staff in the console read Chinese first. This maps the reader's reasons to
 * templates in prompts/<lang>/console.yaml, keeping the quoted values; a
 * reason it does not know is shown as the reader wrote it, so nothing is
 * ever hidden.
 */
/** A console sentence in one language (as console-prompts' translator). */
type Translate = (key: string, vars?: Record<string, string | number>) => string

/** A reason pattern and the template its captures fill ({a}, {b}). */
const RULES: [RegExp, string][] = [
  [/^"(.*)" contains spaces;/, 'reason_id_spaces'],
  [/^"(.*)" (?:contains characters other|is \d+ characters long \(at most 64\))/, 'reason_id_chars'],
  [/^"(.*)" is used twice \(first on row (\d+)\)/, 'reason_id_twice'],
  [/^unknown (?:topic|audience) "(.*)" — did you mean (.*)\?$/, 'reason_unknown_near'],
  [/^unknown (?:topic|audience) "(.*)"$/, 'reason_unknown'],
  [/^is empty; name at least one (?:topic|audience), e\.g\. (.*)$/, 'reason_empty_label'],
  [/^holds only separators \("(.*)"\)/, 'reason_separators'],
  [/^is empty; write 线上/, 'reason_format'],
  [/^is empty;/, 'reason_empty'],
  [/^is ([\d,]+) characters long; at most ([\d,]+) are allowed$/, 'reason_too_long'],
  [/^(\S+) is before the start date (\S+)$/, 'reason_end_before'],
  [/^"(.*)" is neither free .* nor an amount|^"(.*)" is not an amount in CNY/, 'reason_fee'],
  [/^"(.*)" is not a learning format/, 'reason_format_value'],
  [/^"(.*)" is not a status/, 'reason_status'],
  [/^"(.*)" is not a web link/, 'reason_url'],
  [/^"(.*)" is not a (?:real calendar )?date|^(is) not a real date/, 'reason_date'],
]

/** The console template keys this module uses, with their variables. */
export const REASON_PROMPTS: Record<string, string[]> = Object.fromEntries(
  RULES.map(([, key]) => [key, ['a', 'b']]),
)

/** A reader's problem reason in the console's language (Chinese templates; English as the reader wrote it). */
export function reasonText(reason: string, t: Translate, lang: 'zh' | 'en'): string {
  if (lang === 'en') return reason
  for (const [pattern, key] of RULES) {
    const m = pattern.exec(reason)
    if (!m) continue
    const caps = m.slice(1).filter((x) => x !== undefined)
    return t(key, { a: caps[0] === 'is' ? '' : caps[0] ?? '', b: caps[1] ?? '' })
  }
  return reason
}
