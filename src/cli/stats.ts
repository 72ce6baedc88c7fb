/**
 * @module cli/stats
 * `learnfinder stats`: the active catalogue counted by topic, audience,
 * region and format, so staff see at a glance what is thin or missing.
 */
import { println, type CliCommand } from './command.js'
import { cliText, type CliKey } from './cli-text.js'
import { labelled, optionalTaxonomy } from './catalogue-format.js'
import { openCatalogueForRead } from './open-catalogue-for-write.js'

/** The `stats` command. */
export const command: CliCommand = {
  name: 'stats',
  options: { taxonomy: { type: 'string' } },
  async run(args, io) {
    const taxonomy = optionalTaxonomy(args.values.taxonomy as string | undefined)
    const { store, close } = await openCatalogueForRead(args.db, io.env)
    try {
      const s = await store.stats()
      println(io.stdout, cliText(args.lang, 'stats_totals', { count: s.active, active: s.active, archived: s.archived, version: await store.version() }))
      const section = (title: CliKey, counts: Record<string, number>, name: (k: string) => string, all: string[] = []) => {
        println(io.stdout, `\n${cliText(args.lang, title)}`)
        const keys = [...new Set([...Object.keys(counts), ...all])].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0))
        if (keys.length === 0) println(io.stdout, cliText(args.lang, 'stats_none'))
        for (const k of keys) println(io.stdout, `  ${String(counts[k] ?? 0).padStart(6)}  ${name(k)}`)
      }
      section('stats_by_topic', s.byTopic, (k) => labelled(taxonomy, 'topics', k), taxonomy?.topics.map((e) => e.id))
      section('stats_by_audience', s.byAudience, (k) => labelled(taxonomy, 'audiences', k), taxonomy?.audiences.map((e) => e.id))
      section('stats_by_region', s.byRegion, (k) => k)
      section('stats_by_format', s.byFormat, (k) => k)
      return 0
    } finally {
      await close()
    }
  },
}
