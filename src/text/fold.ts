/**
 * @module text/fold
 * The smallest normalisation every comparison needs: full-width → half-width,
 * ideographic space → space, lower case, trimmed and collapsed spaces.
 * Header matching, label matching and query parsing all start here.
 */

/** Full-width ASCII variants (！ to ～) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code === 0x3000) out += ' '
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0)
    else out += ch
  }
  return out
}

/** Folds text for equality tests: half-width, lower case, spaces trimmed and collapsed. */
export function fold(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(/\s+/g, ' ').trim()
}
