/**
 * @module cli/cli-text
 * Staff-facing CLI sentences in the staff member's language: Chinese by
 * default, English with the global `--lang en` flag. Templates live in
 * prompts/<lang>/cli.yaml (and catalogue.yaml for import problems), checked
 * when first used, like the learners' replies.
 */
import { loadPrompts, type Prompts } from '../prompts.js'
import type { Lang } from '../dialogue/types.js'
import { declareCataloguePrompts } from '../catalogue/problem-text.js'

/** The cli area's keys and their variables. */
export const CLI_PROMPTS = {
  plan_summary: ['added', 'updated', 'unchanged', 'archived'],
  import_rejected: ['files', 'count'],
  import_dry_run: ['files', 'count'],
  import_would: ['summary'],
  import_done: ['files', 'summary'],
  import_holds: ['active', 'archived', 'id'],
  rollback_done: ['id', 'files', 'removed', 'restored'],
  catalogue_holds: ['active', 'archived'],
  archive_done: ['id', 'title'],
  archive_already: ['id', 'title'],
  history_none: [],
  log_salt_required: [],
} as const

let cached: Prompts | undefined

/** The prompts with the CLI and catalogue areas checked (loaded once per process). */
export function cliPrompts(): Prompts {
  cached ??= declareCataloguePrompts(loadPrompts().declare('cli', CLI_PROMPTS))
  return cached
}

/** Renders `cli.<key>` in `lang`. */
export function cliText(lang: Lang, key: keyof typeof CLI_PROMPTS, vars: Record<string, string | number> = {}): string {
  return cliPrompts().t(lang, `cli.${key}`, vars)
}

/** Reads the global `--lang zh|en` (or `--lang=en`) out of `argv`; returns the language and the other arguments. */
export function takeLangFlag(argv: string[]): { lang: Lang | undefined; rest: string[]; error?: string } {
  const rest: string[] = []
  let lang: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--lang') lang = argv[++i] ?? ''
    else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length)
    else rest.push(a)
  }
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') return { lang: undefined, rest, error: `--lang must be zh or en (got "${lang}")` }
  return { lang: lang as Lang | undefined, rest }
}
