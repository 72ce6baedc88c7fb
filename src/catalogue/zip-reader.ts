/**
 * @module catalogue/zip-reader
 * Just enough of the ZIP format to stream one entry out of an .xlsx file,
 * from disk or from memory, without unpacking the rest: the central
 * directory says where each entry is, zlib inflates it as a stream. This is
 * what lets a very large workbook be read row by row.
 */
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { createInflateRaw } from 'node:zlib'

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
    stream: (start, end) => Readable.from([data.subarray(start, end)]),
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

/** The uncompressed bytes of one entry, as a stream. */
export async function entryStream(src: ZipSource, entry: ZipEntry): Promise<Readable> {
  const head = await src.read(entry.localOffset, 30)
  if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50) throw new ZipFormatError(`bad local header for ${entry.name}`)
  const start = entry.localOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28)
  const raw = src.stream(start, start + entry.compressedSize)
  if (entry.method === 0) return raw
  if (entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method}`)
  const inflate = createInflateRaw()
  raw.on('error', (err) => inflate.destroy(err))
  return raw.pipe(inflate)
}

/** The whole text of one (small) entry. */
export async function entryText(src: ZipSource, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of await entryStream(src, entry)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
