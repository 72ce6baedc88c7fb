/**
 * @module catalogue/zip-reader
 * Just enough of the ZIP format to stream one entry out of an .xlsx file,
 * from disk or from memory, without unpacking the rest: the central
 * directory says where each entry is, zlib inflates it as a stream. This is
 * what lets a very large workbook be read row by row. Every entry is
 * inflated under an {@link InflateBudget}: its stated size, its actual size
 * and the bytes of all entries together are bounded, so a zip bomb is
 * refused after a few megabytes of work instead of filling memory.
 */
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Readable, Transform } from 'node:stream'
import { createInflateRaw } from 'node:zlib'
import { FILE_LIMITS, FileLimitError } from './file-limits.js'

/** Random access to the bytes of a zip file. */
export interface ZipSource {
  size: number
  read(start: number, length: number): Promise<Buffer>
  /** The bytes [start, end) as a stream. */
  stream(start: number, end: number): Readable
  close(): Promise<void>
}

/** A zip file held in memory. */
export function bufferSource(data: Buffer): ZipSource {
  return {
    size: data.length,
    read: async (start, length) => data.subarray(start, start + length),
    stream: (start, end) => Readable.from((function* () {
      // In 1 MB pieces, like a file on disk, so a stored (uncompressed) entry is never one huge chunk.
      for (let at = start; at < end; at += 1 << 20) yield data.subarray(at, Math.min(end, at + (1 << 20)))
    })()),
    close: async () => {},
  }
}

/** A zip file on disk, read piece by piece. */
export async function fileSource(path: string, size: number): Promise<ZipSource> {
  const fh = await open(path, 'r')
  return {
    size,
    async read(start, length) {
      const buf = Buffer.alloc(length)
      const { bytesRead } = await fh.read(buf, 0, length, start)
      return buf.subarray(0, bytesRead)
    },
    stream: (start, end) => createReadStream(path, { start, end: end - 1, highWaterMark: 1 << 20 }),
    close: () => fh.close(),
  }
}

/** One file inside the zip. */
export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

/** Thrown for anything that is not a readable zip; the caller turns it into advice for staff. */
export class ZipFormatError extends Error {}

/** Lists the entries of the zip from its central directory. */
export async function zipEntries(src: ZipSource): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(src.size, 65_557)
  const tail = await src.read(src.size - tailLength, tailLength)
  let eocd = -1
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) { eocd = i; break }
  }
  if (eocd < 0) throw new ZipFormatError('no zip end record')
  const count = tail.readUInt16LE(eocd + 10)
  const cdSize = tail.readUInt32LE(eocd + 12)
  const cdOffset = tail.readUInt32LE(eocd + 16)
  if (cdOffset === 0xffffffff || cdOffset + cdSize > src.size) throw new ZipFormatError('bad central directory')
  const cd = await src.read(cdOffset, cdSize)
  const entries = new Map<string, ZipEntry>()
  let p = 0
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw new ZipFormatError('bad central directory entry')
    const nameLength = cd.readUInt16LE(p + 28)
    const entry: ZipEntry = {
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
      name: cd.toString('utf8', p + 46, p + 46 + nameLength),
    }
    entries.set(entry.name, entry)
    p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32)
  }
  return entries
}

/**
 * How many inflated bytes a reader may still take from one zip: per entry and
 * in total. One budget per file, shared by all the entries read from it.
 */
export class InflateBudget {
  constructor(public totalLeft: number = FILE_LIMITS.totalBytes) {}

  /** Refuses an entry whose stated size is already too large, before any inflating. */
  check(entry: ZipEntry, max: number): void {
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new FileLimitError('bytes', { at: 'part', name: entry.name })
    if (entry.size > max || entry.size > this.totalLeft) throw new FileLimitError('bytes', { at: 'part', name: entry.name })
    if (entry.size > FILE_LIMITS.ratioExemptBytes && entry.size > entry.compressedSize * FILE_LIMITS.inflateRatio) {
      throw new FileLimitError('ratio', { at: 'part', name: entry.name })
    }
  }

  /** Counts `n` more actual bytes of `entry`; throws when they pass its stated size or a cap. */
  take(entry: ZipEntry, seen: number, n: number, max: number): void {
    this.totalLeft -= n
    if (seen > entry.size) throw new FileLimitError('bytes', { at: 'part_larger', name: entry.name })
    if (seen > max || this.totalLeft < 0) throw new FileLimitError('bytes', { at: 'part', name: entry.name })
  }
}

/**
 * The uncompressed bytes of one entry, as a stream, under `budget`: refused
 * at once when the stated size passes `max`, and mid-stream (with a
 * {@link FileLimitError}) when the actual bytes pass the stated size or a cap.
 */
export async function entryStream(
  src: ZipSource, entry: ZipEntry, budget = new InflateBudget(), max: number = FILE_LIMITS.entryBytes,
): Promise<Readable> {
  budget.check(entry, max)
  const head = await src.read(entry.localOffset, 30)
  if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50) throw new ZipFormatError(`bad local header for ${entry.name}`)
  const start = entry.localOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28)
  if (start + entry.compressedSize > src.size) throw new ZipFormatError(`${entry.name} runs past the end of the file`)
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method}`)
  const raw = src.stream(start, start + entry.compressedSize)
  let seen = 0
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length
      try {
        budget.take(entry, seen, chunk.length, max)
      } catch (err) {
        done(err as Error)
        return
      }
      done(null, chunk)
    },
    flush(done) {
      done(seen === entry.size ? null : new ZipFormatError(`${entry.name} is ${seen} bytes, not the ${entry.size} it says`))
    },
  })
  const inflate = entry.method === 8 ? createInflateRaw({ chunkSize: 64 * 1024 }) : null
  // Any stage failing (a read error, bad deflate data) fails the whole stream; ending it early stops them all.
  for (const stage of [raw, inflate]) {
    if (!stage) continue
    stage.on('error', (err) => counter.destroy(err))
    counter.on('close', () => stage.destroy())
  }
  ;(inflate ? raw.pipe(inflate) : raw).pipe(counter)
  return counter
}

/** The whole text of one small entry (at most `max` bytes inflated). */
export async function entryText(
  src: ZipSource, entry: ZipEntry, budget = new InflateBudget(), max: number = FILE_LIMITS.smallEntryBytes,
): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of await entryStream(src, entry, budget, max)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
