/**
 * @module catalogue/xlsx-xml
 * The few pieces of SpreadsheetML the catalogue reader needs: elements
 * pulled out of a stream one at a time (rows of a sheet, shared strings),
 * cell values with their types and date styles, and XML text decoding.
 * Text is decoded with a StringDecoder so a Chinese character split across
 * two chunks stays whole.
 */
import { StringDecoder } from 'node:string_decoder'

/** One element found in a stream: its attribute text and inner XML ('' when self-closing). */
export interface XmlElement {
  attrs: string
  inner: string
}

/** Yields every `<tag …>…</tag>` (or `<tag …/>`) of a stream in order; `tag` elements must not nest. */
export async function* streamElements(stream: AsyncIterable<Buffer>, tag: string): AsyncGenerator<XmlElement> {
  const decoder = new StringDecoder('utf8')
  const open = new RegExp(`<${tag}(?=[\\s>/])`, 'g')
  const close = `</${tag}>`
  let buf = ''
  const drain = function* (): Generator<XmlElement> {
    let from = 0
    for (;;) {
      open.lastIndex = from
      const m = open.exec(buf)
      if (!m) { from = Math.max(from, buf.length - tag.length - 1); break }
      const tagEnd = buf.indexOf('>', m.index)
      if (tagEnd < 0) { from = m.index; break }
      if (buf[tagEnd - 1] === '/') {
        yield { attrs: buf.slice(m.index + tag.length + 1, tagEnd - 1), inner: '' }
        from = tagEnd + 1
        continue
      }
      const end = buf.indexOf(close, tagEnd)
      if (end < 0) { from = m.index; break }
      yield { attrs: buf.slice(m.index + tag.length + 1, tagEnd), inner: buf.slice(tagEnd + 1, end) }
      from = end + close.length
    }
    buf = buf.slice(from)
  }
  for await (const chunk of stream) {
    buf += decoder.write(chunk)
    yield* drain()
  }
  buf += decoder.end()
  yield* drain()
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** XML text to plain text: entities, character references and OOXML's `_xHHHH_` escapes. */
export function xmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e])
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
}

/** The value of attribute `name` in an attribute string, or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)
  return m ? xmlText(m[1]) : undefined
}

/** The visible text of a shared or inline string: all `<t>` runs, phonetic guides left out. */
export function stringItemText(inner: string): string {
  const visible = inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')
  let out = ''
  for (const m of visible.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1]
  return xmlText(out)
}

/** Built-in number formats that show dates (ECMA-376 and the CJK locales). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58])

/** For each cell style index: does it display a date? Read from xl/styles.xml. */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>()
  for (const m of stylesXml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    custom.set(Number(attr(m[1], 'numFmtId')), attr(m[1], 'formatCode') ?? '')
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? ''
  return [...xfs.matchAll(/<xf\b([^>]*)>/g)].map((m) => {
    const id = Number(attr(m[1], 'numFmtId') ?? 0)
    if (DATE_FORMAT_IDS.has(id)) return true
    const code = custom.get(id)
    if (!code) return false
    return /[yd]|(^|[^a-z])m{1,2}([^a-z]|$)|年|月|日/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''))
  })
}

/** An Excel day number as the UTC midnight Date of that day (1900 or 1904 date system). */
export function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000))
}

/** "C12" → 2 (zero-based column). */
export function columnIndex(ref: string): number {
  let n = 0
  for (const ch of ref) {
    const code = ch.charCodeAt(0)
    if (code < 65 || code > 90) break
    n = n * 26 + (code - 64)
  }
  return n - 1
}
