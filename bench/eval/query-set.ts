/**
 * @module bench/eval/query-set
 * The labelled query sets of the retrieval evaluation: how they are written
 * (bench/eval/queries*.yaml, compact, by people), how a structured intent
 * becomes a relevant set (by script, from the catalogue's own fields), and
 * the labelled files the eval reads (bench/eval/labels*.json, committed).
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { z } from 'zod'
import type { Project } from '../../src/catalogue/project.js'
import type { Regions } from '../../src/catalogue/regions.js'

/** The kinds of query, in report order. The last two have no relevant projects. */
export const KINDS = [
  'plain', 'colloquial', 'typo', 'traditional', 'pinyin', 'english', 'specific', 'filters', 'vague', 'unanswerable',
] as const
/** One of {@link KINDS}. */
export type Kind = (typeof KINDS)[number]
/** Kinds whose queries have relevant projects and are scored by hit@3, precision@3, MRR and nDCG@5. */
export const ANSWERABLE: readonly Kind[] = KINDS.filter((k) => k !== 'vague' && k !== 'unanswerable')

/** What a query asks for, in catalogue terms. Alternatives inside a list: any of them. */
export const intentSchema = z.object({
  topics: z.array(z.string()).default([]),
  audiences: z.array(z.string()).default([]),
  /** A canonical place name from regions.yaml, or 全国. */
  region: z.string().optional(),
  format: z.enum(['online', 'offline', 'hybrid']).optional(),
  free: z.boolean().optional(),
})
/** See {@link intentSchema}. */
export type Intent = z.infer<typeof intentSchema>

/** One labelled query, as written to labels*.json. */
export const labelledQuerySchema = z.object({
  id: z.string(),
  kind: z.enum(KINDS),
  text: z.string().min(1),
  intent: intentSchema.nullable(),
  /** Relevant active project ids; empty for vague and unanswerable queries. */
  relevant: z.array(z.string()),
})
/** See {@link labelledQuerySchema}. */
export type LabelledQuery = z.infer<typeof labelledQuerySchema>

/** A labelled set as committed: the catalogue it was labelled against and its queries. */
export const labelledSetSchema = z.object({
  name: z.string(),
  catalogue: z.object({ file: z.string(), sha256: z.string(), active: z.number() }),
  queries: z.array(labelledQuerySchema),
})
/** See {@link labelledSetSchema}. */
export type LabelledSet = z.infer<typeof labelledSetSchema>

/** A query as written in a YAML set, before labelling. */
export interface RawQuery {
  kind: Kind
  text: string
  intent: Intent | null
  /** Hand-picked ids (kind `specific` only). */
  ids: string[] | null
}

const EVAL_DIR = dirname(fileURLToPath(import.meta.url))

/**
 * The committed sets: main (tuned against), held-out (written apart, only
 * reported) and probe (written fresh before the everyday-words mechanisms it
 * judged; only reported, misses fixed by general mechanisms, never per query)
 * fresh (written after those mechanisms, first run untouched) and fresh2
 * (written later, first run untouched) and fresh3 (written after the last
 * change of the round, run once, untouched).
 */
export const SETS = [
  { name: 'main', queries: join(EVAL_DIR, 'queries.yaml'), labels: join(EVAL_DIR, 'labels.json') },
  { name: 'heldout', queries: join(EVAL_DIR, 'queries-heldout.yaml'), labels: join(EVAL_DIR, 'labels-heldout.json') },
  { name: 'probe', queries: join(EVAL_DIR, 'queries-probe.yaml'), labels: join(EVAL_DIR, 'labels-probe.json') },
  { name: 'fresh', queries: join(EVAL_DIR, 'queries-fresh.yaml'), labels: join(EVAL_DIR, 'labels-fresh.json') },
  { name: 'fresh2', queries: join(EVAL_DIR, 'queries-fresh2.yaml'), labels: join(EVAL_DIR, 'labels-fresh2.json') },
  { name: 'fresh3', queries: join(EVAL_DIR, 'queries-fresh3.yaml'), labels: join(EVAL_DIR, 'labels-fresh3.json') },
] as const

/**
 * Parses the compact intent notation of the YAML sets:
 * `topic=ai audience=elderly|farmers region=云南省 format=online free`.
 */
export function parseIntent(spec: string): Intent {
  const intent: Intent = { topics: [], audiences: [] }
  for (const part of spec.trim().split(/\s+/)) {
    const [key, value] = part.split('=')
    if (key === 'free' && value === undefined) intent.free = true
    else if (key === 'topic' && value) intent.topics = value.split('|')
    else if (key === 'audience' && value) intent.audiences = value.split('|')
    else if (key === 'region' && value) intent.region = value
    else if (key === 'format' && (value === 'online' || value === 'offline' || value === 'hybrid')) intent.format = value
    else throw new Error(`bad intent part "${part}" in "${spec}"`)
  }
  return intent
}

const yamlSchema = z.record(z.string(), z.array(z.union([z.string(), z.tuple([z.string(), z.string()])])))

/**
 * Reads a YAML query set: a map from kind to entries. Vague and unanswerable
 * entries are plain strings; `specific` entries are [text, "ID ID"]; all
 * others are [text, intent].
 */
export function readQuerySet(path: string): RawQuery[] {
  const raw = yamlSchema.parse(parse(readFileSync(path, 'utf8')))
  const out: RawQuery[] = []
  for (const [kind, entries] of Object.entries(raw)) {
    if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`${path}: unknown kind "${kind}"`)
    for (const entry of entries) {
      const k = kind as Kind
      if (typeof entry === 'string') {
        if (k !== 'vague' && k !== 'unanswerable') throw new Error(`${path}: "${entry}" (${k}) needs an intent`)
        out.push({ kind: k, text: entry, intent: null, ids: null })
      } else if (k === 'specific') {
        out.push({ kind: k, text: entry[0], intent: null, ids: entry[1].split(/\s+/) })
      } else {
        out.push({ kind: k, text: entry[0], intent: parseIntent(entry[1]), ids: null })
      }
    }
  }
  return out
}

/**
 * Does an active project meet an intent? Topics and audiences: any listed id.
 * Region: the project is open to someone there (same place, the province
 * containing the city, a city inside the province, or nationwide). Format: hybrid counts as both. Free: fee 0.
 */
export function meetsIntent(p: Project, intent: Intent, regions: Regions): boolean {
  if (p.status !== 'active') return false
  if (intent.topics.length > 0 && !intent.topics.some((t) => p.topics.includes(t))) return false
  if (intent.audiences.length > 0 && !intent.audiences.some((a) => p.audiences.includes(a))) return false
  if (intent.format && !(p.format === intent.format || (p.format === 'hybrid' && intent.format !== 'hybrid'))) return false
  if (intent.free && p.fee !== 0) return false
  if (intent.region) {
    const wanted = regions.resolve(intent.region)
    if (!wanted) throw new Error(`intent region "${intent.region}" is not in regions.yaml`)
    const own = p.region ? regions.resolve(p.region) : null
    if (!own) return false
    if (wanted === 'nationwide') return own === 'nationwide'
    if (!regions.covers(own, wanted) && !regions.covers(wanted, own)) return false
  }
  return true
}

/** Reads a committed labelled set. */
export function readLabelledSet(path: string): LabelledSet {
  return labelledSetSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
}
