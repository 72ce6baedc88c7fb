/**
 * @module catalogue/project
 * The shape of one catalogue project once imported: what the store keeps,
 * what search indexes and what the bot talks about. Field names follow
 * docs/catalogue-format.md so export and import are symmetric.
 */
import { z } from 'zod'

/** Learning formats; the spec's Chinese words (线上, 线下, 混合…) are mapped onto these by the importer. */
export const FORMATS = ['online', 'offline', 'hybrid'] as const
/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number]

/** The audience of projects open to everyone (社会公众): such a project serves every group, and naming it filters nothing. */
export const OPEN_AUDIENCE = 'general-public'

/** A project as stored: validated, labels resolved to taxonomy ids, dates as YYYY-MM-DD. */
export const projectSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/),
  title: z.string().min(1).max(200),
  provider: z.string().min(1),
  summary: z.string().min(1).max(4000),
  topics: z.array(z.string()).min(1),
  audiences: z.array(z.string()).min(1),
  format: z.enum(FORMATS),
  /** Province and/or city; '全国' for no restriction; null when not given. */
  region: z.string().nullable(),
  /** Fee in CNY: 0 means free, null means unknown (not free). */
  fee: z.number().nonnegative().nullable(),
  duration: z.string().nullable(),
  start_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  end_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  enroll: z.string().nullable(),
  contact: z.string().nullable(),
  url: z.string().url().nullable(),
  title_en: z.string().nullable(),
  summary_en: z.string().nullable(),
  tags: z.array(z.string()),
  status: z.enum(['active', 'archived']),
  /** Unknown spreadsheet columns, kept as searchable text (header → cell). */
  extra: z.record(z.string(), z.string()),
})

/** One catalogue project; see {@link projectSchema}. */
export type Project = z.infer<typeof projectSchema>

/** The spec's field names in the spec's order: the columns of an export. */
export const PROJECT_FIELDS = [
  'id', 'title', 'provider', 'summary', 'topics', 'audiences', 'format', 'region', 'fee',
  'duration', 'start_date', 'end_date', 'enroll', 'contact', 'url', 'title_en', 'summary_en',
  'tags', 'status',
] as const satisfies readonly (keyof Project)[]
