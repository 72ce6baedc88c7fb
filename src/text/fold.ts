/**
 * @module text/fold
 * The smallest normalisation every comparison needs: full-width → half-width,
 * ideographic space → space, lower case, trimmed and collapsed spaces.
 * Header matching, label matching and query parsing all start here.
 */

/** Full-width ASCII variants (！ to ～) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  // Most texts have none (every message passes here several times): one scan, no string built.
  if (!hasFullWidth(text)) return text
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code === 0x3000) out += ' '
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0)
    else out += ch
  }
  return out
}

function hasFullWidth(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x3000 || (code >= 0xff01 && code <= 0xff5e)) return true
  }
  return false
}

const SPACE = /\s/

/** Folds text for equality tests: half-width, lower case, spaces trimmed and collapsed. */
export function fold(text: string): string {
  const lower = toHalfWidth(text).toLowerCase()
  // (A word without any space, what most callers fold, is then already folded.)
  return SPACE.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower
}
