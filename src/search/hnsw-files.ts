/**
 * @module search/hnsw-files
 * The files of a saved vector index and how they are replaced without a
 * reader ever seeing half of two saves. `path` is a small JSON manifest naming
 * generation files (`path.<gen>.bin` for the graph, `path.<gen>.<name>` for
 * attachments such as the embedding model). New files are written first and
 * the manifest is renamed over the old one last; the old generation's files
 * are removed after. Kept apart from the store itself, which only knows how
 * to write and read its graph.
 */
import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'

const manifestSchema = z.object({
  format: z.literal(1),
  dims: z.number().int().positive(),
  m: z.number().int().positive(),
  efConstruction: z.number().int().positive(),
  labels: z.array(z.string().nullable()),
  index: z.string(),
  attachments: z.record(z.string(), z.string()),
  meta: z.record(z.string(), z.unknown()),
})

/** What a save records beside the graph: its shape, the id of each label (null once deleted), and the caller's meta. */
export interface IndexHeader {
  dims: number
  m: number
  efConstruction: number
  labels: (string | null)[]
  meta: Record<string, unknown>
}

/** A saved index as read back: its header, where its graph file is, and its attachments' bytes. */
export interface IndexFiles {
  header: IndexHeader
  graphFile: string
  attachments: Record<string, Buffer>
}

async function readManifest(path: string): Promise<z.infer<typeof manifestSchema>> {
  return manifestSchema.parse(JSON.parse(await readFile(path, 'utf8')))
}

/**
 * Saves one generation at `path`: `writeGraph` writes the graph to the file it is given, then the attachments,
 * then the manifest is renamed into place and the previous generation's files are removed.
 */
export async function writeIndexFiles(
  path: string,
  header: IndexHeader,
  writeGraph: (file: string) => Promise<unknown>,
  attachments: Record<string, Buffer> = {},
): Promise<void> {
  const old = await readManifest(path).catch(() => null)
  const gen = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`
  const index = `${basename(path)}.${gen}.bin`
  await writeGraph(join(dirname(path), index))
  const files: Record<string, string> = {}
  for (const [name, buf] of Object.entries(attachments)) {
    files[name] = `${basename(path)}.${gen}.${name}`
    await writeFile(join(dirname(path), files[name]), buf)
  }
  const manifest: z.infer<typeof manifestSchema> = { format: 1, ...header, index, attachments: files }
  const tmp = `${path}.tmp-${process.pid}-${gen}`
  await writeFile(tmp, JSON.stringify(manifest))
  await rename(tmp, path)
  if (old) {
    for (const f of [old.index, ...Object.values(old.attachments)]) await rm(join(dirname(path), f), { force: true })
  }
}

/** Reads the generation `path` names; throws when the manifest is missing or damaged, or an attachment is gone. */
export async function readIndexFiles(path: string): Promise<IndexFiles> {
  const { dims, m, efConstruction, labels, meta, index, attachments: files } = await readManifest(path)
  const attachments: Record<string, Buffer> = {}
  for (const [name, file] of Object.entries(files)) attachments[name] = await readFile(join(dirname(path), file))
  return { header: { dims, m, efConstruction, labels, meta }, graphFile: join(dirname(path), index), attachments }
}
