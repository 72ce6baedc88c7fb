/**
 * @module catalogue/xlsx-xml
 * The few pieces of SpreadsheetML the catalogue reader needs: elements
 * pulled out of a stream one at a time (rows of a sheet, shared strings),
 * cell values with their types and date styles, and XML text decoding.
 * Text is decoded with a StringDecoder so a Chinese character split across
 * two chunks stays whole.
 */
import { StringDecoder } from 'node:string_decoder'
import { FILE_LIMITS, FileLimitError } from './file-limits.js'

/** One element found in a stream: its attribute text and inner XML ('' when self-closing). */
export interface XmlElement {
  attrs: string
  inner: string
}

/**
 * Yields every `<tag …>…</tag>` (or `<tag …/>`) of a stream in order; `tag`
 * elements must not nest. One element may hold at most `maxChars` characters
 * (else a {@link FileLimitError} 'element'), and each search resumes where the
 * last one stopped, so a `<row>` that never closes costs linear time.
 */
export async function* streamElements(
  stream: AsyncIterable<Buffer>, tag: string, maxChars: number = FILE_LIMITS.elementChars,
): AsyncGenerator<XmlElement> {
  const decoder = new StringDecoder('utf8')
  const open = new RegExp(`<${tag}(?=[\\s>/])`, 'g')
  const close = `</${tag}>`
  let buf = ''
  /** Where the next look for an opening tag (or its '>') starts in buf. */
  let from = 0
  /** The open tag being read: its start in buf, or -1 between elements. */
  let openAt = -1
  /** Inside an element whose close tag has not come yet: its attributes and the inner text so far, in pieces. */
  let inside: { attrs: string; parts: string[]; length: number; tail: string } | null = null

  const tooLong = () => new FileLimitError('element', { at: 'tag', tag })
  /** Between elements: yields every complete element in buf, keeps the rest. */
  const drain = function* (): Generator<XmlElement> {
    for (;;) {
      if (openAt < 0) {
        open.lastIndex = from
        const m = open.exec(buf)
        if (!m) {
          buf = buf.slice(Math.max(from, buf.length - tag.length - 1))
          from = 0
          return
        }
        openAt = m.index
        from = m.index + tag.length + 1
      }
      const tagEnd = buf.indexOf('>', from)
      if (tagEnd < 0) {
        if (buf.length - openAt > maxChars) throw tooLong()
        buf = buf.slice(openAt)
        from = buf.length
        openAt = 0
        return
      }
      if (buf[tagEnd - 1] === '/') {
        yield { attrs: buf.slice(openAt + tag.length + 1, tagEnd - 1), inner: '' }
        from = tagEnd + 1
        openAt = -1
        continue
      }
      const attrs = buf.slice(openAt + tag.length + 1, tagEnd)
      const end = buf.indexOf(close, tagEnd)
      if (end < 0) {
        const rest = buf.slice(tagEnd + 1)
        inside = { attrs, parts: [rest], length: rest.length, tail: rest.slice(-(close.length - 1)) }
        if (tagEnd - openAt + rest.length > maxChars) throw tooLong()
        buf = ''
        from = 0
        openAt = -1
        return
      }
      if (end - openAt > maxChars) throw tooLong()
      yield { attrs, inner: buf.slice(tagEnd + 1, end) }
      from = end + close.length
      openAt = -1
    }
  }
  /** Inside an element: looks for its close tag in the new text only (plus the few characters before it). */
  const feed = function* (text: string): Generator<XmlElement> {
    if (!inside) {
      buf += text
      yield* drain()
      return
    }
    const hay = inside.tail + text
    const at = hay.indexOf(close)
    if (at < 0) {
      inside.parts.push(text)
      inside.length += text.length
      inside.tail = hay.slice(-(close.length - 1))
      if (inside.length > maxChars) throw tooLong()
      return
    }
    const cut = text.length - (hay.length - at)
    inside.parts.push(text.slice(0, Math.max(0, cut)))
    let inner = inside.parts.join('')
    if (cut < 0) inner = inner.slice(0, cut)
    const attrs = inside.attrs
    inside = null
    if (inner.length > maxChars) throw tooLong()
    buf = hay.slice(at + close.length)
    from = 0
    yield { attrs, inner }
    yield* drain()
  }
  for await (const chunk of stream) yield* feed(decoder.write(chunk))
  yield* feed(decoder.end())
  if (inside || openAt >= 0) throw new Error(`a <${tag}> is never closed`)
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** XML text to plain text: entities, character references and OOXML's `_xHHHH_` escapes. */
export function xmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e])
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
}

const ATTR_START = new Map<string, RegExp>()

/** The value of attribute `name` in an attribute string, or undefined. Linear even when a quote never closes. */
export function attr(attrs: string, name: string): string | undefined {
  let re = ATTR_START.get(name)
  if (!re) ATTR_START.set(name, (re = new RegExp(`(?:^|\\s)${name}="`)))
  const m = re.exec(attrs)
  if (!m) return undefined
  const from = m.index + m[0].length
  const end = attrs.indexOf('"', from)
  return end < 0 ? undefined : xmlText(attrs.slice(from, end))
}

/** One element found in a string, with where it starts and ends. */
export interface PlacedElement extends XmlElement {
  start: number
  end: number
}

const NAME_END = new Set(['>', '/', ' ', '\t', '\n', '\r'])

/**
 * Every `<tag …>…</tag>` or `<tag …/>` in `xml`, in order; stops at the first
 * one left open. One pass of indexOf, never a regex that rescans to the end
 * for each opening tag (hostile files are full of those).
 */
export function* innerElements(xml: string, tag: string): Generator<PlacedElement> {
  const openStr = `<${tag}`
  const close = `</${tag}>`
  let at = 0
  for (;;) {
    const found = nextOpenTag(xml, openStr, at)
    if (!found) return
    const { start, gt } = found
    if (xml[gt - 1] === '/') {
      yield { attrs: xml.slice(start + openStr.length, gt - 1), inner: '', start, end: gt + 1 }
      at = gt + 1
      continue
    }
    const end = xml.indexOf(close, gt)
    if (end < 0) return
    yield { attrs: xml.slice(start + openStr.length, gt), inner: xml.slice(gt + 1, end), start, end: end + close.length }
    at = end + close.length
  }
}

/** The next opening tag `<tag` (not `<tagOther`) from `at`: where it starts and its closing `>`; null when none is complete. */
function nextOpenTag(xml: string, openStr: string, at: number): { start: number; gt: number } | null {
  for (;;) {
    const start = xml.indexOf(openStr, at)
    if (start < 0) return null
    if (!NAME_END.has(xml[start + openStr.length])) { at = start + 1; continue }
    const gt = xml.indexOf('>', start)
    return gt < 0 ? null : { start, gt }
  }
}

/** The attributes of every opening `<tag …>` in `xml` (elements that may contain others, such as `<xf>`). */
export function* openTags(xml: string, tag: string): Generator<string> {
  const openStr = `<${tag}`
  let at = 0
  for (;;) {
    const found = nextOpenTag(xml, openStr, at)
    if (!found) return
    const { start, gt } = found
    yield xml.slice(start + openStr.length, xml[gt - 1] === '/' ? gt - 1 : gt)
    at = gt + 1
  }
}

/** The inner XML of the first `<tag>` in `xml`, or undefined. */
export function firstInner(xml: string, tag: string): string | undefined {
  for (const el of innerElements(xml, tag)) return el.inner
  return undefined
}

/** The visible text of a shared or inline string: all `<t>` runs, phonetic guides (`<rPh>`) left out. */
export function stringItemText(inner: string): string {
  if (!inner.includes('<rPh')) {
    let out = ''
    for (const t of innerElements(inner, 't')) out += t.inner
    return xmlText(out)
  }
  const guides = [...innerElements(inner, 'rPh')]
  let out = ''
  let g = 0
  for (const t of innerElements(inner, 't')) {
    while (g < guides.length && guides[g].end <= t.start) g++
    if (g < guides.length && guides[g].start < t.start) continue
    out += t.inner
  }
  return xmlText(out)
}

/** Built-in number formats that show dates (ECMA-376 and the CJK locales). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58])

/** For each cell style index: does it display a date? Read from xl/styles.xml. */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>()
  for (const attrs of openTags(stylesXml, 'numFmt')) {
    custom.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '')
  }
  const xfs = firstInner(stylesXml, 'cellXfs') ?? ''
  return [...openTags(xfs, 'xf')].map((attrs) => {
    const id = Number(attr(attrs, 'numFmtId') ?? 0)
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

/** "C12" → 2 (zero-based column); past Excel's last column XFD, a {@link FileLimitError} 'columns'. */
export function columnIndex(ref: string): number {
  let n = 0
  for (const ch of ref) {
    const code = ch.charCodeAt(0)
    if (code < 65 || code > 90) break
    n = n * 26 + (code - 64)
    if (n > FILE_LIMITS.columns) throw new FileLimitError('columns', { at: 'cell', ref: ref.slice(0, 20) })
  }
  return n - 1
}
